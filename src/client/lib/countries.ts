/**
 * The country filter's model: countries grouped by region in the desk's order (Central Asia, South Caucasus,
 * Gulf, Levant, …), names from Intl.DisplayNames, and search that matches Arabic and English names with the
 * shared Arabic normaliser (أ/ا/إ, ة/ه, ى/ي fold together).
 */
import { REGION_IDS, type Region } from '#shared/tagging/codes.ts';
// Not the tagging barrel: it re-exports the tagger, and with the editor (a lazy chunk) using the tagger, the
// gazetteer and topic lexicon (~25 KB gzipped) would follow the barrel into the main bundle.
import { REGION_COUNTRIES } from '#shared/tagging/countries.ts';
import { normalizeArabic } from '#shared/text/normalize.ts';
import { countryName } from './format.ts';

/** Each country's home group: the first region in desk order that lists it (Gulf before Middle East). */
const HOME_REGION = new Map<string, Region>();
for (const region of REGION_IDS) {
  for (const code of REGION_COUNTRIES[region]) if (!HOME_REGION.has(code)) HOME_REGION.set(code, region);
}

/** Every country code the desk files under some region. */
export const KNOWN_COUNTRIES: readonly string[] = [...HOME_REGION.keys()];

export function homeRegion(code: string): Region | null {
  return HOME_REGION.get(code.toUpperCase()) ?? null;
}

export interface CountryGroup {
  region: Region | null;
  codes: string[];
}

/** Groups codes by home region, regions in desk order, countries by name in the UI language. */
export function groupCountries(codes: readonly string[], locale: string): CountryGroup[] {
  const byRegion = new Map<Region | null, string[]>();
  for (const code of codes) {
    const region = homeRegion(code);
    byRegion.set(region, [...(byRegion.get(region) ?? []), code]);
  }
  const collator = new Intl.Collator(locale);
  const order: Array<Region | null> = [...REGION_IDS, null];
  return order
    .filter((region) => byRegion.has(region))
    .map((region) => ({
      region,
      codes: byRegion
        .get(region)!
        .sort((a, b) => collator.compare(countryName(a, locale), countryName(b, locale))),
    }));
}

const searchText = new Map<string, string>();
/** The normalised Arabic name, English name and code of a country, for matching. */
function searchable(code: string): string {
  let text = searchText.get(code);
  if (text === undefined) {
    text = normalizeArabic(`${countryName(code, 'ar')} ${countryName(code, 'en')} ${code}`);
    searchText.set(code, text);
  }
  return text;
}

/** Whether a country matches what the user typed, in Arabic or English. */
export function countryMatches(code: string, query: string): boolean {
  const wanted = normalizeArabic(query);
  if (!wanted) return true;
  return searchable(code).includes(wanted);
}
