/**
 * Query strings in the API's format: a repeated key is a list (`?country=KZ&country=UZ`). The queue keeps its
 * filters in the URL in exactly this format, so a copied link maps 1:1 to GET /api/items.
 */

export type RawSearch = Record<string, string | string[]>;

/** URLSearchParams into a record; a repeated key becomes an array. */
export function parseSearch(searchStr: string): RawSearch {
  const params = new URLSearchParams(searchStr.startsWith('?') ? searchStr.slice(1) : searchStr);
  const out: RawSearch = {};
  for (const [key, value] of params) {
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    // In place: copying the list at each repeat would cost the square of a long query's length.
    else if (Array.isArray(existing)) existing.push(value);
    else out[key] = [existing, value];
  }
  return out;
}

/** The inverse of parseSearch; arrays repeat the key, empty values are dropped. */
export function toSearchParams(search: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const entry of value) params.append(key, String(entry));
    else params.append(key, String(value));
  }
  return params;
}
