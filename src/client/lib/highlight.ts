/**
 * Search terms highlighted in queue headlines, exactly as the server matched them: each word of the headline
 * goes through the shared normaliser, tokeniser and light stemmer (the same functions that fill the search
 * index), and a word is marked when its stems meet a clause of the parsed query (a term, a phrase in order, a
 * prefix). So "للطاقة" is marked for الطاقة, "وبكازاخستان" for كازاخستان, and nothing the server did not match.
 * A clause that names a country or organisation also matched the items tagged with it
 * (#shared/tagging/search-names.ts): there the words the tagger read as it are marked too, so "قيرغيزستان"
 * marks قرغيزستان and بيشكيك, and "NATO" marks الناتو.
 * Whole words only, never part of one: a mark inside an Arabic word would cut its letters' joining.
 */
import { nameSpans, parseSearch } from '#shared/tagging/search-names.ts';
import { normalizeArabic, tokenizeNormalized, type SearchQuery } from '#shared/text/index.ts';
import { stemToken } from '#shared/text/search.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/** The parsed query, or null when there is nothing to highlight. */
export function highlightQuery(q: string | undefined): SearchQuery | null {
  if (!q?.trim()) return null;
  const query = parseSearch(q);
  return query.clauses.length ? query : null;
}

// Punctuation at the edges of a word stays outside the mark ("«الغاز»" marks الغاز).
const EDGE = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

/** The text cut into plain and marked runs; joined again they give back the text unchanged. */
export function highlightSegments(text: string, query: SearchQuery | null): Segment[] {
  if (!query || !text) return [{ text, mark: false }];
  const parts = text.split(/(\s+)/);
  const tokens: Array<{ part: number; token: string; stem: string }> = [];
  parts.forEach((part, index) => {
    if (index % 2 === 1 || !part) return;
    for (const token of tokenizeNormalized(normalizeArabic(part)))
      tokens.push({ part: index, token, stem: stemToken(token) });
  });
  const marked = new Set<number>();
  for (const clause of query.clauses) {
    if (clause.named) {
      const names = nameSpans(
        tokens.map((entry) => entry.token),
        clause.named,
      );
      for (const { start, length } of names)
        for (let k = start; k < start + length; k++) marked.add(tokens[k]!.part);
    }
    const n = clause.terms.length;
    for (let start = 0; start + n <= tokens.length; start++) {
      let match = true;
      for (let k = 0; k < n && match; k++) {
        const stem = tokens[start + k]!.stem;
        const term = clause.terms[k]!;
        match = clause.prefix && k === n - 1 ? stem.startsWith(term) : stem === term;
      }
      if (match) for (let k = 0; k < n; k++) marked.add(tokens[start + k]!.part);
    }
  }
  if (marked.size === 0) return [{ text, mark: false }];
  const out: Segment[] = [];
  const push = (segment: Segment) => {
    if (!segment.text) return;
    const last = out.at(-1);
    if (last && last.mark === segment.mark && !segment.mark) last.text += segment.text;
    else out.push(segment);
  };
  parts.forEach((part, index) => {
    if (!marked.has(index)) return push({ text: part, mark: false });
    const [, before = '', core = '', after = ''] = EDGE.exec(part) ?? [];
    push({ text: before, mark: false });
    push({ text: core, mark: true });
    push({ text: after, mark: false });
  });
  return out;
}
