import type { FeedFormat } from '../wire-item.ts';

/**
 * What a format parser hands to the normaliser: the feed's own values, untouched except for XML decoding. Keeping
 * parsers this dumb means every format gets the same title, URL, date and sanitising rules in normalize.ts.
 */

/** A text construct: `html` says whether `value` is HTML source (escaped HTML, CDATA, Atom html/xhtml). */
export interface RawText {
  value: string;
  html: boolean;
  /** The base URL in force where this text sits (xml:base), for resolving links inside it. */
  base: string | null;
}

export interface RawEntry {
  guid: string | null;
  /** The link as written (maybe relative) and the base in force on the element that held it. */
  link: { href: string; base: string | null } | null;
  title: RawText | null;
  summary: RawText | null;
  content: RawText | null;
  /** Candidate date strings in order of preference (published before updated). */
  dates: string[];
  author: string | null;
  language: string | null;
  categories: string[];
  urgency: number | null;
}

export interface RawFeed {
  format: FeedFormat;
  title: RawText | null;
  link: { href: string; base: string | null } | null;
  language: string | null;
  entries: RawEntry[];
}

/** An empty entry to fill in. */
export function emptyEntry(): RawEntry {
  return {
    guid: null,
    link: null,
    title: null,
    summary: null,
    content: null,
    dates: [],
    author: null,
    language: null,
    categories: [],
    urgency: null,
  };
}
