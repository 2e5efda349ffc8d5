/**
 * What the item's timeline shows for its events, as data (translation keys and values), so the choices are
 * tested without a browser. Editing sessions are many (the editor takes a lease every time it opens, a restore
 * takes one for a moment): the timeline says when someone starts editing after someone else, and every take-over,
 * not each opening and closing.
 */
import { isActionEvent, type MirsadEvent } from '#shared/schemas/events.ts';

export interface TimelineEntry {
  event: MirsadEvent;
  /** `timeline.<key>`, with its values. */
  key: string;
  values: Record<string, string | number>;
  /** A person the entry names in bold after the label (an assignment's assignee). */
  person: string | null;
  /** Fields an edit changed. */
  fields: string[];
  /** Words the event carries: a comment, a return's note, a kill's reason, a correction note. */
  detail: string | null;
}

const KNOWN: ReadonlySet<string> = new Set([
  'item.ingested',
  'item.reingested',
  'item.wire_updated',
  'item.created',
  'item.edited',
  'item.accept',
  'item.spike',
  'item.unspike',
  'item.assign',
  'item.submit',
  'item.return',
  'item.approve',
  'item.publish',
  'item.kill',
  'item.correct',
  'comment.added',
]);

function entryOf(event: MirsadEvent): Omit<TimelineEntry, 'event'> {
  const base = { values: {}, person: null, fields: [], detail: null };
  switch (event.type) {
    case 'comment.added':
      return { ...base, key: 'comment_added', detail: event.payload.body };
    case 'item.edited': {
      const { version, kind, restoredFrom, fields } = event.payload;
      if (version !== undefined && kind === 'restore' && restoredFrom !== undefined)
        return { ...base, key: 'restored', values: { from: restoredFrom, version }, fields };
      if (version !== undefined && kind === 'wire')
        return { ...base, key: 'wireTaken', values: { version }, fields };
      if (version !== undefined) return { ...base, key: 'versionSaved', values: { version }, fields };
      return { ...base, key: 'item_edited', fields };
    }
    case 'item.created':
      return event.payload.sourceIds.length > 0
        ? { ...base, key: 'createdFromReports', values: { count: event.payload.sourceIds.length } }
        : { ...base, key: 'item_created' };
    // The person is the event's actor, named after the label like every other entry's.
    case 'item.lease':
      return { ...base, key: event.payload.change === 'taken_over' ? 'leaseTakenOver' : 'leaseAcquired' };
    default:
      break;
  }
  if (isActionEvent(event)) {
    const { assigneeName, reason, comment, note } = event.payload;
    const named = event.type === 'item.assign' || event.type === 'item.correct';
    return {
      ...base,
      key: event.type.replace('.', '_'),
      person: named ? (assigneeName ?? null) : null,
      detail: reason ?? comment ?? note ?? null,
    };
  }
  return { ...base, key: KNOWN.has(event.type) ? event.type.replace('.', '_') : '' };
}

/** The timeline's entries, oldest first: lease events folded (see module comment), unknown types by name. */
export function timelineEntries(events: readonly MirsadEvent[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  let lastEditor: number | null = null;
  for (const event of events) {
    if (event.type === 'item.lease') {
      const { change, userId } = event.payload;
      if (change === 'released' || change === 'expired') continue;
      if (change === 'acquired' && userId === lastEditor) continue;
      lastEditor = userId;
    }
    entries.push({ event, ...entryOf(event) });
  }
  return entries;
}
