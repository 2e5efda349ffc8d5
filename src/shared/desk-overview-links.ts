/**
 * Which queue view shows exactly the items behind each figure of the desk overview: the same filters the
 * server counted with, so a click lands on the queue with the same count. Every report is its own row there
 * (`collapse: false`), as every report is counted. Null where the queue has no filter that selects exactly
 * those items (a publication-time window, time spent in review): the figure is shown, not linked.
 */
import type { ItemFilters } from './schemas/items.ts';
import type { TimeWindow } from './schemas/desk-overview.ts';
import { ACTIVE_STATUSES, type ItemStatus } from './workflow.ts';

export type EditorFigure = 'assigned' | 'returned' | 'inReview' | 'publishedToday' | 'load';
export type RisingKind = 'countries' | 'topics' | 'sources';

const everyReport = (filters: ItemFilters): ItemFilters => ({ ...filters, collapse: false });

export const overviewLinks = {
  status: (status: ItemStatus): ItemFilters => everyReport({ status: [status] }),

  editor(userId: number, figure: EditorFigure): ItemFilters | null {
    switch (figure) {
      case 'assigned':
        return everyReport({ assignee: userId, status: ['assigned'] });
      case 'returned':
        return everyReport({ assignee: userId, status: ['assigned'], lastAction: ['return'] });
      case 'inReview':
        return everyReport({ assignee: userId, status: ['in_review'] });
      case 'load':
        return everyReport({ assignee: userId, status: [...ACTIVE_STATUSES] });
      case 'publishedToday':
        return null;
    }
  },

  /** Items received in a window, optionally with one country or topic. */
  arrived(window: TimeWindow, tag?: { country: string } | { topic: string }): ItemFilters {
    const filters: ItemFilters = { since: window.from, until: window.to };
    if (tag && 'country' in tag) filters.country = [tag.country];
    if (tag && 'topic' in tag) filters.topic = [tag.topic];
    return everyReport(filters);
  },

  rising(window: TimeWindow, kind: RisingKind, value: string): ItemFilters {
    const filters: ItemFilters = { since: window.from, until: window.to };
    if (kind === 'countries') filters.country = [value];
    else if (kind === 'topics') filters.topic = [value];
    else filters.source = [value];
    return everyReport(filters);
  },

  /** The oldest incoming item: incoming, received no later than it. */
  oldestIncoming: (receivedAt: string): ItemFilters =>
    everyReport({ status: ['incoming'], until: receivedAt }),

  /** Published in a window: the queue cannot select by publication time (yet). */
  published: (_window: TimeWindow): ItemFilters | null => null,

  /** In review for longer than the threshold: the queue cannot select by time in a state (yet). */
  waitingReview: (_since: string): ItemFilters | null => null,
};
