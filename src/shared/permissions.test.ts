import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from './schemas/events.ts';
import { eventPermission, hasPermission, hearsEvent, maySeeEvent, PERMISSIONS } from './permissions.ts';

const role = (name: 'editor' | 'chief' | 'reviewer' | 'admin') => ({ roles: [name] as const });

describe('the permissions table', () => {
  it('gives admins everything and each role what the table says', () => {
    for (const permission of Object.keys(PERMISSIONS) as Array<keyof typeof PERMISSIONS>)
      expect(hasPermission(role('admin'), permission)).toBe(true);
    expect(hasPermission(role('chief'), 'feeds.read')).toBe(true);
    expect(hasPermission(role('chief'), 'feeds.manage')).toBe(false);
    expect(hasPermission(role('editor'), 'feeds.read')).toBe(false);
    expect(hasPermission(role('reviewer'), 'events.read')).toBe(true);
  });

  it('names who may see every event type, and hides feed and people events from editors', () => {
    for (const type of EVENT_TYPES) expect(eventPermission(type)).not.toBe('nobody');
    expect(maySeeEvent(role('editor'), 'item.accept')).toBe(true);
    expect(maySeeEvent(role('editor'), 'feed.created')).toBe(false);
    expect(maySeeEvent(role('editor'), 'user.created')).toBe(false);
    expect(maySeeEvent(role('chief'), 'feed.health')).toBe(true);
    expect(maySeeEvent(role('chief'), 'auth.failed')).toBe(false);
    expect(maySeeEvent(role('admin'), 'auth.failed')).toBe(true);
  });

  it('shows account events to whoever reads the people page (chiefs), sign-ins to administration alone', () => {
    expect(maySeeEvent(role('chief'), 'user.updated')).toBe(true);
    expect(maySeeEvent(role('chief'), 'user.token_created')).toBe(true);
    expect(maySeeEvent(role('reviewer'), 'user.updated')).toBe(false);
    // A display name shows on the desk's rows and comments: its change is everyone's.
    expect(maySeeEvent(role('reviewer'), 'user.renamed')).toBe(true);
    expect(maySeeEvent(role('editor'), 'user.renamed')).toBe(true);
    expect(maySeeEvent(role('chief'), 'auth.signed_in')).toBe(false);
  });

  it('lets everyone hear the account events about themselves on the live stream, and no one else’s', () => {
    const editor = { userId: 7, ...role('editor') };
    expect(hearsEvent(editor, { type: 'user.updated', aboutUserId: 7 })).toBe(true);
    expect(hearsEvent(editor, { type: 'user.password_reset', aboutUserId: 7 })).toBe(true);
    expect(hearsEvent(editor, { type: 'user.updated', aboutUserId: 8 })).toBe(false);
    expect(hearsEvent(editor, { type: 'user.renamed', aboutUserId: null })).toBe(true);
    expect(hearsEvent(editor, { type: 'user.token_created', aboutUserId: null })).toBe(false);
    // Sign-ins carry addresses: not even one's own is sent (the session page has no such list).
    expect(hearsEvent(editor, { type: 'auth.signed_in', aboutUserId: 7 })).toBe(false);
    expect(hearsEvent(editor, { type: 'item.accept', aboutUserId: null })).toBe(true);
  });
});
