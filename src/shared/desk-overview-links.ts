/**
 * Which queue view shows exactly the items behind each figure of the desk overview: the same filters the
 * server counted with, so a click lands on the queue with the same count. Every report is its own row there
 * (`collapse: false`), as every report is counted. Every figure has its link; a test counts both sides.
 */
import type { ItemFilters } from './schemas/items.ts';
import type { TimeWindow } from './schemas/desk-overview.ts';
import { ACTIVE_STATUSES, SENT_BACK_ACTIONS, type ItemStatus } from './workflow.ts';

export type EditorFigure = 'assigned' | 'returned' | 'inReview' | 'publishedToday' | 'load';
export type RisingKind = 'countries' | 'topics' | 'sources';

const everyReport = (filters: ItemFilters): ItemFilters => ({ ...filters, collapse: false });

export const overviewLinks = {
  status: (status: ItemStatus): ItemFilters => everyReport({ status: [status] }),

  /** `dayStart`: the overview's start of today, from which "published today" counts. */
  editor(userId: number, figure: EditorFigure, dayStart: string): ItemFilters {
    switch (figure) {
      case 'assigned':
        return everyReport({ assignee: userId, status: ['assigned'] });
      case 'returned':
        return everyReport({ assignee: userId, status: ['assigned'], lastAction: [...SENT_BACK_ACTIONS] });
      case 'inReview':
        return everyReport({ assignee: userId, status: ['in_review'] });
      case 'load':
        return everyReport({ assignee: userId, status: [...ACTIVE_STATUSES] });
      case 'publishedToday':
        return everyReport({ assignee: userId, ...publishedSince(dayStart) });
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

  /** Published in a window (an item published and since killed is no longer counted as published). */
  published: (window: TimeWindow): ItemFilters =>
    everyReport({ ...publishedSince(window.from), publishedUntil: window.to }),

  /** Published since the start of today: the items the median time to publication is taken over. */
  publishedToday: (dayStart: string): ItemFilters => everyReport(publishedSince(dayStart)),

  /** In review for longer than the threshold, counted from the submission. */
  waitingReview: (minutes: number): ItemFilters =>
    everyReport({ status: ['in_review'], inStateOver: minutes }),
};

function publishedSince(from: string): ItemFilters {
  return { status: ['published'], publishedSince: from };
}
