import type { ReactNode } from 'react';

/**
 * The box of a table that scrolls sideways on a narrow window (a phone): a region named by the table's caption
 * that takes focus, so that the keyboard can scroll it too, even when nothing inside can take focus (a desk
 * chief's read-only lists; axe: scrollable-region-focusable).
 */
export function TableRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={labelledBy}
      // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be focusable
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-surface-line bg-white"
    >
      {children}
    </section>
  );
}
