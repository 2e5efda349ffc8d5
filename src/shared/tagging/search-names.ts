/**
 * Names in the search box: the one rule, used by the server's search and by the browser (the search box's
 * country suggestion, the headline highlight), for "which country or organisation does this query name".
 *
 * A query word, or run of words, names a country when the gazetteer reads it as that country and nothing
 * else (singleCountryOf): any of its spellings in either language (قيرغيزستان, قرغيزستان, Kyrgyzstan), its
 * capital and cities, its demonyms and their inflections, with or without proclitics (بكازاخستان). It names an
 * organisation when the gazetteer reads it as that one body (singleOrganisationOf): الناتو, حلف شمال الأطلسي,
 * "NATO", "IAEA". Such a clause matches its own words OR the items tagged with the country or organisation, so
 * a spelling that no headline uses (Arabic copy never writes "NATO") still finds what the tagger filed under it.
 * Spellings are not expanded into the text search: many stem to common words (ألماتي → مات "died"), while the
 * tag is exact.
 */
import {
  MAX_CLAUSES,
  parseSearchQuery,
  type NameLookup,
  type NamedTag,
  type SearchQuery,
} from '../text/search.ts';
import { normalizeArabic } from '../text/normalize.ts';
import { tokenizeNormalized } from '../text/tokenize.ts';
import { COUNTRY_CODES } from './countries.ts';
import { ACRONYMS } from './gazetteer-data.ts';
import {
  findNames,
  longestNameAt,
  singleCountryOf,
  singleOrganisationOf,
  type Payload,
} from './gazetteer.ts';

/** The one country or organisation a gazetteer match stands for, or null. */
function namedTagOf(payload: Payload): NamedTag | null {
  const country = singleCountryOf(payload);
  if (country) return { kind: 'countries', code: country };
  const organisation = singleOrganisationOf(payload);
  return organisation ? { kind: 'organisations', code: organisation } : null;
}

/** What the name beginning at `start` in normalised tokens names, and how many tokens it spans. */
export const nameAt: NameLookup = (tokens, start) => {
  if (start >= tokens.length) return null;
  const match = longestNameAt(tokens, start);
  const named = match ? namedTagOf(match.payload) : null;
  return match && named ? { length: match.length, named } : null;
};

/** Parses a search box with names recognised (what the server searches and the browser marks). */
export function parseSearch(q: string): SearchQuery {
  const chip = chipNameCountry(q);
  if (chip) {
    // The name's words as one phrase (its parenthesis left out, as the gazetteer reads it), plus the country.
    const words = parseSearchQuery(`"${chip.name.replace(/\s*\([^)]*\)\s*/g, ' ').trim()}"`);
    if (words.clauses.length === 1)
      return { clauses: [{ ...words.clauses[0]!, named: { kind: 'countries', code: chip.code } }] };
  }
  const words = q.includes('"') ? [] : q.split(/\s+/).map((word) => ({ word, tag: acronymTag(word) }));
  if (!words.some(({ tag }) => tag)) return parseSearchQuery(q, nameAt);
  // The acronyms' own clauses (their words, and the tag), then the rest of the query as it reads without them.
  const named = words.flatMap(({ word, tag }) =>
    tag ? parseSearchQuery(word).clauses.map((clause) => ({ ...clause, named: tag })) : [],
  );
  const rest = words.filter(({ tag }) => !tag).map(({ word }) => word);
  return { clauses: [...named, ...parseSearchQuery(rest.join(' '), nameAt).clauses].slice(0, MAX_CLAUSES) };
}

/**
 * A word typed as one of the desk's upper-case acronyms (US, UK, UAE, UN, EU, WHO, SCO…): the tagger reads them
 * only in capitals on the raw text, since in lower case they are common words, so the search box does too.
 */
function acronymTag(word: string): NamedTag | null {
  for (const { pattern, country, org } of ACRONYMS) {
    if (word.match(pattern)?.[0] !== word) continue;
    if (country) return { kind: 'countries', code: country };
    if (org) return { kind: 'organisations', code: org };
  }
  return null;
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
  const named = clauses.length === 1 ? clauses[0]!.named : undefined;
  return named?.kind === 'countries' ? named.code : null;
}

/**
 * Where a text names a country or organisation, as ranges of its normalised tokens: the words the tagger read
 * as it (the highlight marks them when a search matched the item through its tag).
 */
export function nameSpans(
  tokens: readonly string[],
  named: NamedTag,
): Array<{ start: number; length: number }> {
  return findNames([...tokens])
    .filter((match) => {
      const found = namedTagOf(match.payload);
      return found?.kind === named.kind && found.code === named.code;
    })
    .map(({ start, length }) => ({ start, length }));
}

/** Normalised tokens of a text, as the gazetteer reads them. */
export function nameTokens(text: string): string[] {
  return tokenizeNormalized(normalizeArabic(text));
}
