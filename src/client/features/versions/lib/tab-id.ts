/**
 * A lease belongs to one browser tab (`X-Edit-Tab`). A restore from the item pane is a short edit of its own:
 * it takes a lease under a fresh id, saves, and gives it back, so it never passes for an editor open elsewhere
 * (not even this user's own, which then refuses it with "you are editing it in another tab").
 */
export function newTabId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `pane-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
