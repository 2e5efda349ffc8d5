import { emptyEntry, type RawEntry, type RawText, type XmlFeedReader } from './raw.ts';
import { NS } from './ns.ts';
import { attr, childNamed, childrenNamed, innerHtml, textOf, type XmlElement } from './xml.ts';
import { authorName } from './rss.ts';

/** Atom 1.0 and Atom 0.3 (`<feed>`) → RawFeed; entries are `<entry>` children of the root, in its namespace. */
export function atomReader(root: XmlElement): XmlFeedReader {
  const ns = [root.ns];
  const entries: RawEntry[] = [];
  return {
    take(element, ancestors) {
      if (ancestors.length !== 1 || element.local !== 'entry' || element.ns !== root.ns) return false;
      entries.push(parseEntry(element, ns));
      return true;
    },
    feed: () => ({
      format: 'atom',
      title: textConstruct(childNamed(root, 'title', ns)),
      link: alternateLink(root, ns),
      language: root.lang,
      entries,
    }),
  };
}

function parseEntry(el: XmlElement, ns: readonly string[]): RawEntry {
  const entry = emptyEntry();
  entry.guid = text(el, 'id', ns);
  entry.link = alternateLink(el, ns);
  entry.title = textConstruct(childNamed(el, 'title', ns));
  entry.summary = textConstruct(childNamed(el, 'summary', ns));
  const content = childNamed(el, 'content', ns);
  // Out-of-line content (`src=`) is a pointer, not a body: there is nothing to show.
  if (content && attr(content, 'src') === null) entry.content = textConstruct(content);
  entry.dates = [
    text(el, 'published', ns),
    text(el, 'issued', ns),
    text(el, 'created', ns),
    text(el, 'updated', ns),
    text(el, 'modified', ns),
    text(el, 'date', [NS.dc]),
  ].filter((d): d is string => d !== null);
  const author = childNamed(el, 'author', ns);
  entry.author =
    (author ? (text(author, 'name', ns) ?? authorName(text(author, 'email', ns))) : null) ??
    text(el, 'creator', [NS.dc]);
  entry.language = el.lang;
  entry.categories = [
    ...childrenNamed(el, 'category', ns).map((c) => attr(c, 'label') ?? attr(c, 'term') ?? textOf(c)),
    ...childrenNamed(el, 'subject', [NS.dc]).map((c) => textOf(c)),
  ];
  return entry;
}

/** The `rel="alternate"` (or rel-less) link, preferring an HTML one. */
function alternateLink(el: XmlElement, ns: readonly string[]): RawEntry['link'] {
  let fallback: RawEntry['link'] = null;
  for (const link of childrenNamed(el, 'link', ns)) {
    const rel = (attr(link, 'rel') ?? 'alternate').trim();
    // Some generators put the URL in the element's text instead of href; take it rather than lose the link.
    const href = attr(link, 'href')?.trim() || textOf(link).trim();
    if (!href || (rel !== 'alternate' && rel !== 'http://www.iana.org/assignments/relation/alternate'))
      continue;
    const type = attr(link, 'type');
    if (!type || /html/i.test(type)) return { href, base: link.base };
    fallback ??= { href, base: link.base };
  }
  return fallback;
}

/**
 * Atom text constructs. 1.0: `type` is text | html | xhtml. 0.3: `type` is a MIME type and `mode` is xml |
 * escaped | base64.
 */
function textConstruct(el: XmlElement | null): RawText | null {
  if (!el) return null;
  const type = (attr(el, 'type') ?? 'text').trim().toLowerCase();
  const mode = (attr(el, 'mode') ?? '').trim().toLowerCase();
  let value = textOf(el);
  if (mode === 'base64') value = Buffer.from(value.replace(/\s+/g, ''), 'base64').toString('utf8');
  const hasElements = el.children.some((c) => typeof c !== 'string');
  if (type === 'xhtml' || type === 'application/xhtml+xml' || (hasElements && mode !== 'escaped')) {
    // The xhtml construct wraps its content in one xhtml:div, which is not part of the content.
    const div = el.children.filter((c) => typeof c !== 'string' || c.trim() !== '');
    const only = div.length === 1 && typeof div[0] !== 'string' ? div[0] : null;
    const inner = only && only.local === 'div' ? innerHtml(only) : innerHtml(el);
    return { value: inner, html: true, base: only?.base ?? el.base };
  }
  const html = type === 'html' || type === 'text/html' || (mode === 'escaped' && type !== 'text/plain');
  return { value, html, base: el.base };
}

function text(el: XmlElement, local: string, ns: readonly string[]): string | null {
  const child = childNamed(el, local, ns);
  if (!child) return null;
  const value = textOf(child).trim();
  return value || null;
}
