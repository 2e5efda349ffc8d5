import { sha256 } from '../sha256.ts';
import type { RawEntry, RawText } from './parse/raw.ts';

/**
 * The digest of a feed entry as the feed wrote it, with everything else its reading depends on (the base URL its
 * relative links resolve against, the feed's language): the same digest is the same entry, read the same way.
 * A re-poll compares it with the one stored beside the item (items.raw_digest) and knows an unchanged entry
 * without sanitising its body or hashing its content, which were most of the cost of polling a feed again.
 *
 * It says nothing about Mirsad's own rules, on purpose: after an upgrade that sanitises differently, an entry
 * the agency did not change stays as it was stored, rather than reading as an agency update of every report.
 */
export function entryDigest(
  entry: RawEntry,
  fallbackBase: string | null,
  feedLanguage: string | null,
): string {
  // Each part is written with its length (null as `-`), so no two different entries join to the same text.
  let joined = DIGEST_FORMAT;
  const add = (part: string | null) => {
    joined += part === null ? '-' : `${part.length}:${part}`;
  };
  const addText = (text: RawText | null) => {
    if (text === null) return add(null);
    add(text.html ? 'html' : 'text');
    add(text.base);
    add(text.value);
  };
  add(fallbackBase);
  add(feedLanguage);
  add(entry.guid);
  add(entry.link?.href ?? null);
  add(entry.link?.base ?? null);
  addText(entry.title);
  addText(entry.summary);
  addText(entry.content);
  add(String(entry.dates.length));
  for (const date of entry.dates) add(date);
  add(entry.author);
  add(entry.language);
  add(String(entry.categories.length));
  for (const category of entry.categories) add(category);
  add(entry.urgency === null ? null : String(entry.urgency));
  return sha256(joined);
}

/** Changes only if the joined text above changes shape (then every stored digest differs once, harmlessly). */
const DIGEST_FORMAT = 'entry-digest/1|';
