/**
 * The heights at which the server's first glance (src/shared/first-glance.ts) drew its rows, read once just
 * before the desk replaces it: the queue's first render places those rows at these heights instead of at an
 * estimate, so they do not move when they are measured a moment later. The glance is laid out and painted by
 * then, so reading its rows forces no layout.
 */
const heights = new Map<number, number>();

/** The glance's own mark (QueueGlance; start-desk.js, plain JavaScript, looks for it too). */
const GLANCE = '[data-first-glance]';

/** Whether the page came with the server's first glance. */
export function firstGlanceShown(): boolean {
  return document.querySelector(GLANCE) !== null;
}

export function keepGlanceRowHeights(): void {
  for (const row of document.querySelectorAll<HTMLElement>(`${GLANCE} [data-item-id]`))
    heights.set(Number(row.dataset.itemId), row.offsetHeight);
}

/** The height the glance drew this item's row at, if it did. */
export function glanceRowHeight(id: unknown): number | undefined {
  return typeof id === 'number' ? heights.get(id) : undefined;
}
