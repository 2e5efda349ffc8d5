import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from './schemas/events.ts';
import { eventPermission, hasPermission, maySeeEvent, PERMISSIONS } from './permissions.ts';

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
});
