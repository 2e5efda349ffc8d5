import { emptyEntry, type RawEntry, type RawFeed } from './raw.ts';
import { isObject, str } from './json-feed.ts';

/**
 * IPTC ninjs, 1.x and 2.x: a single item, an array of items, or `{items: [...]}`.
 *
 * 1.x fields: uri, guid (early drafts), headline, body_html / body_text / body_xhtml, description_text / _html,
 * byline, subject[{name, code}], urgency, language, versioncreated, firstcreated.
 * 2.x fields: headlines[{role, value, contenttype}], bodies[…], descriptions[…], by, subjects[…].
 * The time is `versioncreated` first (the version we are being sent), then `firstcreated`. `uri` is an
 * identifier, not a web page, so the URL comes only from a `links[]` entry with an http(s) href whose rel or
 * content type says "web page".
 */

const ITEM_KEYS = [
  'headline',
  'headlines',
  'body_html',
  'body_text',
  'bodies',
  'versioncreated',
  'firstcreated',
];

/** Does this parsed JSON look like ninjs (one item, an array of items, or `{items: [...]}`)? */
export function isNinjs(doc: unknown): boolean {
  const items = ninjsItems(doc);
  return items !== null && items.length > 0 && items.every(looksLikeItem);
}

function looksLikeItem(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const hasId = typeof value.uri === 'string' || typeof value.guid === 'string';
  return hasId && ITEM_KEYS.some((key) => key in value);
}

function ninjsItems(doc: unknown): unknown[] | null {
  if (Array.isArray(doc)) return doc;
  if (isObject(doc) && Array.isArray(doc.items)) return doc.items;
  if (isObject(doc)) return [doc];
  return null;
}

/** ninjs JSON (already parsed and recognised by isNinjs) → RawFeed. */
export function parseNinjs(doc: unknown): RawFeed {
  const items = (ninjsItems(doc) ?? []).filter(isObject);
  return { format: 'ninjs', title: null, link: null, language: null, entries: items.map(parseItem) };
}

function parseItem(item: Record<string, unknown>): RawEntry {
  const entry = emptyEntry();
  entry.guid = str(item.uri) ?? str(item.guid);
  entry.link = webLink(item);
  const headline = str(item.headline) ?? pick(item.headlines, 'main');
  if (headline) entry.title = { value: headline, html: false, base: null };
  const descriptionHtml = str(item.description_html) ?? pickHtml(item.descriptions);
  const descriptionText = str(item.description_text) ?? pick(item.descriptions, 'summary');
  if (descriptionHtml) entry.summary = { value: descriptionHtml, html: true, base: null };
  else if (descriptionText) entry.summary = { value: descriptionText, html: false, base: null };
  const bodyHtml = str(item.body_html) ?? str(item.body_xhtml) ?? pickHtml(item.bodies);
  const bodyText = str(item.body_text) ?? pick(item.bodies, 'main');
  if (bodyHtml) entry.content = { value: bodyHtml, html: true, base: null };
  else if (bodyText) entry.content = { value: bodyText, html: false, base: null };
  entry.dates = [str(item.versioncreated), str(item.firstcreated)].filter((d): d is string => d !== null);
  entry.author = str(item.byline) ?? str(item.by) ?? bylines(item.bylines);
  entry.language = str(item.language);
  const subjects = Array.isArray(item.subject)
    ? item.subject
    : Array.isArray(item.subjects)
      ? item.subjects
      : [];
  entry.categories = subjects
    .filter(isObject)
    .map((s) => str(s.name) ?? str(s.code) ?? str(s.uri))
    .filter((s): s is string => s !== null);
  const urgency = typeof item.urgency === 'string' ? Number(item.urgency) : item.urgency;
  entry.urgency =
    typeof urgency === 'number' && Number.isInteger(urgency) && urgency >= 1 && urgency <= 9 ? urgency : null;
  return entry;
}

/** ninjs 2.x arrays of `{role, contenttype, value}`: the entry with `role` (or the first plain-text one). */
function pick(list: unknown, role: string): string | null {
  if (!Array.isArray(list)) return null;
  const entries = list.filter(isObject).filter((e) => !/html/i.test(String(e.contenttype ?? '')));
  const chosen = entries.find((e) => e.role === role) ?? entries[0];
  return chosen ? str(chosen.value) : null;
}

function pickHtml(list: unknown): string | null {
  if (!Array.isArray(list)) return null;
  const chosen = list.filter(isObject).find((e) => /html/i.test(String(e.contenttype ?? '')));
  return chosen ? str(chosen.value) : null;
}

function bylines(list: unknown): string | null {
  if (!Array.isArray(list)) return null;
  const names = list
    .filter(isObject)
    .map((b) => str(b.byline) ?? str(b.name))
    .filter((n): n is string => n !== null);
  return names.length > 0 ? names.join(', ') : null;
}

function webLink(item: Record<string, unknown>): RawEntry['link'] {
  if (!Array.isArray(item.links)) return null;
  for (const link of item.links.filter(isObject)) {
    const href = str(link.href);
    const rel = String(link.rel ?? '');
    const type = String(link.contenttype ?? link.mimetype ?? '');
    if (
      href &&
      /^https?:/i.test(href) &&
      (/canonical|alternate|irel:seeAlso|self/i.test(rel) || /html/i.test(type))
    ) {
      return { href, base: null };
    }
  }
  return null;
}
