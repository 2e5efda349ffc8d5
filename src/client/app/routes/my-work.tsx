import { Outlet, useParams, useRouter } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { Item } from '#shared/schemas/items.ts';
import { MyWork } from '#client/features/my-work/components/my-work.tsx';

/** My work | item pane. */
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
  return (
    <div className="grid h-full grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)]">
      <div className="min-h-0 border-e border-surface-line">
        <MyWork openId={params.itemId ?? null} itemHref={itemHref} onOpen={onOpen} />
      </div>
      <div className="min-h-0 overflow-y-auto bg-white" data-pane="">
        <Outlet />
      </div>
    </div>
  );
}
