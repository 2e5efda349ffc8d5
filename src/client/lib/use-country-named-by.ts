/**
 * The country a search names (#shared/tagging/search-names.ts, the rule the server searches by), for the
 * search box's suggestion. The rule reads the gazetteer (tens of kilobytes), so it loads with the first search,
 * in the same chunk as the highlighter; until it arrives the answer is null and nothing is suggested.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type * as SearchNames from '#shared/tagging/search-names.ts';
import { countryMatches } from './countries.ts';

type SearchNamesModule = typeof SearchNames;

let loaded: SearchNamesModule | null = null;
let loading: Promise<SearchNamesModule> | null = null;

function loadSearchNames(): Promise<SearchNamesModule> {
  loading ??= import('#shared/tagging/search-names.ts').then((module) => (loaded = module));
  return loading;
}

/** The ISO code of the country the whole query names ("قيرغيزستان", "أبو ظبي", "Pakistan"), or null. */
export function useCountryNamedBy(q: string | undefined): string | null {
  const wanted = Boolean(q?.trim());
  const [module, setModule] = useState<SearchNamesModule | null>(loaded);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    void loadSearchNames().then((ready) => live && setModule(ready));
    return () => {
      live = false;
    };
  }, [wanted, module]);
  return useMemo(() => (wanted && module && q ? module.countryNamedBy(q) : null), [wanted, module, q]);
}

/**
 * Which countries a country box's words find: by their names in either language and their code (countryMatches),
 * and the country the words name in the tagger's own list ("Turkey", "UAE", "أمريكا", "قازاقستان"), as the search
 * box does. The country boxes knew the official names only, and the search box more.
 */
export function useCountryMatcher(query: string): (code: string) => boolean {
  const named = useCountryNamedBy(query);
  return useCallback((code: string) => code === named || countryMatches(code, query), [named, query]);
}
