import { Outlet, useParams, useRouter } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { Item } from '#shared/schemas/items.ts';
import { MyWork } from '#client/features/my-work/components/my-work.tsx';
import { LIST_BEHIND_ITEM } from './queue.tsx';

/** My work | item pane (one at a time on a phone). */
export function MyWorkScreen() {
  const router = useRouter();
  const params = useParams({ strict: false }) as { itemId?: number };
  const itemHref = useCallback(
    (item: Item) => router.buildLocation({ to: '/my-work/items/$itemId', params: { itemId: item.id } }).href,
    [router],
  );
  const onOpen = useCallback(
    (item: Item) => void router.navigate({ to: '/my-work/items/$itemId', params: { itemId: item.id } }),
    [router],
  );
  const openId = params.itemId ?? null;
  // A phone shows one column at a time, as the queue does.
  return (
    <div className="relative grid h-full grid-cols-1 tablet:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)]">
      <div className={`min-h-0 border-e border-surface-line ${openId === null ? '' : LIST_BEHIND_ITEM}`}>
        <MyWork openId={openId} itemHref={itemHref} onOpen={onOpen} />
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
