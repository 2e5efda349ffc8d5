/** The published output as an Atom 1.0 feed (RFC 4287). */
import type { Item } from '#shared/schemas/items.ts';

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

/** Renders published items as an Atom feed, newest first. */
export function renderAtom(items: readonly Item[], options: AtomOptions): string {
  const updated = items[0]?.publishedAt ?? new Date(0).toISOString();
  const entries = items.map((item) => {
    const categories = [
      ...item.countries.map(
        (code) => `<category term="${xmlEscape(code)}" scheme="urn:iso:std:iso:3166:-1"/>`,
      ),
      ...item.topics.map((topic) => `<category term="${xmlEscape(topic)}" scheme="urn:mirsad:topic"/>`),
    ];
    return [
      `<entry xml:lang="${xmlEscape(item.language)}">`,
      `<id>urn:mirsad:item:${item.id}</id>`,
      `<title type="text">${xmlEscape(item.headline)}</title>`,
      `<published>${item.publishedAt}</published>`,
      `<updated>${item.updatedAt}</updated>`,
      `<author><name>${xmlEscape(item.author ?? item.source)}</name></author>`,
      item.url ? `<link rel="related" href="${xmlEscape(item.url)}"/>` : '',
      item.summary ? `<summary type="text">${xmlEscape(item.summary)}</summary>` : '',
      `<content type="html">${xmlEscape(item.body || item.summary)}</content>`,
      ...categories,
      '</entry>',
    ]
      .filter(Boolean)
      .join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">',
    `<id>${xmlEscape(options.selfUrl)}</id>`,
    `<title type="text">${xmlEscape(options.title)}</title>`,
    `<updated>${updated}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(options.selfUrl)}"/>`,
    `<link rel="alternate" href="${xmlEscape(options.siteUrl)}"/>`,
    '<generator>Mirsad</generator>',
    ...entries,
    '</feed>',
  ].join('\n');
}
