import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hashKey } from '@tanstack/react-query';
import type { ItemFilters } from '#shared/schemas/items.ts';
import { useFacets } from '../api/get-facets.ts';

/**
 * "1,234 items" for the current filters (from the facets' total). Screen readers hear the count when the user's
 * own filters change, once the new count is in; not each time a wire item moves it (every few seconds on a live
 * desk, which buried everything else they were told).
 */
export function ResultCount({ filters }: { filters: ItemFilters }) {
  const { t } = useTranslation();
  const { data, isPlaceholderData } = useFacets(filters);
  const text = data ? t('queue.count', { count: data.total }) : '';
  const filtersKey = hashKey([filters]);
  const announcedFor = useRef(filtersKey);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (!data || isPlaceholderData || announcedFor.current === filtersKey) return;
    announcedFor.current = filtersKey;
    setAnnouncement(text);
  }, [data, isPlaceholderData, filtersKey, text]);
  return (
    <>
      <span
        className="text-xs tabular-nums text-ink-faint"
        data-testid="result-count"
        data-total={data?.total}
      >
        {text || '\u00a0'}
      </span>
      <span className="sr-only" aria-live="polite" data-testid="result-count-announced">
        {announcement}
      </span>
    </>
  );
}
