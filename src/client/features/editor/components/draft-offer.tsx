import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#client/components/ui/button.tsx';
import { formatTime } from '#client/lib/format.ts';
import type { DraftOffer as Offer } from '../lib/local-draft.ts';

/**
 * "Restore your unsaved changes from 10:32?": what a reload, a crash, a click elsewhere or a lost connection
 * left behind. The editor waits for the answer (typing first would write over the draft being offered).
 */
export function DraftOffer({
  offer,
  currentVersion,
  onRestore,
  onDiscard,
  restoring = false,
}: {
  offer: Offer;
  currentVersion: number;
  onRestore: () => void;
  onDiscard: () => void;
  /** Restoring is under way (a draft begun from an older version reads that version first). */
  restoring?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const restoreRef = useRef<HTMLButtonElement>(null);
  useEffect(() => restoreRef.current?.focus(), []);
  return (
    <section
      aria-labelledby="draft-offer-title"
      className="flex flex-col gap-2 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-950 ring-1 ring-inset ring-sky-200"
      data-testid="draft-offer"
      data-origin={offer.origin}
    >
      <h2 id="draft-offer-title" className="font-semibold">
        {t('editor.offerTitle', { time: formatTime(offer.savedAt, i18n.language) })}
      </h2>
      {offer.baseVersion !== currentVersion ? <p>{t('editor.offerOlder')}</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button
          ref={restoreRef}
          size="sm"
          variant="primary"
          onClick={onRestore}
          aria-busy={restoring || undefined}
          aria-disabled={restoring || undefined}
          data-testid="draft-restore"
        >
          {t('editor.offerRestore')}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          onClick={onDiscard}
          disabled={restoring}
          data-testid="draft-discard"
        >
          {t('editor.offerDiscard')}
        </Button>
      </div>
    </section>
  );
}
