import { LIMITS } from '#shared/schemas/items.ts';
import { cleanNameLine, withoutControls } from '#shared/text/control-characters.ts';
import { parseWireDate } from './dates.ts';
import type { RawEntry, RawFeed, RawText } from './parse/raw.ts';
import { decodedText, sanitizedWireBody, textOfHtml } from './dom-thread.ts';
import { decodeEntities, htmlToText } from './html-to-text.ts';
import { sanitizeBodyHtml } from './sanitize.ts';
import { entryDigest } from './entry-digest.ts';
import { asFeedError, type ParsedFeed, type WireItem } from './wire-item.ts';

/**
 * RawFeed → ParsedFeed: the one place where every format gets the same rules.
 *
 * - title: HTML becomes text (references decoded, tags dropped); bidi controls and zero-width characters are
 *   stripped (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF, plus U+061C ARABIC LETTER MARK and U+2060 WORD
 *   JOINER, which are the same kind of invisible steering); whitespace collapsed; cut to LIMITS.headline. An item
 *   with no title gets the start of its summary, so the queue never shows a blank row.
 * - summary: plain text of the summary, or of the body when the feed gives none; cut to LIMITS.summary at a word.
 *   Invisible characters are kept (only titles lose them).
 * - bodyHtml: the content (else the summary) sanitised, relative URLs resolved against the element's xml:base,
 *   else the document's URL (RFC 3986: the retrieval URI), else the feed's own link (for documents that arrive
 *   without a URL: the push endpoint, the CLI reading a file). Plain-text bodies become `<p>` paragraphs.
 * - url: the item link resolved the same way; only absolute http(s) URLs up to LIMITS.url survive, else null.
 * - guid: as given (trimmed), null when absent; longer than LIMITS.guid is cut (deterministically, so dedupe
 *   still works). Duplicates are kept: dedupe is the storage's job.
 * - publishedAt: the first candidate date that parses (published before updated), else null.
 */

const INVISIBLE_IN_TITLES = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c\u2060]/g;
const TITLE_FROM_SUMMARY = 160;

export interface NormalizeHints {
  baseUrl?: string | null;
  /** HTTP Content-Language: used when the document names no language of its own. */
  language?: string | null;
}

/** Apply the shared field rules (see module comment) to a parser's raw output. */
export function normalizeFeed(raw: RawFeed, hints: NormalizeHints = {}): Omit<ParsedFeed, 'omitted'> {
  const documentUrl = absoluteHttpUrl(hints.baseUrl ?? null, null);
  const feedLink = raw.link ? absoluteHttpUrl(raw.link.href, raw.link.base ?? documentUrl) : null;
  const feedLanguage = normalizeLanguage(raw.language) ?? contentLanguage(hints.language ?? null);
  const fallbackBase = documentUrl ?? feedLink;
  return {
    format: raw.format,
    title: raw.title ? cleanTitle(textValue(raw.title)) || null : null,
    link: feedLink,
    language: feedLanguage,
    items: raw.entries.map((entry) => normalizeEntry(entry, fallbackBase, feedLanguage)),
  };
}

function normalizeEntry(entry: RawEntry, fallbackBase: string | null, feedLanguage: string | null): WireItem {
  const linkBase = entry.link?.base ?? fallbackBase;
  const url = entry.link ? absoluteHttpUrl(entry.link.href, linkBase ?? fallbackBase) : null;
  let publishedAt: number | null = null;
  for (const candidate of entry.dates) {
    publishedAt = parseWireDate(candidate);
    if (publishedAt !== null) break;
  }
  let summary: string | undefined;
  let bodyHtml: string | undefined;
  let rawDigest: string | undefined;
  // The summary, the body (sanitising it is most of reading a feed) and the digest are made when first read: a
  // re-poll knows an unchanged entry by its digest and never needs the other two (store-wire-items.ts). They are
  // the item's own enumerable properties still, so spreading, JSON and a worker thread's copy read them too.
  const item: WireItem = {
    guid: cleanGuid(entry.guid),
    url,
    title: '',
    get summary() {
      if (summary === undefined) {
        const source = summarySource(entry);
        summary = reading(() => summaryOf(source ? textValue(source) : ''));
      }
      return summary;
    },
    set summary(value) {
      summary = value;
    },
    get bodyHtml() {
      if (bodyHtml === undefined) {
        const source = bodySource(entry);
        bodyHtml = source
          ? reading(() => sanitizeBodyHtml(bodyInput(source), { baseUrl: source.base ?? fallbackBase }))
          : '';
      }
      return bodyHtml;
    },
    set bodyHtml(value) {
      bodyHtml = value;
    },
    publishedAt,
    author: cleanLine(entry.author, LIMITS.source),
    language: normalizeLanguage(entry.language) ?? feedLanguage,
    categories: cleanCategories(entry.categories),
    urgency: entry.urgency,
    get rawDigest() {
      return (rawDigest ??= entryDigest(entry, fallbackBase, feedLanguage));
    },
  };
  // The same two, made with what needs a DOM on the DOM thread (the server's store step: makeContentOffThread).
  madeOffThread.set(item, async () => {
    try {
      const summaryFrom = summarySource(entry);
      summary ??= summaryOf(summaryFrom ? await textValueOffThread(summaryFrom) : '');
      const bodyFrom = bodySource(entry);
      bodyHtml ??= bodyFrom
        ? await sanitizedWireBody(await bodyInputOffThread(bodyFrom), bodyFrom.base ?? fallbackBase)
        : '';
    } catch (err) {
      throw asFeedError(err);
    }
  });
  const title = entry.title ? cleanTitle(textValue(entry.title)) : '';
  item.title = title || (item.summary ? cleanTitle(cutAtWord(item.summary, TITLE_FROM_SUMMARY)) : '');
  return item;
}

/** Made after readFeed returned (first read, in the store step), a failure is still a FeedError (wire-item.ts). */
function reading<T>(make: () => T): T {
  try {
    return make();
  } catch (err) {
    throw asFeedError(err);
  }
}

/** The item's summary and body not made yet, made with what needs a DOM on the DOM thread: see normalizeEntry. */
const madeOffThread = new WeakMap<WireItem, () => Promise<void>>();

/**
 * Makes a feed item's summary and body (when not made yet) without jsdom on this thread: what needs the real
 * parser goes to the DOM thread (dom-thread.ts). Afterwards reading them costs nothing. Items made otherwise
 * (pushed, or copied from the feed reader's thread) have theirs already.
 */
export async function makeContentOffThread(item: WireItem): Promise<void> {
  await madeOffThread.get(item)?.();
}

// textValue and bodyInput each have a twin that asks the DOM thread for what needs a DOM (…OffThread, beside
// them); normalize-parity.test.ts holds each pair to the same answers over feedparser's corpus.
function textValue(text: RawText): string {
  return text.html ? htmlToText(text.value) : decodeEntities(text.value);
}

function textValueOffThread(text: RawText): Promise<string> {
  return text.html ? textOfHtml(text.value) : decodedText(text.value);
}

/** An entry's summary is made from its summary, else from its content; its body the other way round. */
function summarySource(entry: RawEntry): RawText | null {
  return entry.summary ?? entry.content;
}

function bodySource(entry: RawEntry): RawText | null {
  return entry.content ?? entry.summary;
}

function summaryOf(text: string): string {
  return cutAtWord(withoutControls(text), LIMITS.summary);
}

/** The HTML a body is sanitised from: the feed's own, or its plain text made paragraphs. */
function bodyInput(text: RawText): string {
  return text.html ? text.value : paragraphsHtml(plainParagraphs(text.value).map(decodeEntities));
}

async function bodyInputOffThread(text: RawText): Promise<string> {
  return text.html
    ? text.value
    : paragraphsHtml(await Promise.all(plainParagraphs(text.value).map(decodedText)));
}

/** Plain text's paragraphs, references not yet decoded: blank lines separate them (their own breaks stay). */
function plainParagraphs(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
}

/** Decoded paragraphs as HTML, empty ones left out. */
function paragraphsHtml(paragraphs: string[]): string {
  return paragraphs
    .filter((p) => p.length > 0)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
}

/** Title rules: invisible steering characters and controls out, whitespace collapsed, length capped. */
export function cleanTitle(text: string): string {
  const cleaned = withoutControls(text.replace(INVISIBLE_IN_TITLES, '')).replace(/\s+/g, ' ').trim();
  return cutAtWord(cleaned, LIMITS.headline);
}

function cleanLine(value: string | null, max: number): string | null {
  if (!value) return null;
  const cleaned = cleanNameLine(withoutControls(decodeEntities(value)).replace(/\s+/g, ' '));
  return cleaned ? cutString(cleaned, max) : null;
}

function cleanGuid(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = withoutControls(value).trim();
  return trimmed ? cutString(trimmed, LIMITS.guid) : null;
}

function cleanCategories(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const cleaned = cleanLine(value, LIMITS.source);
    if (!cleaned || seen.has(cleaned)) continue;
    seen.add(cleaned);
    out.push(cleaned);
    if (out.length >= LIMITS.tags) break;
  }
  return out;
}

/** Resolve `href` against `base` and keep it only when it is an absolute http(s) URL within LIMITS.url. */
export function absoluteHttpUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed) return null;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href.length <= LIMITS.url ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The language of an HTTP Content-Language value when it names exactly one ("ar", "ar-SA"); a list names
 * several audiences (RFC 9110 §8.5), which says nothing about any one item, so it gives null.
 */
export function contentLanguage(value: string | null): string | null {
  if (!value) return null;
  const tags = value
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
  return tags.length === 1 ? normalizeLanguage(tags[0]) : null;
}

/** BCP 47-ish tag, canonicalised by Intl when it can be (`en_us` → `en-US`), else null. */
export function normalizeLanguage(value: string | null | undefined): string | null {
  if (!value) return null;
  const tag = value.trim().replace(/_/g, '-');
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = cutString(text, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

function cutString(text: string, length: number): string {
  if (text.length <= length) return text;
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
