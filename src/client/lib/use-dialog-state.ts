import { useRef, useState, type RefObject } from 'react';

/**
 * Which of a page's dialogs is open, and where focus goes when it closes. Dialogs are rendered only while open,
 * so nothing else would hand focus back: it returns to what opened the dialog or, when that is gone (its row was
 * removed), to the first of `fallbacks` still on the page. A dialog opened from inside another (the one-time
 * password shown after a form) keeps the first one's opener: focus goes back to the page, not to a closed form.
 */
export function useDialogState<Open>(fallbacks: ReadonlyArray<RefObject<HTMLElement | null>>) {
  const [open, setOpen] = useState<Open | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const show = (next: Open) => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && !active.closest('dialog')) opener.current = active;
    setOpen(next);
  };
  const close = () => {
    setOpen(null);
    requestAnimationFrame(() => {
      const target = opener.current?.isConnected
        ? opener.current
        : fallbacks.map((fallback) => fallback.current).find((element) => element?.isConnected);
      target?.focus();
    });
  };
  return { open, show, close };
}
