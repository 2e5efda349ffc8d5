/**
 * The country a search names (#shared/tagging/search-names.ts, the rule the server searches by), for the
 * search box's suggestion. The rule reads the gazetteer (tens of kilobytes), so it loads with the first search,
 * in the same chunk as the highlighter; until it arrives the answer is null and nothing is suggested.
 */
import { useEffect, useMemo, useState } from 'react';
import type * as SearchNames from '#shared/tagging/search-names.ts';

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
