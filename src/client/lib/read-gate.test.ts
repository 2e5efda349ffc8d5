import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadGate } from './read-gate.ts';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((done, fail) => {
    resolve = done;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** Whether the promise has settled once pending callbacks have run. */
async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let turn = 0; turn < 5; turn++) await Promise.resolve();
  return settled;
}

describe('ReadGate', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds nothing until asked', () => {
    expect(new ReadGate(1_000).current()).toBeNull();
  });

  it('releases waiting requests when the held one succeeds, then holds nothing', async () => {
    const gate = new ReadGate(60_000);
    const first = deferred();
    gate.holdUntil(first.promise);
    const waiting = gate.current()!;
    expect(await isSettled(waiting)).toBe(false);
    first.resolve();
    expect(await isSettled(waiting)).toBe(true);
    expect(gate.current()).toBeNull();
  });

  it('releases them when the held one fails too', async () => {
    const gate = new ReadGate(60_000);
    const first = deferred();
    gate.holdUntil(first.promise);
    const waiting = gate.current()!;
    first.reject(new Error('refused'));
    expect(await isSettled(waiting)).toBe(true);
  });

  it('releases them after the grace time when the held one hangs', async () => {
    vi.useFakeTimers();
    const gate = new ReadGate(1_500);
    gate.holdUntil(new Promise(() => undefined));
    const waiting = gate.current()!;
    await vi.advanceTimersByTimeAsync(1_499);
    expect(await isSettled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await isSettled(waiting)).toBe(true);
    expect(gate.current()).toBeNull();
  });
});
