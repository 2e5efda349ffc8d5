import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetsResponse } from '#shared/schemas/items.ts';
import type { Organisation } from '#shared/tagging/codes.ts';
import { organisationGroups } from '#client/lib/organisations.ts';
import { FacetOptionRow } from './facet-option-row.tsx';

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
            {ids.map((org) => (
              <FacetOptionRow
                key={org}
                label={t(`organisations.${org}`)}
                count={counts.get(org) ?? 0}
                checked={selected.includes(org)}
                onToggle={() => onToggle(org)}
                locale={locale}
                padding="py-0.5 pe-1.5 ps-4"
                inputData={{ 'data-value': org }}
              />
            ))}
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
