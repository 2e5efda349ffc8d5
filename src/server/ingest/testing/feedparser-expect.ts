/**
 * Translate the `Expect:` lines of feedparser's test corpus (Python expressions over feedparser's result) into
 * checks over our ParsedFeed. Only the common shapes are understood: clauses joined by `and`, each
 * `PATH == LITERAL` where PATH is `feed['key']`, `feed.key`, `entries[N]['key']`, `entries[N].key`,
 * `entries[N]['key']['subkey']` or `encoding`, and LITERAL a Python string (u'…', '…', "…", concatenated with
 * `+`), a tuple of integers, a number or None. Anything else is reported as untranslated, never guessed.
 */

export type Literal = string | number | null | number[];

export interface Clause {
  /** `feed` or `entries`; `encoding` for the top-level encoding. */
  scope: 'feed' | 'entries' | 'encoding';
  index: number;
  /** Keys after the scope, e.g. ['title'] or ['title_detail', 'value']. */
  keys: string[];
  expected: Literal;
}

export interface ParsedExpect {
  clauses: Clause[];
  /** Clauses we could not read (kept as source text for the report). */
  unreadable: string[];
  /** `bozo` (feedparser found it ill-formed) / `not bozo` / not said. */
  bozo: boolean | null;
}

/** Split a Python expression on top-level ` and ` (outside strings and brackets). */
export function splitAnd(expr: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && expr.startsWith(' and ', i)) {
      parts.push(expr.slice(start, i));
      start = i + 5;
      i += 4;
    }
  }
  parts.push(expr.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Parse one Python string literal at `pos`; returns the value and the index after it, or null. */
export function readPyString(src: string, pos: number): { value: string; end: number } | null {
  let i = pos;
  while (src[i] === 'u' || src[i] === 'U' || src[i] === 'b' || src[i] === 'r' || src[i] === 'R') i++;
  const raw = /r/i.test(src.slice(pos, i));
  const quote = src[i];
  if (quote !== "'" && quote !== '"') return null;
  i++;
  let out = '';
  while (i < src.length && src[i] !== quote) {
    const c = src[i]!;
    if (c !== '\\' || raw) {
      out += c;
      i++;
      continue;
    }
    const e = src[i + 1] ?? '';
    const simple: Record<string, string> = {
      n: '\n',
      t: '\t',
      r: '\r',
      '\\': '\\',
      "'": "'",
      '"': '"',
      a: '\x07',
      b: '\b',
      f: '\f',
      v: '\v',
      '0': '\0',
    };
    if (e === 'x' || e === 'u' || e === 'U') {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      out += String.fromCodePoint(parseInt(src.slice(i + 2, i + 2 + len), 16));
      i += 2 + len;
    } else if (/[0-7]/.test(e) && /[0-7]/.test(src[i + 2] ?? '')) {
      const m = /^[0-7]{1,3}/.exec(src.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(m, 8));
      i += 1 + m.length;
    } else if (e === '\n') {
      i += 2;
    } else if (simple[e] !== undefined) {
      out += simple[e];
      i += 2;
    } else {
      out += `\\${e}`;
      i += 2;
    }
  }
  if (src[i] !== quote) return null;
  return { value: out, end: i + 1 };
}

function readLiteral(src: string): Literal | undefined {
  const text = src.trim();
  if (text === 'None') return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const tuple = /^\(([-\d,\s]+)\)$/.exec(text);
  if (tuple)
    return tuple[1]!
      .split(',')
      .filter((s) => s.trim())
      .map((s) => Number(s.trim()));
  // One or more string literals joined by `+`.
  let pos = 0;
  let value = '';
  for (;;) {
    const str = readPyString(text, pos);
    if (!str) return undefined;
    value += str.value;
    pos = str.end;
    const rest = text.slice(pos);
    const plus = /^\s*\+\s*/.exec(rest);
    if (!plus) return rest.trim() === '' ? value : undefined;
    pos += plus[0].length;
  }
}

const PATH = /^(feed|entries\[(\d+)\]|encoding)((?:\[\s*u?['"][A-Za-z_:]+['"]\s*\]|\.[A-Za-z_]+|\[\d+\])*)$/;

function readPath(src: string): { scope: Clause['scope']; index: number; keys: string[] } | null {
  const m = PATH.exec(src.trim());
  if (!m) return null;
  const scope = m[1] === 'feed' ? 'feed' : m[1] === 'encoding' ? 'encoding' : 'entries';
  const keys: string[] = [];
  for (const k of (m[3] ?? '').matchAll(/\[\s*u?['"]([A-Za-z_:]+)['"]\s*\]|\.([A-Za-z_]+)|\[(\d+)\]/g)) {
    keys.push(k[1] ?? k[2] ?? k[3]!);
  }
  return { scope, index: m[2] ? Number(m[2]) : 0, keys };
}

/** Read an Expect expression into clauses we understand and ones we do not. */
export function parseExpect(expr: string): ParsedExpect {
  const result: ParsedExpect = { clauses: [], unreadable: [], bozo: null };
  if (/\bor\b/.test(expr.replace(/(['"]).*?\1/g, ''))) {
    result.unreadable.push(expr);
    return result;
  }
  for (let part of splitAnd(expr)) {
    while (part.startsWith('(') && part.endsWith(')')) part = part.slice(1, -1).trim();
    if (part === 'bozo' || part === 'not bozo') {
      result.bozo = part === 'bozo';
      continue;
    }
    // `a == b == 'x'` (Python chains comparisons): every path must equal the final literal.
    const sides = splitEq(part);
    if (sides.length < 2) {
      result.unreadable.push(part);
      continue;
    }
    const expected = readLiteral(sides[sides.length - 1]!);
    const paths = sides.slice(0, -1).map(readPath);
    if (expected === undefined || paths.some((p) => p === null)) {
      result.unreadable.push(part);
      continue;
    }
    for (const path of paths) result.clauses.push({ ...path!, expected });
  }
  return result;
}

function splitEq(src: string): string[] {
  const parts: string[] = [];
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < src.length - 1; i++) {
    const c = src[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '=' && src[i + 1] === '=') {
      parts.push(src.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  parts.push(src.slice(start));
  return parts.map((p) => p.trim());
}

/** The `Description:`, `Expect:` and `Header:` lines of a corpus file's opening comment. */
export function readCorpusHeader(text: string): { expect: string | null; headers: Record<string, string> } {
  const comment = /<!--([\s\S]*?)-->/.exec(text)?.[1] ?? '';
  const expect = /^\s*Expect:\s*(.*?)\s*$/m.exec(comment)?.[1] ?? null;
  const headers: Record<string, string> = {};
  for (const m of comment.matchAll(/^\s*Header:\s*([A-Za-z-]+):\s*(.*?)\s*$/gm)) {
    headers[m[1]!.toLowerCase()] = m[2]!;
  }
  return { expect, headers };
}
