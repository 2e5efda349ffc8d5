import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#client/components/ui/button.tsx';
import { formatTime } from '#client/lib/format.ts';
import { savedSince, type DraftOffer as Offer } from '../lib/local-draft.ts';
import { storyText } from '../lib/story-html.ts';

/** How much of a draft's last words is shown to tell it from another: texts cut short differ at their end. */
const ENDING_CHARACTERS = 90;

function endingOf(body: string): string {
  const text = storyText(body);
  return text.length <= ENDING_CHARACTERS ? text : `…${text.slice(-ENDING_CHARACTERS).trimStart()}`;
}

/**
 * "Restore your unsaved changes from 10:32?": what a reload, a crash, a click elsewhere or a lost connection
 * left behind. When the user's windows left different texts (one took the story over from the other as it was
 * being typed in), each is offered, the newest first, with its headline to tell them apart. The editor waits for
 * the answer (typing first would write over the draft being offered).
 */
export function DraftOffer({
  offers,
  tabId,
  current,
  onRestore,
  onDiscard,
  restoring = false,
}: {
  offers: readonly Offer[];
  /** This window's tab: its own draft is told apart from the other windows'. */
  tabId: string;
  /** The story as it is now: a draft begun before its text was last saved is compared before it is saved. */
  current: { version: number; storyVersion: number | null };
  onRestore: (offer: Offer) => void;
  onDiscard: () => void;
  /** Restoring is under way (a draft begun from an older version reads that version first). */
  restoring?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const restoreRef = useRef<HTMLButtonElement>(null);
  useEffect(() => restoreRef.current?.focus(), []);
  const [newest] = offers;
  if (!newest) return null;
  const several = offers.length > 1;
  const older = offers.some((offer) => savedSince(offer, current));
  const restoreButton = (offer: Offer, index: number) => {
    const time = formatTime(offer.savedAt, i18n.language);
    return (
      <Button
        ref={index === 0 ? restoreRef : undefined}
        size="sm"
        variant={index === 0 ? 'primary' : 'secondary'}
        onClick={() => onRestore(offer)}
        aria-label={several ? t('editor.offerRestoreOne', { time }) : undefined}
        aria-busy={restoring || undefined}
        aria-disabled={restoring || undefined}
        data-testid="draft-restore"
      >
        {t('editor.offerRestore')}
      </Button>
    );
  };
  return (
    <section
      aria-labelledby="draft-offer-title"
      className="flex flex-col gap-2 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-950 ring-1 ring-inset ring-sky-200"
      data-testid="draft-offer"
      data-origin={newest.origin}
      data-count={offers.length}
    >
      <h2 id="draft-offer-title" className="font-semibold">
        {several
          ? t('editor.offerTitleSeveral')
          : t('editor.offerTitle', { time: formatTime(newest.savedAt, i18n.language) })}
      </h2>
      {older ? <p>{t('editor.offerOlder')}</p> : null}
      {several ? null : (
        // Its last words, to recognise it by.
        <p className="text-xs text-sky-900" dir="auto" data-testid="draft-offer-ending">
          {endingOf(newest.fields.body)}
        </p>
      )}
      {several ? (
        <ul className="flex flex-col gap-1.5">
          {offers.map((offer, index) => (
            <li
              key={`${offer.tabId ?? ''}@${offer.savedAt}`}
              className="flex flex-wrap items-center gap-x-3 gap-y-1"
              data-testid="draft-offer-choice"
            >
              <span className="min-w-0 flex-1">
                <span className="font-medium tabular-nums">
                  {t('editor.offerFrom', {
                    time: formatTime(offer.savedAt, i18n.language),
                    where: offer.tabId === tabId ? t('editor.offerThisWindow') : t('editor.offerOtherWindow'),
                  })}
                </span>{' '}
                {/* The headline and the last words as typed: Arabic or Latin, each in its own direction. */}
                <bdi className="text-sky-900">{offer.fields.headline}</bdi>
                <span className="block text-xs text-sky-900" dir="auto" data-testid="draft-offer-ending">
                  {endingOf(offer.fields.body)}
                </span>
              </span>
              {restoreButton(offer, index)}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {several ? null : restoreButton(newest, 0)}
        <Button
          size="sm"
          variant="ghost"
          onClick={onDiscard}
          disabled={restoring}
          data-testid="draft-discard"
        >
          {several ? t('editor.offerDiscardAll') : t('editor.offerDiscard')}
        </Button>
      </div>
    </section>
  );
}
