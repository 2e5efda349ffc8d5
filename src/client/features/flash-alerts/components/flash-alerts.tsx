import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#client/components/ui/button.tsx';
import { CloseIcon } from '#client/components/ui/icons.tsx';
import { RelativeTime } from '#client/components/ui/relative-time.tsx';
import { DirectedText } from '#client/lib/directed-text.tsx';
import { useSourceName } from '#client/lib/local-names.ts';
import { useFlashAlertStore, type FlashAlert } from '#client/stores/flash-alert-store.ts';
import { useUiStore } from '#client/stores/ui-store.ts';
import { useFlashContext } from '../hooks/use-flash-context.ts';
import { useFlashSignals } from '../hooks/use-flash-signals.ts';
import { useFlashTitle } from '../hooks/use-flash-title.ts';

/** Alerts shown at once; the rest wait behind "and N more" until shown or the first ones are handled. */
const SHOWN = 3;

/**
 * Flash alerts: a red band under the header, one row per flash (newest first), that stays until the item is
 * opened or the alert dismissed, whatever the user scrolls or where in the app they are. Screen readers hear
 * each batch once through a live region; the rows are in the tab order right after the header, and focus moves
 * to the next alert (or back where it came from) when one is handled.
 */
export function FlashAlerts({ userId, onOpenItem }: { userId: number; onOpenItem(id: number): void }) {
  const { t } = useTranslation();
  useFlashContext(userId);
  const alerts = useFlashAlertStore((state) => state.alerts);
  const announcement = useFlashSignals(onOpenItem);
  useFlashTitle(alerts.length);
  const [expanded, setExpanded] = useState(false);
  const titleId = useId();
  const region = useRef<HTMLElement>(null);
  /** Where focus was before it entered the alerts, to go back to once they are all handled. */
  const cameFrom = useRef<HTMLElement | null>(null);
  /** The alert whose buttons take focus after the next render (its neighbour was just handled). */
  const focusNext = useRef<number | 'back' | null>(null);

  useEffect(() => {
    const remember = (event: FocusEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && !region.current?.contains(target)) cameFrom.current = target;
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    if (target === 'back' || !alerts.some((alert) => alert.itemId === target)) {
      if (cameFrom.current?.isConnected) cameFrom.current.focus();
      return;
    }
    region.current?.querySelector<HTMLElement>(`[data-open-alert="${target}"]`)?.focus();
  }, [alerts]);

  const handled = (itemId: number) => {
    const at = alerts.findIndex((alert) => alert.itemId === itemId);
    const neighbour = alerts[at + 1] ?? alerts[at - 1];
    focusNext.current = neighbour ? neighbour.itemId : 'back';
    useFlashAlertStore.getState().dismiss(itemId);
  };

  const shown = expanded ? alerts : alerts.slice(0, SHOWN);
  const hidden = alerts.length - shown.length;

  return (
    <>
      {/* Always in the page, so that what is written into it is announced (assertive: a flash is the news). */}
      <p role="alert" className="sr-only" data-testid="flash-announcement">
        {announcement}
      </p>
      {alerts.length > 0 ? (
        <section
          ref={region}
          aria-labelledby={titleId}
          data-testid="flash-alerts"
          className="shrink-0 border-b-2 border-rose-900 bg-rose-700 text-white shadow-md"
        >
          <h2 id={titleId} className="sr-only">
            {t('flashAlerts.region')}
          </h2>
          <ul className={`divide-y divide-rose-600 ${expanded ? 'max-h-64 overflow-y-auto' : ''}`}>
            {shown.map((alert) => (
              <FlashAlertRow
                key={alert.itemId}
                alert={alert}
                onOpen={() => {
                  // The alert goes with its row: focus follows the user to the item's pane.
                  useUiStore.setState({ focusPaneFor: alert.itemId });
                  useFlashAlertStore.getState().dismiss(alert.itemId);
                  onOpenItem(alert.itemId);
                }}
                onDismiss={() => handled(alert.itemId)}
              />
            ))}
          </ul>
          {alerts.length > 1 ? (
            <div className="flex items-center gap-3 border-t border-rose-600 px-4 py-1 text-xs">
              {hidden > 0 ? (
                <button
                  type="button"
                  className="rounded font-medium underline-offset-2 hover:underline"
                  onClick={() => setExpanded(true)}
                >
                  {t('flashAlerts.showMore', { count: hidden })}
                </button>
              ) : null}
              <button
                type="button"
                className="ms-auto rounded font-medium underline-offset-2 hover:underline"
                data-testid="flash-dismiss-all"
                onClick={() => {
                  focusNext.current = 'back';
                  setExpanded(false);
                  useFlashAlertStore.getState().dismissAll();
                }}
              >
                {t('flashAlerts.dismissAll')}
              </button>
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

function FlashAlertRow({
  alert,
  onOpen,
  onDismiss,
}: {
  alert: FlashAlert;
  onOpen(): void;
  onDismiss(): void;
}) {
  const { t } = useTranslation();
  const sourceName = useSourceName();
  const headlineId = useId();
  return (
    <li className="flex items-center gap-3 px-4 py-2" data-testid="flash-alert" data-item-id={alert.itemId}>
      <span className="shrink-0 rounded bg-white px-1.5 text-xs font-bold leading-5 text-rose-800">
        {t('urgency.1')}
      </span>
      <div className="min-w-0 flex-1">
        <DirectedText
          as="p"
          id={headlineId}
          text={alert.headline}
          language={alert.language}
          className="truncate font-semibold"
        />
        <p className="flex gap-2 text-xs text-rose-50">
          <bdi className="truncate">{sourceName(alert.source)}</bdi>
          <span aria-hidden="true">·</span>
          <RelativeTime iso={alert.receivedAt} />
        </p>
      </div>
      <Button
        size="sm"
        className="border-white bg-white text-rose-900 hover:bg-rose-50"
        aria-describedby={headlineId}
        data-open-alert={alert.itemId}
        onClick={onOpen}
      >
        {t('flashAlerts.open')}
      </Button>
      <button
        type="button"
        className="rounded p-1 text-white hover:bg-rose-800"
        aria-label={t('flashAlerts.dismiss')}
        aria-describedby={headlineId}
        data-testid="flash-dismiss"
        onClick={onDismiss}
      >
        <CloseIcon className="size-4" />
      </button>
    </li>
  );
}
