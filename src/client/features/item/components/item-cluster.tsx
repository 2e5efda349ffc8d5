import type { ReactNode } from 'react';
import { isPlainClick } from '#client/lib/keyboard.ts';
import { useTranslation } from 'react-i18next';
import { useSourceName } from '#client/lib/local-names.ts';
import type { Item } from '#shared/schemas/items.ts';
import { RelativeTime } from '#client/components/ui/relative-time.tsx';
import { StatusBadge } from '#client/components/ui/status-badge.tsx';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { useItemCluster } from '../api/get-item-cluster.ts';
import { isolatedText, textDirection } from '#client/lib/directed-text.tsx';

/** The same story from other sources (near-duplicates grouped by the server). */
export function ItemCluster({
  item,
  itemHref,
  onOpen,
  renderWriteStory,
}: {
  item: Item;
  itemHref(id: number): string;
  onOpen(id: number): void;
  /** "Write a story from these reports": the group, this report first (composed by the route). */
  renderWriteStory?(sourceIds: number[]): ReactNode;
}) {
  const { t } = useTranslation();
  const sourceName = useSourceName();
  const { data, isPending } = useItemCluster(item.id, item.clusterSize > 1);
  if (item.clusterSize <= 1) return <p className="text-sm text-ink-faint">{t('item.noDuplicates')}</p>;
  if (isPending) return <Spinner />;
  const others = (data?.items ?? []).filter((other) => other.id !== item.id);
  if (others.length === 0) return <p className="text-sm text-ink-faint">{t('item.noDuplicates')}</p>;
  return (
    <div className="flex flex-col gap-2">
      <ul
        className="flex flex-col divide-y divide-surface-line rounded-md border border-surface-line"
        data-testid="cluster"
      >
        {others.map((other) => (
          <li key={other.id} className="px-3 py-2">
            <a
              href={itemHref(other.id)}
              onClick={(event) => {
                if (!isPlainClick(event)) return;
                event.preventDefault();
                onOpen(other.id);
              }}
              dir={textDirection(other.headline, other.language)}
              className="block text-sm font-medium hover:underline"
            >
              {isolatedText(other.headline)}
            </a>
            <div className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-ink-faint">
              <span className="font-medium text-ink-soft">
                <bdi>{sourceName(other.source)}</bdi>
              </span>
              <RelativeTime iso={other.receivedAt} />
              <StatusBadge status={other.status} />
            </div>
          </li>
        ))}
      </ul>
      {renderWriteStory ? (
        <div className="self-start">{renderWriteStory([item.id, ...others.map((other) => other.id)])}</div>
      ) : null}
    </div>
  );
}
