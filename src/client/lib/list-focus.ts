/**
 * Gives keyboard focus back to an item's row in the list on screen as its pane closes: the pane held focus, and
 * removed, it would drop it to the page. The row when it is rendered, else the list itself (j/k go on from the
 * current row either way). After the next frame, once the list is shown again (on a phone the open item covers
 * it, invisible).
 */
export function focusListRow(itemId: number): void {
  requestAnimationFrame(() => {
    const list = document.querySelector<HTMLElement>('[data-testid=queue-scroll]');
    if (!list) return;
    const row = list.querySelector<HTMLElement>(`[data-item-id="${itemId}"]`);
    (row ?? list).focus({ preventScroll: true });
  });
}
