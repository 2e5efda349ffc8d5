/**
 * Control characters in text: C0 and C1 controls other than tab, line feed and carriage return never belong in
 * anything a person typed or an agency wrote, and PostgreSQL cannot store NUL at all (SQLite can). One rule,
 * applied to every request the API reads and every wire field ingest keeps, so both databases hold the same text.
 */

// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** The text without control characters (tab, line feed and carriage return stay). */
export function withoutControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** The same for every string inside a parsed JSON value or query object (keys included). */
export function withoutControlsDeep(value: unknown): unknown {
  if (typeof value === 'string') return withoutControls(value);
  if (Array.isArray(value)) return value.map(withoutControlsDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) out[withoutControls(key)] = withoutControlsDeep(entry);
    return out;
  }
  return value;
}

/**
 * Bidi embeddings, overrides and isolates (U+202A–E, U+2066–9). In a one-line name or byline they can only
 * reorder what others read: "‮AFP 123" shows as "321 PFA", and <bdi> isolates a name without cancelling an
 * override inside it. Headlines lose them at ingest too (cleanTitle).
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
/** Whitespace and invisible marks (LRM, RLM, ALM, zero widths, word joiner, BOM) at the ends of a text. */
const INVISIBLE_ENDS = /^[\s\u200b-\u200f\u061c\u2060\ufeff]+|[\s\u200b-\u200f\u061c\u2060\ufeff]+$/g;

/** A text without anything invisible at its ends: one of zero-width spaces alone is empty. */
export function trimInvisible(text: string): string {
  return text.replace(INVISIBLE_ENDS, '');
}

/** The text without bidi embeddings, overrides and isolates. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A one-line name (a feed's, an author's, a saved view's): no bidi controls, trimmed of the invisible. */
export function cleanNameLine(text: string): string {
  return trimInvisible(withoutBidiControls(text));
}
