import { useTranslation } from 'react-i18next';
import type { ItemFilters } from '#shared/schemas/items.ts';
import { useFacets } from '../api/get-facets.ts';

/** "1,234 items" for the current filters (from the facets' total). */
export function ResultCount({ filters }: { filters: ItemFilters }) {
  const { t } = useTranslation();
  const { data } = useFacets(filters);
  return (
    <span
      className="text-xs tabular-nums text-ink-faint"
      data-testid="result-count"
      data-total={data?.total}
      aria-live="polite"
    >
      {data ? t('queue.count', { count: data.total }) : '\u00a0'}
    </span>
  );
}
