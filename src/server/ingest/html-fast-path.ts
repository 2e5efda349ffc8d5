/**
 * A strict fast path for the common case of wire HTML: markup that is PROVABLY inside a small safe subset is
 * serialised (sanitiser) or reduced to text (htmlToText) by one linear scan, without jsdom. Anything else —
 * any tag, attribute, reference, character or nesting outside the subset — makes the scan give up (`null`),
 * and the caller sends the input through DOMPurify on jsdom, which stays the sanitiser of record.
 *
 * The subset is chosen so that the HTML5 tree-construction algorithm builds exactly the tree the markup spells:
 * - Elements (sanitiser): p, h2–h4 (containing phrasing only), blockquote, figure, figcaption, ul/ol (containing
 *   li and whitespace only), li (only as a child of ul/ol), hr, tables in their explicit form (table >
 *   thead/tbody/tfoot > tr > td/th, HTML white space only between them), and the phrasing elements b, i,
 *   strong, em, span, bdi, a (never inside another a), br, img. Blocks are allowed only where flow content is
 *   (the top, blockquote, figure, figcaption, li, td, th). No start tag in the subset can then trigger one of
 *   the parser's implied actions: a `p` is never open when a block starts (p/h2–h4 hold phrasing only, so
 *   nothing that closes a p can occur inside one), a heading is never the current node when another heading
 *   starts, `li` always starts with ul/ol (a "special" element) as the current node, so the li-closing walk
 *   stops at once, a table never meets text it would foster-parent nor a row without its section, and every
 *   formatting element (b, i, strong, em, a) is closed as the current node, where the adoption agency
 *   algorithm simply pops it (no formatting element is open when a table or a cell starts, so reconstruction
 *   has nothing to do).
 * - Every non-void element is closed by its own end tag, in order (well-nested); void `br` may be `<br/>`.
 *   End tags carry no attributes. Depth is at most MAX_DEPTH.
 * - Attributes (sanitiser), each at most once, quoted or not: `dir` (rtl, ltr, auto) and `lang` (a plain BCP 47
 *   tag) anywhere; on a, `href` and `title`; on img, `src`, `alt`, `title`, `width`, `height` (digits); on td/th,
 *   `colspan`, `rowspan` (digits) and `scope`. Values are ones DOMPurify keeps unchanged: text values without
 *   surrounding space or `<`/`>`; URLs without any space, passing ALLOWED_URI_REGEXP and then `allowedUrl`
 *   (links http(s)/mailto/tel, images http(s), relative ones resolved against the base URL) exactly as the URL
 *   step of sanitize.ts does, which also gives every kept link `target` and `rel` (LINK_ATTRIBUTES) after its
 *   own attributes. `class`, `style`, `id`, `target` and `rel`, which DOMPurify removes whatever their value,
 *   are dropped; any other attribute gives up. References in values are decoded as in text, except that
 *   `&name=` stays literal as the parser leaves it in attributes.
 * - Text: no controls but tab and newline (CR and CRLF are normalised to LF first, as the HTML input stream
 *   does), no noncharacters, no lone surrogates; `&` either starts one of a few named references written with
 *   their semicolon (amp, lt, gt, quot, apos, nbsp and common punctuation) or a numeric reference to an
 *   ordinary character, or is followed by something that cannot start a reference (then it is a literal `&`).
 *   Named references without a semicolon (`&amp`, `&copy`, `&notit;` = ¬it;) are left to the real parser.
 * - Comments, `<!…>`, `<?…>`, stray `<`, unknown or upper-cased-but-unknown names: give up.
 *
 * The output is what jsdom's serialiser writes for that tree (text: & < > and U+00A0 escaped; attributes in
 * source order with double quotes, & " < > and U+00A0 escaped), so the differential test
 * (html-fast-path.test.ts) compares strings, with and without a base URL.
 */

import {
  ALLOWED_URI_REGEXP,
  allowedUrl,
  BLOCK_ELEMENTS,
  LINK_ATTRIBUTES,
  LINK_SCHEMES,
  RESOURCE_SCHEMES,
} from '#shared/html-policy.ts';

const MAX_DEPTH = 100;

// Content categories of the subset.
const FLOW = 1; // top level, blockquote, li, figure, figcaption, td, th: text, phrasing and blocks
const LIST = 2; // ul, ol: li and whitespace only
const PHRASING = 3; // p, h2–h4, b, i, strong, em, span, bdi, a: text and phrasing only
const TABLE = 4; // table: thead, tbody, tfoot and HTML white space only
const SECTION = 5; // thead, tbody, tfoot: tr and HTML white space only
const ROW = 6; // tr: td, th and HTML white space only

/** Contexts where the parser takes only white space as text (elsewhere in a table it would foster-parent it). */
const WHITESPACE_ONLY: ReadonlySet<number> = new Set([LIST, TABLE, SECTION, ROW]);

interface ElementRule {
  /** Where the element may start: the content category of its parent. */
  allowedIn: readonly number[];
  /** The content category of the element itself (0 for void elements). */
  content: number;
}

const flowBlock = (content: number): ElementRule => ({ allowedIn: [FLOW], content });
const phrasing: ElementRule = { allowedIn: [FLOW, PHRASING], content: PHRASING };
const phrasingVoid: ElementRule = { allowedIn: [FLOW, PHRASING], content: 0 };

/**
 * Tables are taken only in their explicit form: table > thead/tbody/tfoot > tr > td/th, nothing but white space
 * between the rows and cells (a `tr` straight in `table` gets an implied tbody, text there is foster-parented),
 * no caption or colgroup.
 */
const SANITIZE_ELEMENTS: ReadonlyMap<string, ElementRule> = new Map([
  ['p', flowBlock(PHRASING)],
  ['h2', flowBlock(PHRASING)],
  ['h3', flowBlock(PHRASING)],
  ['h4', flowBlock(PHRASING)],
  ['blockquote', flowBlock(FLOW)],
  ['figure', flowBlock(FLOW)],
  ['figcaption', flowBlock(FLOW)],
  ['ul', flowBlock(LIST)],
  ['ol', flowBlock(LIST)],
  ['li', { allowedIn: [LIST], content: FLOW }],
  ['table', flowBlock(TABLE)],
  ['thead', { allowedIn: [TABLE], content: SECTION }],
  ['tbody', { allowedIn: [TABLE], content: SECTION }],
  ['tfoot', { allowedIn: [TABLE], content: SECTION }],
  ['tr', { allowedIn: [SECTION], content: ROW }],
  ['td', { allowedIn: [ROW], content: FLOW }],
  ['th', { allowedIn: [ROW], content: FLOW }],
  ['b', phrasing],
  ['i', phrasing],
  ['strong', phrasing],
  ['em', phrasing],
  ['span', phrasing],
  ['bdi', phrasing],
  ['a', phrasing],
  ['br', phrasingVoid],
  ['img', phrasingVoid],
  ['hr', { allowedIn: [FLOW], content: 0 }],
]);

/**
 * For text extraction the attributes do not matter (only that the tag is read correctly), so the subset is
 * wider: more phrasing elements, h1–h6, div-like containers, wbr. The same structural rules hold: none of
 * these can trigger an implied end tag, foster parenting or reordering.
 */
const TEXT_ELEMENTS: ReadonlyMap<string, ElementRule> = new Map<string, ElementRule>([
  ...SANITIZE_ELEMENTS,
  ...['h1', 'h5', 'h6'].map((name): [string, ElementRule] => [name, flowBlock(PHRASING)]),
  ...['div', 'section', 'article'].map((name): [string, ElementRule] => [name, flowBlock(FLOW)]),
  ...[
    'u',
    's',
    'small',
    'sub',
    'sup',
    'mark',
    'abbr',
    'cite',
    'q',
    'time',
    'code',
    'bdo',
    'dfn',
    'var',
    'kbd',
    'samp',
  ].map((name): [string, ElementRule] => [name, phrasing]),
  ['wbr', phrasingVoid],
]);

/**
 * The attributes the sanitiser's subset reads, by name: how the value must look to be kept unchanged by
 * DOMPurify (and, for URLs, by the URL step of sanitize.ts), and on which elements. Anything else gives up,
 * except DROPPED names, which DOMPurify removes from every element whatever their value.
 */
type AttributeKind = 'dir' | 'lang' | 'link' | 'resource' | 'text' | 'digits' | 'scope';
const ATTRIBUTES: ReadonlyMap<string, { kind: AttributeKind; on: ReadonlySet<string> | null }> = new Map([
  ['dir', { kind: 'dir', on: null }],
  ['lang', { kind: 'lang', on: null }],
  ['href', { kind: 'link', on: new Set(['a']) }],
  ['src', { kind: 'resource', on: new Set(['img']) }],
  ['alt', { kind: 'text', on: new Set(['img']) }],
  ['title', { kind: 'text', on: new Set(['a', 'img']) }],
  ['width', { kind: 'digits', on: new Set(['img']) }],
  ['height', { kind: 'digits', on: new Set(['img']) }],
  ['colspan', { kind: 'digits', on: new Set(['td', 'th']) }],
  ['rowspan', { kind: 'digits', on: new Set(['td', 'th']) }],
  ['scope', { kind: 'scope', on: new Set(['td', 'th']) }],
] as Array<[string, { kind: AttributeKind; on: ReadonlySet<string> | null }]>);
const DROPPED: ReadonlySet<string> = new Set(['class', 'style', 'id', 'target', 'rel']);

// The blocks htmlToText pads with spaces: the shared block elements among the names above.
const TEXT_BLOCKS: ReadonlySet<string> = new Set(
  [...TEXT_ELEMENTS.keys()].filter((name) => BLOCK_ELEMENTS.has(name)),
);

/** Named references taken without the real parser: all are semicolon-terminated entries of the HTML5 table. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '\u2026',
  mdash: '\u2014',
  ndash: '\u2013',
  laquo: '\u00ab',
  raquo: '\u00bb',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bull: '\u2022',
  middot: '\u00b7',
  copy: '\u00a9',
  reg: '\u00ae',
  deg: '\u00b0',
  times: '\u00d7',
  minus: '\u2212',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
};

// Characters the subset refuses anywhere: controls other than tab/LF (CR is normalised before the check),
// noncharacters, and lone surrogates. The parser keeps most of them with a parse error, drops U+0000 in body
// text, and remaps C1 references; refusing them keeps every accepted text a plain copy.
// oxlint-disable-next-line no-control-regex
const REFUSED_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]/;
// Lone surrogates are looked for only in text that holds a surrogate at all (an emoji, a rare CJK character):
// Arabic and Latin wire copy has none, and the lookarounds cost more than the rest of the check (one regex with
// all three alternatives was about a twentieth of reading the agency feed).
const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function hasRefusedChars(html: string): boolean {
  return REFUSED_CHARS.test(html) || (SURROGATE.test(html) && LONE_SURROGATE.test(html));
}

const DIR_VALUES = new Set(['rtl', 'ltr', 'auto']);
const LANG_VALUE = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;
const TAG_NAME = /[a-zA-Z][a-zA-Z0-9]*/y;
const ATTR_NAME_SANITIZE = /[a-zA-Z]+/y;
const ATTR_NAME_TEXT = /[a-zA-Z_:][-a-zA-Z0-9_:.]*/y;
const UNQUOTED_VALUE = /[^\t\n\f >"'=<`]+/y;
const NAMED_REF = /[a-zA-Z][a-zA-Z0-9]{0,31};/y;
const NUMERIC_REF = /#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));/y;
const WHITESPACE = /[\t\n\f ]*/y;

const enum Mode {
  Sanitize,
  Text,
}

/**
 * The sanitised serialisation of `html` if it lies inside the safe subset (see module comment), else null.
 * The result is exactly DOMPurify's `body.innerHTML` under our profile, before the final trim and size cap.
 */
export function fastSanitizeHtml(html: string, baseUrl: string | null = null): string | null {
  return scan(html, Mode.Sanitize, baseUrl);
}

/**
 * The text of `html` with a space around every block, if it lies inside the (wider) text subset, else null:
 * exactly what htmlToText's DOM walk collects before whitespace is collapsed.
 */
export function fastHtmlText(html: string): string | null {
  return scan(html, Mode.Text, null);
}

function scan(source: string, mode: Mode, baseUrl: string | null): string | null {
  const html = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  if (hasRefusedChars(html)) return null;
  const elements = mode === Mode.Sanitize ? SANITIZE_ELEMENTS : TEXT_ELEMENTS;
  const out: string[] = [];
  const stack: string[] = [];
  const contexts: number[] = [FLOW];
  let insideLink = false;
  const n = html.length;
  let i = 0;
  while (i < n) {
    // Text up to the next markup character.
    let j = i;
    while (j < n) {
      const c = html.charCodeAt(j);
      if (c === 0x3c /* < */ || c === 0x26 /* & */) break;
      j++;
    }
    if (j > i) {
      const text = html.slice(i, j);
      const context = contexts[contexts.length - 1]!;
      if (context === LIST && /\S/.test(text.replace(/\u00a0/g, 'x'))) return null;
      if (WHITESPACE_ONLY.has(context) && /[^\t\n\f ]/.test(text)) return null;
      out.push(mode === Mode.Sanitize ? escapeText(text) : text);
      i = j;
      if (i >= n) break;
    }
    const c = html.charCodeAt(i);
    if (c === 0x26) {
      const decoded = reference(html, i);
      if (decoded === null) return null;
      if (WHITESPACE_ONLY.has(contexts[contexts.length - 1]!)) return null;
      out.push(mode === Mode.Sanitize ? escapeText(decoded.text) : decoded.text);
      i = decoded.end;
      continue;
    }
    // c === '<'
    const next = html.charCodeAt(i + 1);
    if (next === 0x2f /* / */) {
      TAG_NAME.lastIndex = i + 2;
      const m = TAG_NAME.exec(html);
      if (!m) return null;
      const name = m[0].toLowerCase();
      WHITESPACE.lastIndex = TAG_NAME.lastIndex;
      WHITESPACE.exec(html);
      if (html.charCodeAt(WHITESPACE.lastIndex) !== 0x3e /* > */) return null;
      if (stack.length === 0 || stack[stack.length - 1] !== name) return null;
      stack.pop();
      contexts.pop();
      if (name === 'a') insideLink = false;
      if (mode === Mode.Sanitize) out.push(`</${name}>`);
      else if (TEXT_BLOCKS.has(name)) out.push(' ');
      i = WHITESPACE.lastIndex + 1;
      continue;
    }
    TAG_NAME.lastIndex = i + 1;
    const m = TAG_NAME.exec(html);
    if (!m) return null;
    const name = m[0].toLowerCase();
    const rule = elements.get(name);
    if (!rule || !rule.allowedIn.includes(contexts[contexts.length - 1]!)) return null;
    if (name === 'a') {
      if (insideLink) return null;
      insideLink = true;
    }
    const tag = attributes(html, TAG_NAME.lastIndex, mode, name, baseUrl);
    if (tag === null) return null;
    const isVoid = rule.content === 0;
    if (tag.selfClosing && !isVoid) return null;
    if (mode === Mode.Sanitize) out.push(`<${name}${tag.serialised}>`);
    else if (TEXT_BLOCKS.has(name)) out.push(isVoid ? '  ' : ' ');
    if (!isVoid) {
      if (stack.length >= MAX_DEPTH) return null;
      stack.push(name);
      contexts.push(rule.content);
    }
    i = tag.end;
  }
  if (stack.length > 0) return null;
  return out.join('');
}

/** Reads the attributes of a start tag from `from` (just after the name) to its `>`. */
function attributes(
  html: string,
  from: number,
  mode: Mode,
  element: string,
  baseUrl: string | null,
): { serialised: string; selfClosing: boolean; end: number } | null {
  let i = from;
  let serialised = '';
  let linked = false;
  const seen: string[] = [];
  for (;;) {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(html);
    const spaced = WHITESPACE.lastIndex > i;
    i = WHITESPACE.lastIndex;
    const c = html.charCodeAt(i);
    if (c === 0x3e /* > */) return startTag(serialised, linked, false, i + 1);
    if (c === 0x2f /* / */) {
      return html.charCodeAt(i + 1) === 0x3e ? startTag(serialised, linked, true, i + 2) : null;
    }
    // Attributes must be separated by whitespace (the parser tolerates `a="x"b="y"`; we do not bother).
    if (!spaced) return null;
    const namePattern = mode === Mode.Sanitize ? ATTR_NAME_SANITIZE : ATTR_NAME_TEXT;
    namePattern.lastIndex = i;
    const m = namePattern.exec(html);
    if (!m) return null;
    const name = m[0].toLowerCase();
    i = namePattern.lastIndex;
    // The name must end where the parser's attribute-name state ends.
    const after = html.charCodeAt(i);
    if (!(after === 0x3d || after === 0x3e || after === 0x2f || isSpace(after))) return null;
    if (seen.includes(name)) return null;
    seen.push(name);
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(html);
    let value = '';
    if (html.charCodeAt(WHITESPACE.lastIndex) === 0x3d /* = */) {
      WHITESPACE.lastIndex++;
      WHITESPACE.exec(html);
      i = WHITESPACE.lastIndex;
      const quote = html.charCodeAt(i);
      if (quote === 0x22 || quote === 0x27) {
        const close = html.indexOf(quote === 0x22 ? '"' : "'", i + 1);
        if (close < 0) return null;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        UNQUOTED_VALUE.lastIndex = i;
        const v = UNQUOTED_VALUE.exec(html);
        if (!v) return null;
        value = v[0];
        i = UNQUOTED_VALUE.lastIndex;
      }
    }
    // A name without a value: the parser gives it "", which no kind below accepts except text.
    if (mode === Mode.Text || DROPPED.has(name)) continue;
    const rule = ATTRIBUTES.get(name);
    if (!rule || (rule.on !== null && !rule.on.has(element))) return null;
    const kept = keptValue(rule.kind, value, baseUrl);
    if (kept === null) return null;
    if (rule.kind === 'link') linked = true;
    serialised += ` ${name}="${escapeAttribute(kept)}"`;
  }
}

/**
 * A start tag read to its end. The URL step of sanitize.ts gives every link that keeps its href these two, after
 * its own attributes. (A function of the module, not a closure per tag: one tag after another, in every body.)
 */
function startTag(serialised: string, linked: boolean, selfClosing: boolean, end: number) {
  return {
    serialised: linked
      ? `${serialised} target="${LINK_ATTRIBUTES.target}" rel="${LINK_ATTRIBUTES.rel}"`
      : serialised,
    selfClosing,
    end,
  };
}

const DIGITS = /^[0-9]{1,6}$/;
const SCOPES = new Set(['row', 'col', 'rowgroup', 'colgroup']);
// What DOMPurify strips before testing a value against ALLOWED_URI_REGEXP, and what String#trim removes: a URL
// holding any of these is left to the full path rather than reasoned about.
// oxlint-disable-next-line no-control-regex
const URL_SPACE = /[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\s]/;

/**
 * The value DOMPurify and the URL step keep for an attribute of this kind, given its source text; null when
 * they would change or drop it (or when telling would need the full path): then the scan gives up.
 */
function keptValue(kind: AttributeKind, raw: string, baseUrl: string | null): string | null {
  // dir, lang, digits and scope values are plain words: no references to decode.
  if (kind === 'dir') return DIR_VALUES.has(raw) ? raw : null;
  if (kind === 'lang') return LANG_VALUE.test(raw) ? raw : null;
  if (kind === 'digits') return DIGITS.test(raw) ? raw : null;
  if (kind === 'scope') return SCOPES.has(raw) ? raw : null;
  const value = attributeText(raw);
  if (value === null) return null;
  if (kind === 'text') {
    // DOMPurify trims values and drops one that could close a tag or a comment (`/>`, `]>`, `</style`…).
    return /^\s|\s$|[<>]/.test(value) ? null : value;
  }
  if (URL_SPACE.test(value) || !ALLOWED_URI_REGEXP.test(value)) return null;
  return allowedUrl(value, kind === 'link' ? LINK_SCHEMES : RESOURCE_SCHEMES, baseUrl);
}

/**
 * An attribute value with its character references decoded, or null when that needs the real parser. In an
 * attribute, `&name=` is never a reference (a legacy name without `;` followed by `=` or an alphanumeric is
 * left as written, and any longer run is not a name at all), which keeps raw `&` in query strings on the path.
 */
function attributeText(raw: string): string | null {
  if (!raw.includes('&')) return raw;
  let out = '';
  let i = 0;
  for (;;) {
    const amp = raw.indexOf('&', i);
    if (amp < 0) return out + raw.slice(i);
    out += raw.slice(i, amp);
    ALNUM_RUN.lastIndex = amp + 1;
    if (ALNUM_RUN.exec(raw) && raw.charCodeAt(ALNUM_RUN.lastIndex) === 0x3d /* = */) {
      out += '&';
      i = amp + 1;
      continue;
    }
    const decoded = reference(raw, amp);
    if (decoded === null) return null;
    out += decoded.text;
    i = decoded.end;
  }
}
const ALNUM_RUN = /[a-zA-Z0-9]+/y;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c;
}

/** A character reference at `at` (which holds `&`): its text and where it ends, or null to give up. */
function reference(html: string, at: number): { text: string; end: number } | null {
  const c = html.charCodeAt(at + 1);
  const alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (!alnum && c !== 0x23 /* # */) return { text: '&', end: at + 1 };
  if (c === 0x23) {
    NUMERIC_REF.lastIndex = at + 1;
    const m = NUMERIC_REF.exec(html);
    if (!m) return null;
    const code = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2]!, 16);
    if (!ordinaryCodePoint(code)) return null;
    return { text: String.fromCodePoint(code), end: NUMERIC_REF.lastIndex };
  }
  NAMED_REF.lastIndex = at + 1;
  const m = NAMED_REF.exec(html);
  if (!m) return null;
  const text = NAMED[m[0].slice(0, -1)];
  return text === undefined ? null : { text, end: NAMED_REF.lastIndex };
}

/** Code points a numeric reference yields unchanged and without a parse error (no controls, no remapping). */
function ordinaryCodePoint(code: number): boolean {
  if (code === 0x09 || code === 0x0a) return true;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (code >= 0xfdd0 && code <= 0xfdef) return false;
  if ((code & 0xfffe) === 0xfffe) return false;
  return code <= 0x10ffff;
}

/** Attribute value escaping exactly as the HTML serialiser does it. */
function escapeAttribute(value: string): string {
  if (!/[&"<>\u00a0]/.test(value)) return value;
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Text escaping exactly as the HTML serialiser does it. */
function escapeText(text: string): string {
  if (!/[&<>\u00a0]/.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
