/**
 * What goes out, as an Atom 1.0 feed (RFC 4287). A story published again after a correction is the same entry
 * with a new `updated` (and its correction note); a withdrawn story leaves a tombstone (RFC 6721
 * `at:deleted-entry`) so that readers downstream remove it rather than keep a stale copy.
 */
import type { Publication } from './repository.ts';

// XML 1.0 forbids most C0 controls and lone surrogates; wire text may carry them, the feed must not.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML content and attribute values, dropping characters XML cannot carry. */
export function xmlEscape(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

export interface AtomOptions {
  selfUrl: string;
  siteUrl: string;
  title: string;
}

const iso = (ms: number) => new Date(ms).toISOString();
export const TOMBSTONES_NS = 'http://purl.org/atompub/tombstones/1.0';
export const MIRSAD_NS = 'urn:mirsad:atom';
const entryId = (publication: Publication) => `urn:mirsad:item:${publication.itemId}`;

function entry(publication: Publication): string {
  const categories = [
    ...publication.tags.countries.map(
      (code) => `<category term="${xmlEscape(code)}" scheme="urn:iso:std:iso:3166:-1"/>`,
    ),
    ...publication.tags.topics.map(
      (topic) => `<category term="${xmlEscape(topic)}" scheme="urn:mirsad:topic"/>`,
    ),
  ];
  return [
    `<entry xml:lang="${xmlEscape(publication.language)}">`,
    `<id>${entryId(publication)}</id>`,
    `<title type="text">${xmlEscape(publication.headline)}</title>`,
    `<published>${iso(publication.firstPublishedAt)}</published>`,
    `<updated>${iso(publication.publishedAt)}</updated>`,
    `<author><name>${xmlEscape(publication.byline ?? publication.author ?? publication.source)}</name></author>`,
    publication.url ? `<link rel="related" href="${xmlEscape(publication.url)}"/>` : '',
    publication.summary ? `<summary type="text">${xmlEscape(publication.summary)}</summary>` : '',
    `<content type="html">${xmlEscape(publication.body || publication.summary)}</content>`,
    publication.note && publication.number > 1
      ? `<m:correction>${xmlEscape(publication.note)}</m:correction>`
      : '',
    ...categories,
    '</entry>',
  ]
    .filter(Boolean)
    .join('');
}

function tombstone(publication: Publication): string {
  return [
    `<at:deleted-entry ref="${entryId(publication)}" when="${iso(publication.publishedAt)}">`,
    publication.note
      ? `<at:comment xml:lang="${xmlEscape(publication.language)}">${xmlEscape(publication.note)}</at:comment>`
      : '',
    '</at:deleted-entry>',
  ].join('');
}

/** Renders the latest publication of each story: live ones as entries, withdrawn ones as tombstones. */
export function renderAtom(publications: readonly Publication[], options: AtomOptions): string {
  const updated = publications[0] ? iso(publications[0].publishedAt) : new Date(0).toISOString();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:at="${TOMBSTONES_NS}" xmlns:m="${MIRSAD_NS}" xml:lang="ar">`,
    `<id>${xmlEscape(options.selfUrl)}</id>`,
    `<title type="text">${xmlEscape(options.title)}</title>`,
    `<updated>${updated}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(options.selfUrl)}"/>`,
    `<link rel="alternate" href="${xmlEscape(options.siteUrl)}"/>`,
    '<generator>Mirsad</generator>',
    ...publications.map((publication) =>
      publication.status === 'canceled' ? tombstone(publication) : entry(publication),
    ),
    '</feed>',
  ].join('\n');
}
