import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '#shared/schemas/items.ts';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { ErrorState } from '#client/components/ui/state-message.tsx';
import { DirectedText } from '#client/lib/directed-text.tsx';
import { formatDateTime } from '#client/lib/format.ts';
import { useWireCopies } from '../api/get-wire-copies.ts';
import { ItemBody } from './item-body.tsx';

/**
 * Every copy the agency sent of a report, newest first, each as it arrived: an update taken into the story, or
 * one kept aside, never hides the copies before it. Read when opened (most reports have one copy).
 */
export function AgencyCopies({ item }: { item: Item }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const { data, isPending, error, refetch } = useWireCopies(item.id, open);
  return (
    <details
      className="rounded-md ring-1 ring-inset ring-surface-line"
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid="agency-copies"
    >
      <summary className="cursor-pointer px-3 py-1.5 text-sm font-medium text-ink">
        {t('storyEntry.agencyCopiesShow')}
      </summary>
      <div className="flex flex-col gap-2 border-t border-surface-line p-3">
        {open && isPending ? <Spinner /> : null}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {data ? (
          <ol className="flex flex-col gap-2">
            {data.copies.map((copy) => (
              <li key={copy.number} data-testid="agency-copy" data-copy={copy.number}>
                <details className="rounded-md bg-surface-raised px-3 py-1.5">
                  <summary className="cursor-pointer text-sm text-ink-soft">
                    {t('storyEntry.agencyCopyNumber', {
                      number: copy.number,
                      time: formatDateTime(copy.receivedAt, i18n.language),
                    })}
                    {copy.number === item.wireUpdate ? (
                      <span className="ms-2 rounded bg-amber-50 px-1.5 text-xs text-amber-950 ring-1 ring-inset ring-amber-300">
                        {t('storyEntry.agencyCopyWaiting')}
                      </span>
                    ) : null}
                  </summary>
                  <div className="mt-2 flex flex-col gap-2">
                    <DirectedText
                      as="p"
                      text={copy.headline}
                      language={item.language}
                      className="font-semibold text-ink"
                    />
                    {copy.summary ? (
                      <DirectedText
                        as="p"
                        text={copy.summary}
                        language={item.language}
                        className="text-sm text-ink-soft"
                      />
                    ) : null}
                    <ItemBody html={copy.body} language={item.language} testId="agency-copy-body" />
                  </div>
                </details>
              </li>
            ))}
          </ol>
        ) : null}
      </div>
    </details>
  );
}
