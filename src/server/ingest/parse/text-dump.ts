import { emptyEntry, type RawEntry, type RawFeed } from './raw.ts';

/**
 * The newsroom's plain-text dump: a block of headline lines, each starting with "- ", then (optionally) one
 * article: a title line, paragraph lines, and a short last line naming the source ("تاس", "رويترز"). WireItem has
 * no source field, so the source line becomes the article's `author` (the storage's `source` is the feed's
 * identity, not the agency a scrape credits). Headline-only items have no author: the source line belongs to the
 * article it ends.
 *
 * Detection is deliberately narrow so that ordinary text is not taken for a dump: the document must START with
 * "- " lines (at least two of them when there is no article), no later line may start with "- ", there must be
 * no control characters or markup/markdown starts, and the article, when present, needs a title and at least one
 * paragraph.
 */

interface DumpShape {
  headlines: string[];
  title: string | null;
  paragraphs: string[];
  source: string | null;
}

const HEADLINE = /^-\s+(\S.*)$/;

/** Does this text have the shape of the plain-text dump format? */
export function looksLikeTextDump(text: string): boolean {
  return shapeOf(text) !== null;
}

/** Plain-text dump → RawFeed (call looksLikeTextDump first; returns an empty feed when it does not fit). */
export function parseTextDump(text: string): RawFeed {
  const shape = shapeOf(text);
  const entries: RawEntry[] = [];
  for (const headline of shape?.headlines ?? []) {
    const entry = emptyEntry();
    entry.title = { value: headline, html: false, base: null };
    entries.push(entry);
  }
  if (shape?.title) {
    const entry = emptyEntry();
    entry.title = { value: shape.title, html: false, base: null };
    entry.content = {
      value: shape.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
      html: true,
      base: null,
    };
    entry.summary = shape.paragraphs[0] ? { value: shape.paragraphs[0], html: false, base: null } : null;
    entry.author = shape.source;
    entries.push(entry);
  }
  return { format: 'text', title: null, link: null, language: null, entries };
}

function shapeOf(text: string): DumpShape | null {
  // Control characters (other than tab and line breaks) mean binary or something other than a text dump.
  // oxlint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(text)) return null;
  const lines = text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (lines.length === 0) return null;
  if (lines.some((line) => /^(#|```|<|\{|\[)/.test(line))) return null;

  const headlines: string[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const m = HEADLINE.exec(lines[i]!);
    if (!m) break;
    if (m[1]!.length > 400) return null;
    headlines.push(m[1]!.trim());
  }
  if (headlines.length === 0) return null;
  const rest = lines.slice(i);
  if (rest.some((line) => HEADLINE.test(line))) return null;
  if (rest.length === 0)
    return headlines.length >= 2 ? { headlines, title: null, paragraphs: [], source: null } : null;
  if (rest.length < 2) return null;

  const title = rest[0]!;
  if (title.length > 400) return null;
  const last = rest[rest.length - 1]!;
  const hasSource = rest.length >= 3 && looksLikeSource(last);
  const paragraphs = rest.slice(1, hasSource ? -1 : undefined);
  // An article needs at least one real paragraph, longer than its title line.
  if (!paragraphs.some((p) => p.length >= 40 && p.length > title.length)) return null;
  return { headlines, title, paragraphs, source: hasSource ? last : null };
}

/** A source credit: short, a few words, no sentence punctuation at the end. */
function looksLikeSource(line: string): boolean {
  return line.length <= 60 && line.split(/\s+/).length <= 6 && !/[.!?؟:،,;…]$/.test(line);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
