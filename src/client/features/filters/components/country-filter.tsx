import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetsResponse } from '#shared/schemas/items.ts';
import type { Region } from '#shared/tagging/codes.ts';
import { groupCountries, KNOWN_COUNTRIES } from '#client/lib/countries.ts';
import { useCountryMatcher } from '#client/lib/use-country-named-by.ts';
import { countryName, formatNumber } from '#client/lib/format.ts';
import { FacetOptionRow } from './facet-option-row.tsx';

/**
 * Countries grouped by region in the desk's order, with counts that follow the other filters. The search
 * matches Arabic and English names (normalised: أ/ا/إ, ة/ه, ى/ي match). A region heading filters the region.
 */
export function CountryFilter({
  facets,
  selected,
  selectedRegions,
  onToggle,
  onToggleRegion,
}: {
  facets: FacetsResponse | undefined;
  selected: readonly string[];
  selectedRegions: readonly string[];
  onToggle(code: string): void;
  onToggleRegion(region: Region): void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [search, setSearch] = useState('');
  const id = useId();
  const counts = useMemo(
    () => new Map(facets?.countries.map((entry) => [entry.value, entry.count]) ?? []),
    [facets],
  );
  const regionCounts = useMemo(
    () => new Map(facets?.regions.map((entry) => [entry.value, entry.count]) ?? []),
    [facets],
  );

  const matches = useCountryMatcher(search);
  const groups = useMemo(() => {
    const searching = search.trim().length > 0;
    // Without a search: the countries in the current results, plus the chosen ones. With one: every country.
    const pool = searching
      ? [...new Set([...KNOWN_COUNTRIES, ...counts.keys()])]
      : [...new Set([...counts.keys(), ...selected])];
    const codes = pool.filter((code) => !searching || matches(code));
    return groupCountries(codes, locale);
  }, [search, counts, selected, locale, matches]);

  return (
    <fieldset className="min-w-0" data-testid="country-filter">
      <legend className="mb-1.5 text-xs font-semibold tracking-wide text-ink-soft">
        {t('filters.country')}
      </legend>
      <label htmlFor={`${id}-search`} className="sr-only">
        {t('filters.countrySearch')}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        placeholder={t('filters.countrySearch')}
        className="mb-2 h-8 w-full rounded-md border border-surface-line bg-white px-2.5 text-sm placeholder:text-ink-faint"
      />
      <div className="max-h-72 overflow-y-auto pe-1">
        {groups.length === 0 ? (
          <p className="px-1.5 text-xs text-ink-faint">{t('filters.noCountryMatch')}</p>
        ) : null}
        {groups.map((group) => {
          const region = group.region;
          const regionChecked = region ? selectedRegions.includes(region) : false;
          return (
            <div key={region ?? 'other'} className="mb-1.5">
              <div className="sticky top-0 z-[1] flex items-center gap-2 bg-surface-raised px-1.5 py-1">
                {region ? (
                  <input
                    type="checkbox"
                    id={`${id}-r-${region}`}
                    checked={regionChecked}
                    onChange={() => onToggleRegion(region)}
                    className="size-3.5 shrink-0 accent-brand"
                    aria-labelledby={`${id}-${region}`}
                    data-region={region}
                  />
                ) : null}
                <label
                  id={`${id}-${region ?? 'other'}`}
                  htmlFor={region ? `${id}-r-${region}` : undefined}
                  className="flex-1 text-xs font-semibold text-ink"
                >
                  {region ? t(`regions.${region}`) : t('filters.otherCountries')}
                </label>
                {region ? (
                  <span className="text-xs tabular-nums text-ink-faint">
                    {formatNumber(regionCounts.get(region) ?? 0, locale)}
                  </span>
                ) : null}
              </div>
              <ul>
                {group.codes.map((code) => (
                  <FacetOptionRow
                    key={code}
                    label={countryName(code, locale)}
                    count={counts.get(code) ?? 0}
                    checked={selected.includes(code)}
                    onToggle={() => onToggle(code)}
                    locale={locale}
                    padding="py-0.5 pe-1.5 ps-5"
                    inputData={{ 'data-country': code }}
                  />
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
