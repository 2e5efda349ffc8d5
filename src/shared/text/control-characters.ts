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
