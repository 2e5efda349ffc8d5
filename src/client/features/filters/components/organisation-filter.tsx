import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetsResponse } from '#shared/schemas/items.ts';
import type { Organisation } from '#shared/tagging/codes.ts';
import { formatNumber } from '#client/lib/format.ts';
import { organisationGroups } from '#client/lib/organisations.ts';

/**
 * Organisations grouped (world bodies, Arab and Islamic, Eurasian, regional blocs), with counts that follow
 * the other filters. Organisations absent from the results stay out of the way until "show all"; chosen ones
 * always show.
 */
export function OrganisationFilter({
  facets,
  selected,
  onToggle,
}: {
  facets: FacetsResponse | undefined;
  selected: readonly string[];
  onToggle(id: Organisation): void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [expanded, setExpanded] = useState(false);
  const counts = useMemo(
    () => new Map(facets?.organisations.map((entry) => [entry.value, entry.count]) ?? []),
    [facets],
  );
  const groups = organisationGroups()
    .map(({ group, ids }) => ({
      group,
      ids: ids.filter((org) => expanded || (counts.get(org) ?? 0) > 0 || selected.includes(org)),
    }))
    .filter((group) => group.ids.length > 0);
  const total = organisationGroups().reduce((sum, group) => sum + group.ids.length, 0);
  const shown = groups.reduce((sum, group) => sum + group.ids.length, 0);

  return (
    <fieldset className="min-w-0" data-testid="organisation-filter">
      <legend className="mb-1.5 text-xs font-semibold tracking-wide text-ink-soft">
        {t('filters.organisation')}
      </legend>
      {groups.length === 0 ? <p className="text-xs text-ink-faint">{t('filters.none')}</p> : null}
      {groups.map(({ group, ids }) => (
        <fieldset key={group} className="mb-1 min-w-0">
          <legend className="px-1.5 py-0.5 text-xs font-semibold text-ink">
            {t(`filters.orgGroups.${group}`)}
          </legend>
          <ul>
            {ids.map((org) => {
              const count = counts.get(org) ?? 0;
              const checked = selected.includes(org);
              return (
                <li key={org}>
                  <label
                    className={`flex cursor-pointer items-center gap-2 rounded py-0.5 pe-1.5 ps-4 hover:bg-surface-sunken ${count === 0 && !checked ? 'text-ink-faint' : ''}`}
                  >
                    <input
                      type="checkbox"
                      checked={checked}
                      onChange={() => onToggle(org)}
                      className="size-3.5 shrink-0 accent-brand"
                      data-value={org}
                    />
                    <span className="min-w-0 flex-1 truncate">{t(`organisations.${org}`)}</span>
                    <span
                      className="text-xs tabular-nums text-ink-faint"
                      data-testid="facet-count"
                      data-count={count}
                    >
                      {formatNumber(count, locale)}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      {shown < total || expanded ? (
        <button
          type="button"
          onClick={() => setExpanded(!expanded)}
          className="mt-1 rounded px-1.5 text-xs font-medium text-brand hover:underline"
          aria-expanded={expanded}
        >
          {expanded ? t('filters.showFewer') : t('filters.showAll', { count: total })}
        </button>
      ) : null}
    </fieldset>
  );
}
