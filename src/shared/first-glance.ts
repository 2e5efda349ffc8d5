/**
 * The queue's first glance: its first rows, rendered by the server into the page it sends for `/`, so that a
 * signed-in editor sees the newest headlines while the desk's JavaScript loads and starts (issue 14's first
 * rows). The rows are the client's own row component, rendered ahead of time by the client's server-side build
 * (`src/client/first-glance.tsx` → `dist/ssr/first-glance.js`), which the server loads as it loads the
 * built page: the two sides meet at this contract, not by importing each other.
 */
import type { SourceName } from './schemas/feeds.ts';
import type { ItemCard } from './schemas/items.ts';
import type { Digits, Locale } from './schemas/users.ts';

/** Rows rendered: more than a tall screen shows, fewer than the first page, which the desk renders itself. */
export const FIRST_GLANCE_ROWS = 30;

export interface FirstGlanceInput {
  /** The first page of the queue's default view, as `GET /api/items` gives it to this user. */
  items: readonly ItemCard[];
  locale: Locale;
  digits: Digits;
  /** The sources' English names (`GET /api/sources/names`), for the English interface; empty otherwise. */
  sourceNames: readonly SourceName[];
  /** The clock relative times are counted from. */
  now: number;
}

/** The built renderer's one export: the markup for inside `#root` (text escaped by React). */
export type RenderFirstGlance = (input: FirstGlanceInput) => Promise<string>;
