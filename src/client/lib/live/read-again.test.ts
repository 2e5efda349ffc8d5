import { InfiniteQueryObserver, QueryClient, type InfiniteData } from '@tanstack/react-query';
import { expect, it } from 'vitest';
import { answeredByHand, FAILS_AFTER, landed } from '../../../test-support/view-on-screen.ts';
import { readAgain } from './read-again.ts';

type Page = { rows: string[]; next: number | null };

/** A paged list on screen (the queue), each page's read answered by hand. */
function queueOnScreen() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const server = answeredByHand<Page, number>();
  const observer = new InfiniteQueryObserver<Page, Error, InfiniteData<Page, number>, string[], number>(
    queryClient,
    {
      queryKey: ['items', 'list'],
      initialPageParam: 0,
      getNextPageParam: (last) => last.next,
      queryFn: ({ pageParam }) => server.queryFn(pageParam),
    },
  );
  const unsubscribe = observer.subscribe(() => {});
  return {
    queryClient,
    observer,
    unsubscribe,
    /** The cursor the n-th read asked for. */
    cursorOf: (n: number) => server.reads[n - 1]!.argument,
    rows: () => observer.getCurrentResult().data?.pages.flatMap((page) => page.rows),
    asked: server.asked,
    answer: server.answer,
  };
}

it(
  "every view read again (the stream's reset): the queue's first page, on its way since before the gap, is asked anew",
  FAILS_AFTER,
  async () => {
    const queue = queueOnScreen();
    await queue.asked(1);
    readAgain(queue.queryClient, {});
    await queue.asked(2);
    // The page read before the gap answers without what came in it; the one asked after answers with it.
    queue.answer(1, { rows: ['b'], next: null });
    queue.answer(2, { rows: ['c', 'b'], next: null });
    await landed();
    expect(queue.rows()).toEqual(['c', 'b']);
    expect(queue.observer.getCurrentResult().fetchStatus).toBe('idle');
    queue.unsubscribe();
  },
);

it(
  'a next page on its way when every view is read again: the list is read again from its top, and whoever awaits that page is answered',
  FAILS_AFTER,
  async () => {
    const queue = queueOnScreen();
    queue.answer(1, { rows: ['b'], next: 1 });
    await landed();
    // Scrolled to the end: the second page is asked for.
    const nextPage = queue.observer.fetchNextPage();
    await queue.asked(2);
    expect(queue.cursorOf(2)).toBe(1);
    readAgain(queue.queryClient, {});
    // The pages the list holds are read again, from the first.
    await queue.asked(3);
    expect(queue.cursorOf(3)).toBe(0);
    queue.answer(2, { rows: ['a'], next: null });
    queue.answer(3, { rows: ['c', 'b'], next: 1 });
    const result = await nextPage;
    expect(result.isError).toBe(false);
    expect(queue.rows()).toEqual(['c', 'b']);
    // The list's end is still where the reader is: its next page can be asked for again, and shows.
    void queue.observer.fetchNextPage();
    await queue.asked(4);
    queue.answer(4, { rows: ['a'], next: null });
    await landed();
    expect(queue.rows()).toEqual(['c', 'b', 'a']);
    queue.unsubscribe();
  },
);
