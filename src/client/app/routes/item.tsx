import { getRouteApi, useRouter } from '@tanstack/react-router';
import { Suspense, useCallback, useEffect } from 'react';
import { PanePlaceholder } from '#client/components/pane-placeholder.tsx';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { focusListRow } from '#client/lib/list-focus.ts';
import { useUiStore } from '#client/stores/ui-store.ts';
import { lazyPage, withPageStrings } from './on-demand-page.tsx';

// The item pane (body sanitiser, timeline, comments, tag editor, versions and their comparison) loads on first
// use, not with the queue, and its strings with it.
const loadItemPane = withPageStrings(() => import('./item-pane-composed.tsx'));
const ItemPane = lazyPage(loadItemPane, 'ComposedItemPane');

/** A few seconds after the queue is on screen, when the browser is idle, fetch the pane's code. */
export function preloadItemPane(): () => void {
  const timer = setTimeout(() => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 0));
    idle(() => void loadItemPane());
  }, 3_000);
  return () => clearTimeout(timer);
}

const queueApi = getRouteApi('/desk/queue');
const queueItemApi = getRouteApi('/desk/queue/items/$itemId');
const myWorkItemApi = getRouteApi('/desk/my-work/items/$itemId');

/**
 * Whether keyboard focus should move into this item's pane (the keyboard's "forward" arrow asked for it), and
 * how the pane says it did. The request stays until the pane has used it: the pane's code may still be loading
 * when the item opens (its first opening), and cleared any earlier, it was lost.
 */
function useFocusPaneRequest(itemId: number): { focusOnOpen: boolean; onFocusedOnOpen: () => void } {
  const focusOnOpen = useUiStore((state) => state.focusPaneFor === itemId);
  const onFocusedOnOpen = useCallback(() => {
    if (useUiStore.getState().focusPaneFor === itemId) useUiStore.setState({ focusPaneFor: null });
  }, [itemId]);
  return { focusOnOpen, onFocusedOnOpen };
}

export function QueueItemRoute() {
  const router = useRouter();
  const { itemId } = queueItemApi.useParams();
  const search = queueApi.useSearch();
  const focus = useFocusPaneRequest(itemId);
  return (
    <Suspense fallback={<Spinner className="p-6" />}>
      <ItemPane
        key={itemId}
        itemId={itemId}
        itemHref={(id) => router.buildLocation({ to: '/items/$itemId', params: { itemId: id }, search }).href}
        onOpenItem={(id) => void router.navigate({ to: '/items/$itemId', params: { itemId: id }, search })}
        onClose={() => void router.navigate({ to: '/', search }).then(() => focusListRow(itemId))}
        {...focus}
      />
    </Suspense>
  );
}

export function MyWorkItemRoute() {
  const router = useRouter();
  const { itemId } = myWorkItemApi.useParams();
  const focus = useFocusPaneRequest(itemId);
  return (
    <Suspense fallback={<Spinner className="p-6" />}>
      <ItemPane
        key={itemId}
        itemId={itemId}
        itemHref={(id) => router.buildLocation({ to: '/my-work/items/$itemId', params: { itemId: id } }).href}
        onOpenItem={(id) => void router.navigate({ to: '/my-work/items/$itemId', params: { itemId: id } })}
        onClose={() => void router.navigate({ to: '/my-work' }).then(() => focusListRow(itemId))}
        {...focus}
      />
    </Suspense>
  );
}

export function QueuePanePlaceholder() {
  useEffect(preloadItemPane, []);
  return <PanePlaceholder />;
}

export const MyWorkPanePlaceholder = QueuePanePlaceholder;
