import { emptyEntry, type RawEntry, type RawFeed, type RawText, type XmlFeedReader } from './raw.ts';
import { ATOM_NAMESPACES, ITUNES, NS, RSS_NAMESPACES } from './ns.ts';
import { attr, childNamed, childrenNamed, innerHtml, textOf, type XmlElement } from './xml.ts';

/** RSS 0.9x/2.0 (`<rss>`) or RSS 0.90/1.0 (`<rdf:RDF>`). */
export function isRssRoot(root: XmlElement): boolean {
  return root.local === 'rss' || (root.local === 'RDF' && root.ns === NS.rdf);
}

/**
 * RSS 0.9x/2.0 and RSS 0.90/1.0 → RawFeed. Items are read as they close: those in the first `<channel>`, then
 * those beside it (RSS 1.0 puts items beside the channel; some RSS 2.0 generators do too). An <rss> without
 * <channel> is an empty feed (feedparser agrees), not an error: a poller should see 0 items.
 */
export function rssReader(root: XmlElement): XmlFeedReader {
  const isRdf = root.local === 'RDF';
  const inChannel: RawEntry[] = [];
  const beside: RawEntry[] = [];
  let channel: XmlElement | null = null;
  return {
    take(element, ancestors) {
      if (element.local !== 'item' || !(RSS_NAMESPACES as readonly string[]).includes(element.ns))
        return false;
      if (ancestors.length === 1) {
        beside.push(parseItem(element, isRdf));
        return true;
      }
      if (ancestors.length !== 2) return false;
      // The first channel is found among the root's children the first time; later ones are not read.
      channel ??= childNamed(root, 'channel', RSS_NAMESPACES);
      if (ancestors[1] !== channel) return false;
      inChannel.push(parseItem(element, isRdf));
      return true;
    },
    feed: () => rssFeed(root, beside.length === 0 ? inChannel : [...inChannel, ...beside]),
  };
}

function rssFeed(root: XmlElement, items: RawEntry[]): RawFeed {
  const isRdf = root.local === 'RDF';
  const channel = childNamed(root, 'channel', RSS_NAMESPACES);
  const feedLanguage = channel
    ? (text(channel, 'language', RSS_NAMESPACES) ?? text(channel, 'language', [NS.dc]) ?? channel.lang)
    : root.lang;
  const feedLink = channel ? linkOf(channel) : null;
  return {
    format: isRdf ? 'rdf' : 'rss',
    title: channel
      ? textConstruct(childNamed(channel, 'title', RSS_NAMESPACES) ?? childNamed(channel, 'title', [NS.dc]))
      : null,
    link: feedLink,
    language: feedLanguage ?? null,
    entries: items,
  };
}

function parseItem(item: XmlElement, isRdf: boolean): RawEntry {
  const entry = emptyEntry();
  const guidEl = childNamed(item, 'guid', RSS_NAMESPACES);
  const guid = guidEl ? textOf(guidEl).trim() : '';
  const about = isRdf ? attr(item, 'about', NS.rdf) : null;
  entry.guid = guid || about?.trim() || text(item, 'identifier', [NS.dc]) || null;
  entry.link = linkOf(item);
  if (!entry.link && guidEl && guid && attr(guidEl, 'isPermaLink')?.trim().toLowerCase() !== 'false') {
    // RSS 2.0: a guid is a permalink unless it says otherwise.
    if (/^https?:\/\//i.test(guid)) entry.link = { href: guid, base: guidEl.base };
  }
  if (!entry.link && about && /^https?:\/\//i.test(about.trim()))
    entry.link = { href: about.trim(), base: item.base };
  entry.title = textConstruct(
    childNamed(item, 'title', RSS_NAMESPACES) ??
      childNamed(item, 'title', [NS.dc]) ??
      childNamed(item, 'title', [NS.media]),
  );
  const description =
    childNamed(item, 'description', RSS_NAMESPACES) ??
    childNamed(item, 'description', [NS.dc]) ??
    childNamed(item, 'summary', ATOM_NAMESPACES);
  entry.summary = textConstruct(description);
  const encoded = childNamed(item, 'encoded', [NS.content]);
  const xhtmlBody = childNamed(item, 'body', [NS.xhtml]);
  if (encoded) entry.content = textConstruct(encoded);
  else if (xhtmlBody) entry.content = { value: innerHtml(xhtmlBody), html: true, base: xhtmlBody.base };
  else {
    const atomContent = childNamed(item, 'content', ATOM_NAMESPACES);
    if (atomContent) entry.content = textConstruct(atomContent);
  }
  entry.dates = [
    text(item, 'pubDate', RSS_NAMESPACES),
    text(item, 'date', [NS.dc]),
    text(item, 'issued', [NS.dcterms]),
    text(item, 'created', [NS.dcterms]),
    text(item, 'published', ATOM_NAMESPACES),
    text(item, 'modified', [NS.dcterms]),
    text(item, 'updated', ATOM_NAMESPACES),
  ].filter((d): d is string => d !== null);
  entry.author =
    authorName(text(item, 'author', RSS_NAMESPACES)) ??
    text(item, 'creator', [NS.dc]) ??
    text(item, 'author', [NS.dc]) ??
    text(item, 'author', ITUNES) ??
    null;
  entry.language = text(item, 'language', [NS.dc]) ?? item.lang;
  entry.categories = [
    ...childrenNamed(item, 'category', RSS_NAMESPACES).map((c) => textOf(c)),
    ...childrenNamed(item, 'subject', [NS.dc]).map((c) => textOf(c)),
  ];
  return entry;
}

/** `<link>` text, or an Atom `<atom:link rel="alternate">` inside RSS. */
function linkOf(el: XmlElement): RawEntry['link'] {
  for (const link of childrenNamed(el, 'link', RSS_NAMESPACES)) {
    const href = textOf(link).trim() || attr(link, 'href')?.trim();
    if (href) return { href, base: link.base };
  }
  for (const link of childrenNamed(el, 'link', ATOM_NAMESPACES)) {
    const rel = attr(link, 'rel') ?? 'alternate';
    const href = attr(link, 'href')?.trim();
    if (rel === 'alternate' && href) return { href, base: link.base };
  }
  return null;
}

/** RSS text: HTML unless it is evidently plain (RSS never said, and publishers escape HTML into every field). */
function textConstruct(el: XmlElement | null): RawText | null {
  if (!el) return null;
  // Inline XHTML inside an RSS element (rare, but feedparser's corpus has it): serialise it as HTML.
  const hasElements = el.children.some((c) => typeof c !== 'string');
  return { value: hasElements ? innerHtml(el) : textOf(el), html: true, base: el.base };
}

function text(el: XmlElement, local: string, ns: readonly string[]): string | null {
  const child = childNamed(el, local, ns);
  if (!child) return null;
  const value = textOf(child).trim();
  return value || null;
}

/** RSS `<author>` is an e-mail address, often `jo@example.com (Jo Smith)`: prefer the name. */
export function authorName(value: string | null): string | null {
  if (!value) return null;
  const inParens = /\(([^)]+)\)\s*$/.exec(value);
  if (inParens?.[1]?.trim()) return inParens[1].trim();
  const beforeAngle = /^([^<]+)<[^>]+>\s*$/.exec(value);
  if (beforeAngle?.[1]?.trim()) return beforeAngle[1].trim().replace(/^"|"$/g, '');
  return value.trim() || null;
}
