import { useParams, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import type { ItemFilters } from '#shared/schemas/items.ts';
import { useFlashAlertStore } from '#client/stores/flash-alert-store.ts';

/** The queue route's id (app/router.tsx): its search is the desk's filters. */
const QUEUE_ROUTE_ID = '/desk/queue';

/**
 * Keeps the alerts in step with where the user is: flashes are judged against the queue's filters as the queue
 * last showed them (they still hold while the user is in "my work" or the editor), and an item opened by any
 * way (its row, a link, the alert) takes its alert away.
 */
export function useFlashContext(userId: number): void {
  useEffect(() => useFlashAlertStore.getState().load(userId), [userId]);

  const queueFilters = useRouterState({
    select: (state) =>
      state.matches.find((match) => match.routeId === QUEUE_ROUTE_ID)?.search as ItemFilters | undefined,
  });
  useEffect(() => {
    if (queueFilters) useFlashAlertStore.getState().watch(queueFilters);
  }, [queueFilters]);

  const { itemId } = useParams({ strict: false }) as { itemId?: number };
  const alerts = useFlashAlertStore((state) => state.alerts);
  useEffect(() => {
    if (itemId !== undefined && alerts.some((alert) => alert.itemId === itemId))
      useFlashAlertStore.getState().dismiss(itemId);
  }, [itemId, alerts]);
}
