/**
 * Country names in the search box: the one rule, used by the server's search and by the browser (the search
 * box's country suggestion, the headline highlight), for "which country does this query name".
 *
 * A query word, or run of words, names a country when the gazetteer reads it as that country and nothing
 * else (singleCountryOf): any of its spellings in either language (قيرغيزستان, قرغيزستان, Kyrgyzstan), its
 * capital and cities, its demonyms and their inflections, with or without proclitics (بكازاخستان). Such a
 * clause matches its own words OR the items tagged with the country, so a spelling that no headline uses still
 * finds what the tagger filed under it. Spellings are not expanded into the text search: many stem to common
 * words (ألماتي → مات "died"), while the tag is exact.
 */
import { parseSearchQuery, type CountryNameLookup, type SearchQuery } from '../text/search.ts';
import { normalizeArabic } from '../text/normalize.ts';
import { tokenizeNormalized } from '../text/tokenize.ts';
import { COUNTRY_CODES } from './countries.ts';
import { findNames, longestNameAt, singleCountryOf } from './gazetteer.ts';

/** The country whose name begins at `start` in normalised tokens, and how many tokens the name spans. */
export const countryNameAt: CountryNameLookup = (tokens, start) => {
  if (start >= tokens.length) return null;
  const match = longestNameAt(tokens, start);
  const country = match ? singleCountryOf(match.payload) : null;
  return match && country ? { length: match.length, country } : null;
};

/** Parses a search box with country names recognised (what the server searches and the browser marks). */
export function parseSearch(q: string): SearchQuery {
  const chip = chipNameCountry(q);
  if (chip) {
    // The name's words as one phrase (its parenthesis left out, as the gazetteer reads it), plus the country.
    const words = parseSearchQuery(`"${chip.name.replace(/\s*\([^)]*\)\s*/g, ' ').trim()}"`);
    if (words.clauses.length === 1) return { clauses: [{ ...words.clauses[0]!, country: chip.code }] };
  }
  return parseSearchQuery(q, countryNameAt);
}

let chipNames: Map<string, string> | null = null;

/** A query as the chip map keys it: trimmed, single spaces, lowercase; diacritics kept (عُمان is not عمان). */
const chipKey = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A query that is exactly the name a country chip shows (Intl.DisplayNames in Arabic or English). A few of
 * those names are read by the gazetteer only in context, being also common words or another place (مالي
 * "financial", بنين "boys", Jersey, عُمان whose damma alone tells it from عمّان), and some carry a parenthesis
 * ("ميانمار (بورما)"); typed or pasted whole, they still name the country, so the chip's name always searches
 * it. Inside a longer query they are words like any other.
 */
function chipNameCountry(q: string): { code: string; name: string } | null {
  if (!chipNames) {
    chipNames = new Map();
    const DisplayNames = (Intl as { DisplayNames?: typeof Intl.DisplayNames }).DisplayNames;
    for (const locale of DisplayNames ? ['ar', 'en'] : []) {
      const names = new DisplayNames!([locale], { type: 'region', fallback: 'none' });
      for (const code of COUNTRY_CODES) {
        const name = names.of(code);
        if (name && name !== code && !chipNames.has(chipKey(name))) chipNames.set(chipKey(name), code);
      }
    }
  }
  const code = chipNames.get(chipKey(q));
  return code ? { code, name: q.trim() } : null;
}

/**
 * The country a whole query names, or null: "قيرغيزستان", "أبو ظبي", "Pakistan", "الكازاخستانية" name one;
 * "الغاز في قطر" does not (it is a search that mentions one). Quoted text is taken as it is typed.
 */
export function countryNamedBy(q: string): string | null {
  const { clauses } = parseSearch(q);
  return clauses.length === 1 && clauses[0]!.country ? clauses[0]!.country : null;
}

/**
 * Where a text names a country, as ranges of its normalised tokens: the words the tagger read as that
 * country (the highlight marks them when a search matched the item through its country).
 */
export function countryNameSpans(
  tokens: readonly string[],
  country: string,
): Array<{ start: number; length: number }> {
  return findNames([...tokens])
    .filter((match) => singleCountryOf(match.payload) === country)
    .map(({ start, length }) => ({ start, length }));
}

/** Normalised tokens of a text, as the gazetteer reads them. */
export function nameTokens(text: string): string[] {
  return tokenizeNormalized(normalizeArabic(text));
}
