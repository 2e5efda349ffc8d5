import { describe, expect, it } from 'vitest';
import { ConcurrencyGate } from './rate-limit.ts';

/** Work that runs until `finish` is called. */
function held() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { work: () => done, finish };
}

describe('the per-caller gate of heavy reads', () => {
  it('runIfFree runs at once while a slot is free, and not at all (null) while the caller’s slots are taken', async () => {
    const gate = new ConcurrencyGate(2);
    const first = held();
    const second = held();
    const running = [gate.run('user:1', first.work), gate.run('user:1', second.work)];
    expect(gate.runIfFree('user:1', async () => 'read')).toBeNull();
    // Another caller's slots are their own.
    await expect(gate.runIfFree('user:2', async () => 'read')).resolves.toBe('read');
    first.finish();
    await running[0];
    await expect(gate.runIfFree('user:1', async () => 'read')).resolves.toBe('read');
    second.finish();
    await running[1];
  });
});
