import { QueryClient, QueryObserver, type QueryKey } from '@tanstack/react-query';
import { expect } from 'vitest';

/**
 * A query function whose every read waits for the test to answer it: so a test decides which read answers
 * first, and what with. `asked(n)` resolves once n reads have been asked for; `answer(n, data)` answers the n-th
 * (counted from 1); `reads` holds each read's argument (a page's cursor, say).
 */
export function answeredByHand<T, Argument = unknown>() {
  const reads: Array<{ argument: Argument; answer: (data: T) => void }> = [];
  const waiting: Array<{ count: number; resume: () => void }> = [];
  return {
    reads,
    queryFn: (argument: Argument) =>
      new Promise<T>((answer) => {
        reads.push({ argument, answer });
        for (const wait of waiting) if (reads.length >= wait.count) wait.resume();
      }),
    asked: (count: number) =>
      new Promise<void>((resume) => {
        if (reads.length >= count) resume();
        else waiting.push({ count, resume });
      }),
    answer: (n: number, data: T) => reads[n - 1]!.answer(data),
  };
}

/**
 * One view on screen, as a mounted component holds it (a real QueryClient and an observer), its reads answered
 * by hand. Everything here waits on the cache and on reads being asked, never on a clock.
 */
export function viewOnScreen<T>(queryKey: QueryKey) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const server = answeredByHand<T>();
  const observer = new QueryObserver<T>(queryClient, { queryKey, queryFn: server.queryFn });
  const unsubscribe = observer.subscribe(() => {});
  const shown = () => queryClient.getQueryData<T>(queryKey);
  /** Resolves once the view shows data that `matches`, with no read of it on its way. */
  const shows = (matches: (data: T | undefined) => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (matches(shown()) && observer.getCurrentResult().fetchStatus === 'idle') resolve();
      };
      queryClient.getQueryCache().subscribe(check);
      check();
    });
  return {
    queryClient,
    shown,
    shows,
    asked: server.asked,
    answer: server.answer,
    /** How many times the view has been asked for. */
    reads: () => server.reads.length,
    /** Waits until the view shows data that `matches`, checks that nothing still queued replaces it, and ends. */
    async settlesOn(matches: (data: T | undefined) => boolean) {
      await shows(matches);
      await landed();
      expect(matches(shown())).toBe(true);
      unsubscribe();
    },
  };
}

/** Reads and answers take microseconds; a read never asked fails a test in 10 s instead of the suite's 120. */
export const FAILS_AFTER = { timeout: 10_000 };

/** Lets every answer already given land: whatever promise callbacks are queued run before this resolves. */
export const landed = () => new Promise<void>((settle) => setTimeout(settle, 0));
