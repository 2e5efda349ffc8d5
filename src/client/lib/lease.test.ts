import { describe, expect, it } from 'vitest';
import type { Lease } from '#shared/schemas/leases.ts';
import { activeLease, leasedByOther } from './lease.ts';

const lease: Lease = {
  holder: { id: 3, username: 'huda', displayName: 'هدى العلي' },
  since: '2026-01-02T10:00:00.000Z',
  expiresAt: '2026-01-02T10:01:00.000Z',
  tabId: 'tab-123456',
};
const at = (iso: string) => Date.parse(iso);

describe('who is editing, judged by the browser', () => {
  it('counts a lease until its expiry and not a moment after, with no request', () => {
    expect(activeLease(lease, at('2026-01-02T10:00:59.999Z'))).toBe(lease);
    expect(activeLease(lease, at('2026-01-02T10:01:00.000Z'))).toBeNull();
    expect(activeLease(null, 0)).toBeNull();
  });

  it('tells someone else editing from the viewer themselves', () => {
    const now = at('2026-01-02T10:00:30.000Z');
    expect(leasedByOther(lease, 5, now)).toBe(true);
    expect(leasedByOther(lease, 3, now)).toBe(false);
    expect(leasedByOther(lease, 5, at('2026-01-02T10:02:00.000Z'))).toBe(false);
    expect(leasedByOther(null, 5, now)).toBe(false);
  });
});
