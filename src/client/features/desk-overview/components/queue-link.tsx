import { Link, useRouter } from '@tanstack/react-router';
import { isPlainClick } from '#client/lib/keyboard.ts';
import type { MouseEvent, ReactNode } from 'react';
import type { ItemFilters } from '#shared/schemas/items.ts';

/**
 * A figure that opens the queue filtered to exactly its items; where the queue has no such filter the figure is
 * shown as plain text (never a link to a different set of items).
 */
export function QueueLink({
  filters,
  label,
  children,
  className = '',
  testId,
  count,
}: {
  filters: ItemFilters | null;
  /** The link's accessible name: the number alone says nothing once it is read out of its table. */
  label: string;
  children: ReactNode;
  className?: string;
  testId?: string;
  count?: number;
}) {
  // Not a link: the number reads in its context (a table header, a card's heading), like any text.
  if (!filters) {
    return (
      <span className={className} data-testid={testId} data-count={count}>
        {children}
      </span>
    );
  }
  return (
    <Link
      to="/"
      search={filters}
      className={`rounded underline-offset-2 hover:underline focus-visible:outline-2 ${className}`}
      aria-label={label}
      data-testid={testId}
      data-count={count}
    >
      {children}
    </Link>
  );
}

/** For links drawn inside a chart's SVG, where the router's Link cannot go: an href and a click that routes. */
export function useQueueNavigation() {
  const router = useRouter();
  return {
    href: (filters: ItemFilters) => router.buildLocation({ to: '/', search: filters }).href,
    onClick: (filters: ItemFilters) => (event: MouseEvent) => {
      if (!isPlainClick(event)) return;
      event.preventDefault();
      void router.navigate({ to: '/', search: filters });
    },
  };
}
