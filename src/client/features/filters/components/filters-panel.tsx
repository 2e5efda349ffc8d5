import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSourceName } from '#client/lib/local-names.ts';
import type { ItemFilters } from '#shared/schemas/items.ts';
import { TOPIC_IDS } from '#shared/tagging/codes.ts';
import { ITEM_STATUSES, type ItemStatus } from '#shared/workflow.ts';
import { statusDotClass } from '#client/components/ui/status-badge.tsx';
import { clearedFilters, hasAnyFilter, toggleValue } from '#client/lib/filters.ts';
import { normalizeFilters } from '#shared/queue-page.ts';
import { useFacets } from '../api/get-facets.ts';
import { AssigneeFilter, DeskFilter, WaitFilter } from './chief-filters.tsx';
import { CountryFilter } from './country-filter.tsx';
import { CountrySuggestion } from './country-suggestion.tsx';
import { FacetSection, type FacetOption } from './facet-section.tsx';
import { OrganisationFilter } from './organisation-filter.tsx';
import { SavedViews } from './saved-views.tsx';
import { SearchBox } from './search-box.tsx';
import { TimeRange } from './time-range.tsx';

type Counts = ReadonlyArray<{ value: string; count: number }>;

/** Options for a facet: every known value in a fixed order (statuses, topics) or as counted (sources). */
function optionsOf(
  counts: Counts | undefined,
  values: readonly string[],
  label: (value: string) => string,
): FacetOption[] {
  const byValue = new Map(counts?.map((entry) => [entry.value, entry.count]) ?? []);
  return values.map((value) => ({ value, label: label(value), count: byValue.get(value) ?? 0 }));
}

const NONE: readonly string[] = [];

/**
 * The filters column. Every change becomes a new URL (the route owns the search params). Memoised: opening an
 * item changes the route but neither the filters nor the counts.
 */
export const FiltersPanel = memo(function FiltersPanel({
  filters,
  onChange,
  onViewApplied,
}: {
  filters: ItemFilters;
  onChange(filters: ItemFilters): void;
  /** A saved view was applied: a choice made, unlike a ticked box (the phone's drawer closes on it). */
  onViewApplied?(): void;
}) {
  const { t } = useTranslation();
  const sourceName = useSourceName();
  const { data: facets } = useFacets(filters);
  const set = (next: ItemFilters) => onChange(normalizeFilters(next));

  const statusOptions = optionsOf(facets?.statuses, ITEM_STATUSES, (value) => t(`status.${value}`)).map(
    (option) => ({
      ...option,
      adornment: (
        <span
          aria-hidden="true"
          className={`size-2 shrink-0 rounded-full ${statusDotClass(option.value as ItemStatus)}`}
        />
      ),
    }),
  );
  const urgencyOptions = optionsOf(facets?.urgencies, ['1', '2', '3'], (value) => t(`urgency.${value}`));
  const topicOptions = optionsOf(facets?.topics, TOPIC_IDS, (value) => t(`topics.${value}`)).sort(
    (a, b) => b.count - a.count,
  );
  const sourceValues = [
    ...new Set([...(facets?.sources.map((entry) => entry.value) ?? []), ...(filters.source ?? [])]),
  ];
  const sourceOptions = optionsOf(facets?.sources, sourceValues, sourceName).map((option) => ({
    ...option,
    dir: 'auto' as const,
  }));

  return (
    <div className="flex flex-col gap-5 p-4" data-testid="filters-panel">
      <div className="flex flex-col gap-1">
        <SearchBox value={filters.q} onChange={(q) => set({ ...filters, q })} />
        {/* The country filter replaces the search: the search matched the country's items anyway. */}
        <CountrySuggestion
          q={filters.q}
          selected={filters.country ?? NONE}
          onChoose={(code) => set({ ...filters, q: undefined, country: [...(filters.country ?? []), code] })}
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <label className="flex cursor-pointer items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-3.5 accent-brand"
            checked={filters.assignee === 'me'}
            onChange={(event) => set({ ...filters, assignee: event.target.checked ? 'me' : undefined })}
          />
          {t('filters.assignedToMe')}
        </label>
        <label className="flex cursor-pointer items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-3.5 accent-brand"
            checked={filters.collapse !== false}
            onChange={(event) => set({ ...filters, collapse: event.target.checked })}
          />
          {t('filters.collapse')}
        </label>
      </div>
      {hasAnyFilter(filters) ? (
        <button
          type="button"
          onClick={() => onChange(clearedFilters(filters))}
          className="-mt-2 self-start rounded text-xs font-medium text-brand hover:underline"
        >
          {t('filters.clearAll')}
        </button>
      ) : null}
      <SavedViews
        filters={filters}
        onApply={(view) => {
          onChange(normalizeFilters(view));
          onViewApplied?.();
        }}
      />
      <FacetSection
        title={t('filters.status')}
        testId="status-filter"
        options={statusOptions}
        selected={filters.status ?? []}
        onToggle={(value) => set(toggleValue(filters, 'status', value as ItemStatus))}
        limit={ITEM_STATUSES.length}
      />
      <AssigneeFilter
        facets={facets}
        assignee={filters.assignee}
        onChange={(assignee) => set({ ...filters, assignee })}
      />
      <DeskFilter facets={facets} desk={filters.desk} onChange={(desk) => set({ ...filters, desk })} />
      <WaitFilter
        kind="olderThan"
        minutes={filters.olderThan}
        onChange={(olderThan) => set({ ...filters, olderThan })}
      />
      <WaitFilter
        kind="inStateOver"
        minutes={filters.inStateOver}
        onChange={(inStateOver) => set({ ...filters, inStateOver })}
      />
      <FacetSection
        title={t('filters.urgency')}
        options={urgencyOptions}
        selected={(filters.urgency ?? []).map(String)}
        onToggle={(value) => set(toggleValue(filters, 'urgency', Number(value)))}
      />
      <CountryFilter
        facets={facets}
        selected={filters.country ?? NONE}
        selectedRegions={filters.region ?? NONE}
        onToggle={(code) => set(toggleValue(filters, 'country', code))}
        onToggleRegion={(region) => set(toggleValue(filters, 'region', region))}
      />
      <OrganisationFilter
        facets={facets}
        selected={filters.organisation ?? []}
        onToggle={(id) => set(toggleValue(filters, 'organisation', id))}
      />
      <FacetSection
        title={t('filters.topic')}
        testId="topic-filter"
        options={topicOptions}
        selected={filters.topic ?? []}
        onToggle={(value) => set(toggleValue(filters, 'topic', value))}
        limit={6}
      />
      <FacetSection
        title={t('filters.source')}
        testId="source-filter"
        options={sourceOptions}
        selected={filters.source ?? []}
        onToggle={(value) => set(toggleValue(filters, 'source', value))}
        limit={6}
      />
      <TimeRange
        legend={t('filters.time')}
        since={filters.since}
        until={filters.until}
        onChange={(range) => set({ ...filters, ...range })}
      />
      <TimeRange
        legend={t('filters.publishedTime')}
        testId="published-filter"
        since={filters.publishedSince}
        until={filters.publishedUntil}
        onChange={({ since, until }) => set({ ...filters, publishedSince: since, publishedUntil: until })}
      />
    </div>
  );
});
