/**
 * Gives keyboard focus back to an item's row in the list on screen (the queue, my work) as its pane closes: the
 * pane held focus, and removed, it would drop it to the page. The row itself where rows take focus (the queue's,
 * which j/k move between), else its headline's link; when the row is not rendered (scrolled out of the
 * virtualised queue), the queue itself. After the next frame, once the list is shown again (on a phone the open
 * item covers it, invisible).
 */
export function focusListRow(itemId: number): void {
  requestAnimationFrame(() => {
    const row = document.querySelector<HTMLElement>(`[data-testid=queue-row][data-item-id="${itemId}"]`);
    const target = row
      ? row.hasAttribute('tabindex')
        ? row
        : row.querySelector<HTMLElement>('a[href]')
      : document.querySelector<HTMLElement>('[data-testid=queue-scroll]');
    target?.focus({ preventScroll: true });
  });
}
