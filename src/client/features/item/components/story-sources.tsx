import { useTranslation } from 'react-i18next';
import { isPlainClick } from '#client/lib/keyboard.ts';
import { useSourceName } from '#client/lib/local-names.ts';
import type { Item } from '#shared/schemas/items.ts';
import { RelativeTime } from '#client/components/ui/relative-time.tsx';
import { StatusBadge } from '#client/components/ui/status-badge.tsx';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { ErrorState } from '#client/components/ui/state-message.tsx';
import { useStorySources } from '#client/lib/story-sources.ts';
import { isolatedText, textDirection } from '#client/lib/directed-text.tsx';

/** The reports a desk story was written from, in the editor's order; each opens in the pane. */
export function StorySources({
  item,
  itemHref,
  onOpen,
}: {
  item: Item;
  itemHref(id: number): string;
  onOpen(id: number): void;
}) {
  const { t } = useTranslation();
  const sourceName = useSourceName();
  const { data, isPending, error, refetch } = useStorySources(item.id, item.sourceCount > 0);
  if (isPending) return <Spinner />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const sources = data ?? [];
  if (sources.length === 0) return <p className="text-sm text-ink-faint">{t('storyEntry.noSources')}</p>;
  return (
    <ol
      className="flex flex-col divide-y divide-surface-line rounded-md border border-surface-line"
      data-testid="story-sources"
    >
      {sources.map((source) => (
        <li key={source.id} className="px-3 py-2">
          <a
            href={itemHref(source.id)}
            onClick={(event) => {
              if (!isPlainClick(event)) return;
              event.preventDefault();
              onOpen(source.id);
            }}
            dir={textDirection(source.headline, source.language)}
            className="block text-sm font-medium hover:underline"
          >
            {isolatedText(source.headline)}
          </a>
          <div className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-ink-faint">
            <span className="font-medium text-ink-soft">
              <bdi>{sourceName(source.source)}</bdi>
            </span>
            <RelativeTime iso={source.receivedAt} />
            <StatusBadge status={source.status} />
            {source.wireUpdate !== null ? (
              <span
                className="rounded bg-amber-50 px-1.5 text-amber-950 ring-1 ring-inset ring-amber-300"
                data-testid="source-updated"
              >
                {t('storyEntry.sourceUpdated')}
              </span>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
