import { useTranslation } from 'react-i18next';
import { formatNumber } from '#client/lib/format.ts';
import { useConnectionStore } from '#client/stores/connection-store.ts';

/** Live / reconnecting / offline, in words and colour, with the last event seen when not live. */
export function ConnectionStatus() {
  const { t, i18n } = useTranslation();
  const status = useConnectionStore((state) => state.status);
  const lastSeq = useConnectionStore((state) => state.lastSeq);
  const offline = useConnectionStore((state) => state.browserOffline);
  const shown = offline ? 'offline' : status;
  const dot = {
    live: 'bg-emerald-500',
    connecting: 'bg-sky-500 animate-pulse',
    reconnecting: 'bg-amber-500 animate-pulse',
    offline: 'bg-rose-600',
    limited: 'bg-amber-500',
  }[shown];
  const tone = {
    live: 'text-emerald-800',
    connecting: 'text-ink-soft',
    reconnecting: 'text-amber-900',
    offline: 'text-rose-800',
    limited: 'text-amber-900',
  }[shown];
  return (
    <output
      className={`flex items-center gap-1.5 text-xs font-medium ${tone}`}
      data-testid="connection-status"
      data-status={shown}
    >
      <span aria-hidden="true" className={`size-2 rounded-full ${dot}`} />
      <span>{t(`connection.${shown}`)}</span>
      {shown !== 'live' && lastSeq !== null ? (
        <span className="hidden font-normal text-ink-faint lg:inline">
          {t('connection.lastEvent', { seq: formatNumber(lastSeq, i18n.language) })}
        </span>
      ) : null}
    </output>
  );
}
