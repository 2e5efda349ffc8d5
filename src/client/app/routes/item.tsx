import { getRouteApi, useRouter } from '@tanstack/react-router';
import { lazy, Suspense, useEffect } from 'react';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { ActionBar } from '#client/features/workflow/components/action-bar.tsx';
import { useUiStore } from '#client/stores/ui-store.ts';

// The item pane (body sanitiser, timeline, comments, tag editor) loads on first use, not with the queue.
const ItemPane = lazy(() => import('#client/features/item/components/item-pane.tsx').then((module) => ({ default: module.ItemPane })));
const ItemPanePlaceholder = lazy(() =>
  import('#client/features/item/components/item-pane.tsx').then((module) => ({ default: module.ItemPanePlaceholder })),
);

const queueApi = getRouteApi('/desk/queue');
const queueItemApi = getRouteApi('/desk/queue/items/$itemId');
const myWorkItemApi = getRouteApi('/desk/my-work/items/$itemId');

/** Whether this item was opened with the keyboard's "forward" arrow (its pane then takes focus), once. */
function useFocusPaneOnce(itemId: number): boolean {
  const focus = useUiStore((state) => state.focusPaneFor === itemId);
  useEffect(() => {
    if (focus) useUiStore.setState({ focusPaneFor: null });
  }, [focus]);
  return focus;
}

export function QueueItemRoute() {
  const router = useRouter();
  const { itemId } = queueItemApi.useParams();
  const search = queueApi.useSearch();
  const focusPane = useFocusPaneOnce(itemId);
  return (
    <Suspense fallback={<Spinner className="p-6" />}>
      <ItemPane
        key={itemId}
        itemId={itemId}
        renderActions={(item) => <ActionBar item={item} />}
        itemHref={(id) => router.buildLocation({ to: '/items/$itemId', params: { itemId: id }, search }).href}
        onOpenItem={(id) => void router.navigate({ to: '/items/$itemId', params: { itemId: id }, search })}
        onClose={() => void router.navigate({ to: '/', search })}
        focusOnOpen={focusPane}
      />
    </Suspense>
  );
}

export function MyWorkItemRoute() {
  const router = useRouter();
  const { itemId } = myWorkItemApi.useParams();
  const focusPane = useFocusPaneOnce(itemId);
  return (
    <Suspense fallback={<Spinner className="p-6" />}>
      <ItemPane
        key={itemId}
        itemId={itemId}
        renderActions={(item) => <ActionBar item={item} />}
        itemHref={(id) => router.buildLocation({ to: '/my-work/items/$itemId', params: { itemId: id } }).href}
        onOpenItem={(id) => void router.navigate({ to: '/my-work/items/$itemId', params: { itemId: id } })}
        onClose={() => void router.navigate({ to: '/my-work' })}
        focusOnOpen={focusPane}
      />
    </Suspense>
  );
}

export function QueuePanePlaceholder() {
  return (
    <Suspense fallback={null}>
      <ItemPanePlaceholder />
    </Suspense>
  );
}

export const MyWorkPanePlaceholder = QueuePanePlaceholder;
