import type { FeedFormat } from '../wire-item.ts';
import type { XmlElement } from './xml.ts';

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

/**
 * How a format reads an XML feed while the document is parsed: each entry element is read as it closes and then
 * left out of the tree, so that a large feed is never held as one whole tree (its items are nearly all of it,
 * and the tree of a 19 MB feed took ~75 MB of heap beside the entries read from it).
 */
export interface XmlFeedReader {
  /** Reads `element` when it is one of the feed's entries (parseXml's `onClose`): true when it was. */
  take(element: XmlElement, ancestors: readonly XmlElement[]): boolean;
  /** The feed: its own fields from what is left of the tree, and the entries taken, in the format's order. */
  feed(): RawFeed;
}
