import { useEffect, type RefObject } from 'react';

/**
 * Moves keyboard focus to a page's heading as the page appears, when focus was left nowhere (on the body: the
 * link or button that led here is gone). A keyboard or screen-reader user then starts at the page's top, with
 * its name read out, instead of at the start of the document (WCAG 2.4.3). The heading needs `tabIndex={-1}`.
 */
export function useFocusOnArrival(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) ref.current?.focus({ preventScroll: true });
  }, [ref]);
}
