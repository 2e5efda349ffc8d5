import { Outlet, useParams, useRouter } from '@tanstack/react-router';
import { Suspense, useCallback } from 'react';
import type { ItemCard } from '#shared/schemas/items.ts';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { useUiStore } from '#client/stores/ui-store.ts';
import { lazyPage } from './on-demand-page.tsx';
import { LIST_BEHIND_ITEM } from './queue.tsx';

// Opened from the header, not at start-up on the queue: its list (and its strings) load with the page.
const MyWork = lazyPage(() => import('#client/features/my-work/components/my-work.tsx'), 'MyWork');

/** My work | item pane (one at a time on a phone). */
export function MyWorkScreen() {
  const router = useRouter();
  const params = useParams({ strict: false }) as { itemId?: number };
  const itemHref = useCallback(
    (item: ItemCard) =>
      router.buildLocation({ to: '/my-work/items/$itemId', params: { itemId: item.id } }).href,
    [router],
  );
  const onOpen = useCallback(
    (item: ItemCard) => {
      // Opened by a click or Enter: a request left from the queue to move focus into a pane is dropped.
      useUiStore.setState({ focusPaneFor: null });
      void router.navigate({ to: '/my-work/items/$itemId', params: { itemId: item.id } });
    },
    [router],
  );
  const openId = params.itemId ?? null;
  // A phone shows one column at a time, as the queue does.
  return (
    <div className="relative grid h-full grid-cols-1 tablet:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)]">
      <div className={`min-h-0 border-e border-surface-line ${openId === null ? '' : LIST_BEHIND_ITEM}`}>
        <Suspense fallback={<Spinner className="p-6" />}>
          <MyWork openId={openId} itemHref={itemHref} onOpen={onOpen} />
        </Suspense>
      </div>
      <div
        className={`min-h-0 overflow-y-auto bg-white ${openId === null ? 'max-tablet:hidden' : ''}`}
        data-pane=""
      >
        <Outlet />
      </div>
    </div>
  );
}
