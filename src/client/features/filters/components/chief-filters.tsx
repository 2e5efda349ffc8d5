/**
 * The desk chief's filters: who an item is assigned to (an editor, or nobody), which desk it is on, and how long
 * it has been waiting. Assignee and desk are single choices (the API takes one of each): choosing another
 * replaces the choice, choosing it again clears it. Counts come from the same facets request as the rest.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetsResponse, ItemFilters } from '#shared/schemas/items.ts';
import { formatNumberWith } from '#client/lib/format.ts';
import { useFilterDesks, useFilterEditors } from '../api/get-filter-choices.ts';
import { FacetSection, type FacetOption } from './facet-section.tsx';

type Counts = FacetsResponse['assignees'];

const countIn = (counts: Counts | undefined, value: string) =>
  counts?.find((entry) => entry.value === value)?.count ?? 0;

export function AssigneeFilter({
  facets,
  assignee,
  onChange,
}: {
  facets: FacetsResponse | undefined;
  assignee: ItemFilters['assignee'];
  onChange(assignee: ItemFilters['assignee']): void;
}) {
  const { t } = useTranslation();
  const editors = useFilterEditors().data?.users ?? [];
  const known = new Set(editors.map((editor) => String(editor.id)));
  const options: FacetOption[] = [
    { value: 'none', label: t('filters.unassigned'), count: countIn(facets?.assignees, 'none') },
    ...editors.map((editor) => ({
      value: String(editor.id),
      label: editor.displayName,
      count: countIn(facets?.assignees, String(editor.id)),
      dir: 'auto' as const,
    })),
    // Someone no longer listed as an editor (disabled, or not an editor any more) may still hold items.
    ...(facets?.assignees ?? [])
      .filter((entry) => entry.value !== 'none' && !known.has(entry.value))
      .map((entry) => ({
        value: entry.value,
        label: t('filters.formerAssignee', { id: entry.value }),
        count: entry.count,
      })),
  ];
  const [unassigned, ...people] = options;
  const ordered = [
    unassigned!,
    ...people.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
  ];
  const selected = assignee === undefined || assignee === 'me' ? [] : [String(assignee)];
  return (
    <FacetSection
      title={t('filters.assignee')}
      testId="assignee-filter"
      options={ordered}
      selected={selected}
      onToggle={(value) => {
        if (selected.includes(value)) onChange(undefined);
        else onChange(value === 'none' ? 'none' : Number(value));
      }}
      limit={6}
    />
  );
}

export function DeskFilter({
  facets,
  desk,
  onChange,
}: {
  facets: FacetsResponse | undefined;
  desk: ItemFilters['desk'];
  onChange(desk: ItemFilters['desk']): void;
}) {
  const { t, i18n } = useTranslation();
  const desks = useFilterDesks().data?.desks ?? [];
  const onNoDesk = countIn(facets?.desks, 'none');
  // One desk and nothing off it is no choice: the section shows when there is something to tell apart.
  if (desks.length < 2 && onNoDesk === 0 && desk === undefined) return null;
  const options: FacetOption[] = [
    ...desks.map((entry) => ({
      value: String(entry.id),
      label: i18n.language === 'en' && entry.nameEn ? entry.nameEn : entry.name,
      count: countIn(facets?.desks, String(entry.id)),
      dir: 'auto' as const,
    })),
    { value: 'none', label: t('filters.noDesk'), count: onNoDesk },
  ];
  const selected = desk === undefined ? [] : [String(desk)];
  return (
    <FacetSection
      title={t('filters.desk')}
      testId="desk-filter"
      options={options}
      selected={selected}
      onToggle={(value) => {
        if (selected.includes(value)) onChange(undefined);
        else onChange(value === 'none' ? 'none' : Number(value));
      }}
    />
  );
}

/** Waits offered in the menu, in minutes; a link may carry any other, which is then offered too. */
const WAITS = [15, 30, 60, 120, 240, 1_440] as const;

/** "30 minutes", "2 hours", "1 day" in the interface's language (Intl's own plural forms, Arabic's six too). */
function waitLabel(minutes: number, locale: string): string {
  const [value, unit] =
    minutes % 1_440 === 0
      ? [minutes / 1_440, 'day']
      : minutes % 60 === 0
        ? [minutes / 60, 'hour']
        : [minutes, 'minute'];
  return formatNumberWith(value, locale, { style: 'unit', unit, unitDisplay: 'long' });
}

const WAIT_FILTERS = {
  /** Since arrival. */
  olderThan: { title: 'filters.olderThan', option: 'filters.olderThanOption', testId: 'older-than-filter' },
  /** Since entering the current status ("in review for over 30 minutes"). */
  inStateOver: {
    title: 'filters.inStateOver',
    option: 'filters.inStateOverOption',
    testId: 'in-state-over-filter',
  },
} as const;

/** A wait in minutes: how long ago an item arrived, or entered its current status. */
export function WaitFilter({
  kind,
  minutes,
  onChange,
}: {
  kind: keyof typeof WAIT_FILTERS;
  minutes: number | undefined;
  onChange(minutes: number | undefined): void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const waits =
    minutes === undefined || WAITS.includes(minutes as (typeof WAITS)[number])
      ? [...WAITS]
      : [...WAITS, minutes].sort((a, b) => a - b);
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <label htmlFor={id} className="text-xs font-semibold tracking-wide text-ink-soft">
        {t(WAIT_FILTERS[kind].title)}
      </label>
      <select
        id={id}
        data-testid={WAIT_FILTERS[kind].testId}
        value={minutes ?? ''}
        onChange={(event) => onChange(event.target.value ? Number(event.target.value) : undefined)}
        className="rounded border border-surface-line bg-white px-2 py-1 text-sm"
      >
        <option value="">{t('filters.anyWait')}</option>
        {waits.map((wait) => (
          <option key={wait} value={wait}>
            {t(WAIT_FILTERS[kind].option, { duration: waitLabel(wait, i18n.language) })}
          </option>
        ))}
      </select>
    </div>
  );
}
