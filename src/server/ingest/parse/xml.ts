import { VOID_ELEMENTS } from '#shared/html-policy.ts';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { FeedError } from '../wire-item.ts';

/**
 * A small, strict XML reader on top of saxes: well-formedness errors are fatal (`feed.malformed`), and a DOCTYPE
 * with an internal subset (where entity declarations live: billion laughs, XXE, parameter entities) is refused
 * with `feed.doctype_refused` before a single entity could be expanded. saxes itself never reads DTDs and never
 * expands anything but the five predefined entities and character references, so even a missed declaration could
 * not be expanded; the refusal makes the rejection explicit and early.
 *
 * Tolerated, on purpose (they are common in real feeds and harmless):
 * - a DOCTYPE without internal subset (`<!DOCTYPE rss PUBLIC "-//Netscape…" "…dtd">`): the DTD is never fetched;
 * - references to undeclared named entities (`&nbsp;`, `&minus;`, from RSS 0.91's DTD habit): strict XML says
 *   "not well-formed"; we keep them verbatim as text (`&nbsp;`) so that the HTML layer (htmlToText, the
 *   sanitiser) decodes them with the HTML5 table. Nothing is expanded at the XML level;
 * - undeclared namespace prefixes (`<media:content>` without `xmlns:media`): well-known prefixes get their usual
 *   namespace, others a `urn:x-undeclared:` one, so the element is kept and simply not understood.
 */

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export interface XmlAttribute {
  ns: string;
  local: string;
  value: string;
}

export interface XmlElement {
  ns: string;
  local: string;
  attrs: XmlAttribute[];
  children: XmlNode[];
  /** The effective xml:base (absolute URL) in force for this element's content, or null. */
  base: string | null;
  /** The effective xml:lang, or null. */
  lang: string | null;
}

export type XmlNode = XmlElement | string;

const MAX_DEPTH = 200;

const WELL_KNOWN_PREFIXES: Record<string, string> = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  media: 'http://search.yahoo.com/mrss/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xhtml: 'http://www.w3.org/1999/xhtml',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
};

/** Refuse a DOCTYPE that carries an internal subset or entity declarations; tolerate a bare one. */
export function assertNoDangerousDoctype(text: string): void {
  const decl = findDoctype(text);
  if (decl === null) return;
  // Anything but a bare DOCTYPE (an internal subset, or a stray <!ENTITY …> in the prolog) is refused.
  if (!/^<!DOCTYPE\s/i.test(decl) || hasInternalSubset(decl)) {
    throw new FeedError(
      'feed.doctype_refused',
      'The document declares a DOCTYPE with an internal subset or entity declarations; such documents are refused ' +
        'before parsing (entity expansion and external entities are attack vectors).',
    );
  }
}

function hasInternalSubset(decl: string): boolean {
  // Walk the declaration honouring quoted public/system ids: a '[' outside quotes opens an internal subset.
  let quote: string | null = null;
  for (let i = 0; i < decl.length; i++) {
    const c = decl[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') return true;
    else if (c === '>') return false;
  }
  return true; // unterminated: refuse rather than guess
}

/**
 * The text from a prolog `<!DOCTYPE` (or any other `<!` declaration) to the end of the document, or null when
 * the prolog has none. Only the prolog is scanned — comments and processing instructions are skipped, so a
 * comment that merely mentions "<!DOCTYPE" is not a declaration — and the scan stops at the root element.
 */
function findDoctype(text: string): string | null {
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) return null; // unterminated comment: saxes reports it as malformed
      i = end + 3;
    } else if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end === -1) return null;
      i = end + 2;
    } else if (text.startsWith('<!', i)) {
      return text.slice(i);
    } else if (text[i] === '<') {
      return null; // the root element: the prolog is over
    } else {
      i++;
    }
  }
  return null;
}

/**
 * Called as each element closes, with its open ancestors (the root first). Returning true takes the element out
 * of the tree: the caller has read what it wanted from it.
 */
export type OnElementClose = (element: XmlElement, ancestors: readonly XmlElement[]) => boolean;

/**
 * Parse a whole XML document into a light element tree; throws FeedError on anything not well-formed. With
 * `onClose`, elements can be read as they close and left out of the tree (a feed's items: see parse/index.ts).
 */
export function parseXml(text: string, baseUrl: string | null, onClose?: OnElementClose): XmlElement {
  assertNoDangerousDoctype(text);
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let fatal: Error | null = null;

  parser.on('doctype', (doctype) => {
    if (doctype.includes('[') || /<!ENTITY/i.test(doctype)) {
      fatal = new FeedError(
        'feed.doctype_refused',
        'The document declares a DOCTYPE with an internal subset.',
      );
      throw fatal;
    }
  });
  parser.on('error', (err) => {
    const message = err.message;
    if (/undefined entity|unbound namespace prefix/.test(message)) return;
    fatal = new FeedError('feed.malformed', `Not well-formed XML: ${message}`);
    throw fatal;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= MAX_DEPTH) {
      fatal = new FeedError('feed.malformed', `XML nested deeper than ${MAX_DEPTH} elements.`);
      throw fatal;
    }
    const parent = stack[stack.length - 1];
    const attrs: XmlAttribute[] = [];
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      const ns = a.prefix === 'xml' ? XML_NS : a.uri || (a.prefix ? namespaceFor(a.prefix) : '');
      attrs.push({ ns, local: a.local, value: a.value });
    }
    const parentBase = parent ? parent.base : baseUrl;
    const xmlBase = attrs.find((a) => a.ns === XML_NS && a.local === 'base')?.value;
    const xmlLang = attrs.find((a) => a.ns === XML_NS && a.local === 'lang')?.value;
    const element: XmlElement = {
      ns: tag.uri || (tag.prefix ? namespaceFor(tag.prefix) : ''),
      local: tag.local,
      attrs,
      children: [],
      base: xmlBase !== undefined ? resolveBase(xmlBase, parentBase) : parentBase,
      lang: xmlLang !== undefined ? xmlLang.trim() || null : (parent?.lang ?? null),
    };
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  // What the caller's onClose throws is its own failure (a bug in a reader), not a sign of malformed XML.
  let closeFailure: { error: unknown } | null = null;
  parser.on('closetag', () => {
    const element = stack.pop()!;
    let taken: boolean | undefined;
    try {
      taken = onClose?.(element, stack);
    } catch (error) {
      closeFailure = { error };
      throw error;
    }
    // A closing element is its parent's last child: nothing has been added to the parent since it opened.
    if (taken) stack[stack.length - 1]?.children.pop();
  });
  const onText = (data: string): void => {
    const parent = stack[stack.length - 1];
    if (!parent) return; // whitespace outside the root; anything else is a saxes error already
    const last = parent.children[parent.children.length - 1];
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + data;
    else parent.children.push(data);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  try {
    parser.write(text).close();
  } catch (err) {
    if (closeFailure) throw (closeFailure as { error: unknown }).error;
    if (err instanceof FeedError) throw err;
    if (fatal) throw fatal;
    throw new FeedError('feed.malformed', `Not well-formed XML: ${(err as Error).message}`);
  }
  if (!root) throw new FeedError('feed.malformed', 'The document has no root element.');
  return root;
}

function namespaceFor(prefix: string): string {
  return WELL_KNOWN_PREFIXES[prefix] ?? `urn:x-undeclared:${prefix}`;
}

function resolveBase(value: string, parentBase: string | null): string | null {
  try {
    return new URL(value.trim(), parentBase ?? undefined).href;
  } catch {
    // A relative xml:base with nothing to resolve against cannot become absolute: keep the parent's.
    return parentBase;
  }
}

/** Child elements of `el` in namespace set `ns` (any namespace when omitted) with local name `local`. */
export function childrenNamed(el: XmlElement, local: string, ns?: readonly string[]): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of el.children) {
    if (typeof child !== 'string' && child.local === local && (!ns || ns.includes(child.ns))) out.push(child);
  }
  return out;
}

/** The first child element named `local` in namespace set `ns`, or null. */
export function childNamed(el: XmlElement, local: string, ns?: readonly string[]): XmlElement | null {
  for (const child of el.children) {
    if (typeof child !== 'string' && child.local === local && (!ns || ns.includes(child.ns))) return child;
  }
  return null;
}

/** An attribute value by local name (no namespace unless given), or null. */
export function attr(el: XmlElement, local: string, ns = ''): string | null {
  for (const a of el.attrs) if (a.local === local && a.ns === ns) return a.value;
  return null;
}

/** The concatenated text of an element and its descendants. */
export function textOf(el: XmlElement): string {
  let out = '';
  for (const child of el.children) out += typeof child === 'string' ? child : textOf(child);
  return out;
}

/** Serialise an element's children as HTML (for Atom `type="xhtml"` and inline XHTML bodies). */
export function innerHtml(el: XmlElement): string {
  let out = '';
  for (const child of el.children) {
    if (typeof child === 'string') {
      out += escapeText(child);
      continue;
    }
    out += `<${child.local}`;
    for (const a of child.attrs) {
      const name = a.ns === XML_NS ? (a.local === 'lang' ? 'lang' : `xml:${a.local}`) : a.local;
      out += ` ${name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    }
    out += VOID_ELEMENTS.has(child.local) ? '>' : `>${innerHtml(child)}</${child.local}>`;
  }
  return out;
}

function escapeText(text: string): string {
  // `&name;` left verbatim by the tolerant entity rule above stays a reference for the HTML parser.
  return text
    .replace(/&(?![A-Za-z][A-Za-z0-9]{1,31};)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
