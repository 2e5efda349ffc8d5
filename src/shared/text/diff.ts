/**
 * Word-level differences between two texts, for comparing versions of a story. Tokens are words (letters,
 * digits, combining marks and tatweel, so an Arabic word keeps its clitics and diacritics), single punctuation
 * marks and runs of white space; the diff is Myers' O(ND) algorithm on those tokens. Rendering the parts in
 * order reproduces both texts exactly: `equal` + `delete` parts give the old one, `equal` + `insert` the new.
 */

export interface DiffPart {
  kind: 'equal' | 'insert' | 'delete';
  text: string;
}

const TOKEN = /(?:[\p{L}\p{N}\p{M}\u0640_]|\u200c|\u200d)+|\s+|[^\p{L}\p{N}\p{M}\s]/gu;

/** The tokens of a text, in order; joined they give the text back. */
export function diffTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Beyond this many edits the texts are unrelated: show the whole old text deleted and the new inserted. */
const MAX_EDITS = 4_000;

/** The word-level difference from `before` to `after`. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = diffTokens(before);
  const b = diffTokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  push('equal', a.slice(0, start).join(''));
  for (const [kind, token] of middle(a.slice(start, endA), b.slice(start, endB))) push(kind, token);
  push('equal', a.slice(endA).join(''));
  return parts;
}

/** Myers' greedy forward algorithm with a trace, then a walk back to the edit script. */
function middle(a: string[], b: string[]): Array<[DiffPart['kind'], string]> {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((token) => ['insert', token]);
  if (m === 0) return a.map((token) => ['delete', token]);
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0)
    return [
      ...a.map((t): [DiffPart['kind'], string] => ['delete', t]),
      ...b.map((t): [DiffPart['kind'], string] => ['insert', t]),
    ];
  const script: Array<[DiffPart['kind'], string]> = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const previous = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && previous[offset + k - 1]! < previous[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = previous[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      script.push(['equal', a[--x]!]);
      y--;
    }
    if (down) script.push(['insert', b[--y]!]);
    else script.push(['delete', a[--x]!]);
  }
  while (x > 0 && y > 0) {
    script.push(['equal', a[--x]!]);
    y--;
  }
  return script.toReversed();
}
