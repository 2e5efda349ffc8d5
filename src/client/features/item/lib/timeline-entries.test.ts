import { describe, expect, it } from 'vitest';
import type { MirsadEvent } from '#shared/schemas/events.ts';
import { timelineEntries } from './timeline-entries.ts';

let seq = 0;
const actor = { kind: 'user' as const, id: 3, name: 'هدى' };
const event = (type: string, payload: Record<string, unknown>): MirsadEvent =>
  ({ seq: ++seq, type, itemId: 1, actor, payload, at: '2026-01-02T10:00:00.000Z' }) as MirsadEvent;
const lease = (change: string, userId: number, userName = 'هدى') =>
  event('item.lease', { change, userId, userName });

describe('the item timeline', () => {
  it('says which version an edit saved, a restore and a taken agency update', () => {
    const entries = timelineEntries([
      event('item.edited', { fields: ['body'], version: 3, kind: 'edit' }),
      event('item.edited', { fields: ['headline', 'body'], version: 4, kind: 'restore', restoredFrom: 1 }),
      event('item.edited', { fields: ['body'], version: 5, kind: 'wire' }),
      event('item.edited', { fields: ['headline'], changes: {} }),
    ]);
    expect(entries.map((entry) => [entry.key, entry.values])).toEqual([
      ['versionSaved', { version: 3 }],
      ['restored', { from: 1, version: 4 }],
      ['wireTaken', { version: 5 }],
      ['item_edited', {}],
    ]);
    expect(entries[1]!.fields).toEqual(['headline', 'body']);
  });

  it('folds editing sessions: a new editor and every take-over show, reopenings and releases do not', () => {
    const entries = timelineEntries([
      lease('acquired', 3),
      lease('released', 3),
      lease('acquired', 3),
      event('item.edited', { fields: ['body'], version: 2, kind: 'edit' }),
      lease('expired', 3),
      lease('acquired', 3),
      lease('acquired', 5, 'سمير'),
      lease('taken_over', 3),
    ]);
    const who = (entry: (typeof entries)[number]) =>
      entry.event.type === 'item.lease' ? entry.event.payload.userName : entry.values.version;
    expect(entries.map((entry) => [entry.key, who(entry)])).toEqual([
      ['leaseAcquired', 'هدى'],
      ['versionSaved', 2],
      ['leaseAcquired', 'سمير'],
      ['leaseTakenOver', 'هدى'],
    ]);
  });

  it('names the assignee of an assignment and a correction, and carries notes and reasons', () => {
    const action = (type: string, payload: Record<string, unknown>) =>
      event(type, { action: type.slice(5), from: 'published', to: 'assigned', ...payload });
    const entries = timelineEntries([
      action('item.correct', { assigneeName: 'سمير' }),
      action('item.publish', { note: 'صُحّح الرقم' }),
      action('item.kill', { reason: 'خطأ' }),
      event('item.created', { sourceIds: [4, 5] }),
      event('item.created', { sourceIds: [] }),
      event('item.wire_updated', { source: 's', guid: 'g', copy: 2 }),
    ]);
    expect(entries.map((entry) => [entry.key, entry.person, entry.detail])).toEqual([
      ['item_correct', 'سمير', null],
      ['item_publish', null, 'صُحّح الرقم'],
      ['item_kill', null, 'خطأ'],
      ['createdFromReports', null, null],
      ['item_created', null, null],
      ['item_wire_updated', null, null],
    ]);
  });
});
