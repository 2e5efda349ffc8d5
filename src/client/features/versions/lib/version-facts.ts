/** What the version list and the comparison say about versions, as plain data (tested without a browser). */
import type { Version, VersionSummary } from '#shared/schemas/stories.ts';

/** The fields the comparison shows word by word; the others are listed by name when they differ. */
const TEXT_FIELDS: ReadonlySet<string> = new Set(['headline', 'summary', 'body']);

/** Fields besides the text that differ between two versions (byline, keywords, tags…), in a stable order. */
export function otherChangedFields(before: Version, after: Version): string[] {
  const pairs: Array<[string, unknown, unknown]> = [
    ['byline', before.byline, after.byline],
    ['dateline', before.dateline, after.dateline],
    ['slug', before.slug, after.slug],
    ['keywords', before.keywords, after.keywords],
    ['urgency', before.urgency, after.urgency],
    ['language', before.language, after.language],
    ['countries', before.tags.countries, after.tags.countries],
    ['regions', before.tags.regions, after.tags.regions],
    ['organisations', before.tags.organisations, after.tags.organisations],
    ['topics', before.tags.topics, after.tags.topics],
  ];
  return pairs
    .filter(([field, a, b]) => !TEXT_FIELDS.has(field) && JSON.stringify(a) !== JSON.stringify(b))
    .map(([field]) => field);
}

/**
 * The pair a version's "Compare" opens: that version against the latest, or the latest against the one before
 * it (older first either way). Null when there is nothing to compare with.
 */
export function defaultPair(
  number: number,
  versions: readonly Pick<VersionSummary, 'number'>[],
): { before: number; after: number } | null {
  const numbers = versions.map((version) => version.number).sort((a, b) => a - b);
  const latest = numbers.at(-1);
  if (latest === undefined || numbers.length < 2) return null;
  if (number !== latest) return { before: number, after: latest };
  return { before: numbers.at(-2)!, after: latest };
}

/** Orders a chosen pair older first (the comparison always reads from the older to the newer). */
export function orderedPair(a: number, b: number): { before: number; after: number } {
  return a <= b ? { before: a, after: b } : { before: b, after: a };
}
