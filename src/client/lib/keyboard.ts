/**
 * Single-key shortcuts that work whatever the keyboard layout: on an Arabic layout the J key types "ت", so a
 * non-Latin key falls back to the physical key (event.code). Never while typing, nor with Ctrl/Cmd/Alt.
 */

export type Shortcut =
  | 'next'
  | 'prev'
  | 'open'
  | 'forward'
  | 'back'
  | 'accept'
  | 'spike'
  | 'select'
  | 'search'
  | 'help'
  | 'escape';

const BY_KEY: Record<string, Shortcut> = {
  j: 'next',
  k: 'prev',
  ArrowDown: 'next',
  ArrowUp: 'prev',
  Enter: 'open',
  a: 'accept',
  s: 'spike',
  x: 'select',
  '/': 'search',
  '?': 'help',
  Escape: 'escape',
};

const BY_CODE: Record<string, string> = { KeyJ: 'j', KeyK: 'k', KeyA: 'a', KeyS: 's', KeyX: 'x', Slash: '/' };

/** Whether focus is somewhere the user types (inputs, editors), where letters must stay letters. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  }
  return false;
}

/**
 * The shortcut a key press means, or null. Left/right are mirrored by direction: the arrow pointing towards
 * the item pane (inline-end) opens the item, the other goes back to the queue.
 */
export function shortcutOf(event: KeyboardEvent, direction: 'rtl' | 'ltr'): Shortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
    const towardsEnd = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    return event.key === towardsEnd ? 'forward' : 'back';
  }
  let key = event.key;
  if (key.length === 1 && !/[\x20-\x7e]/.test(key)) {
    const physical = BY_CODE[event.code];
    if (physical) key = event.code === 'Slash' && event.shiftKey ? '?' : physical;
  }
  if (key.length === 1 && key !== '?' && key !== '/') key = key.toLowerCase();
  if (event.shiftKey && key !== '?' && key.length === 1 && key !== key.toUpperCase()) return null;
  return BY_KEY[key] ?? null;
}

/**
 * A plain click on a link: the app opens it in place. A modified click (new tab or window, download) or another
 * button keeps the browser's own behaviour. One rule for every link the app handles itself.
 */
export function isPlainClick(event: {
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  button: number;
}): boolean {
  return !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0);
}
