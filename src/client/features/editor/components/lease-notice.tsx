import { useTranslation } from 'react-i18next';
import { Button } from '#client/components/ui/button.tsx';
import { formatTime, isolate } from '#client/lib/format.ts';
import type { LeaseController } from '../hooks/use-lease.ts';
import { storyErrorMessage } from '../lib/story-errors.ts';

/**
 * Who is editing, when it is not this tab: "Huda is editing since 10:32" (read-only here, with "take over" for a
 * desk chief or for the same person's other tab), "Rami took over at 10:41; your text is kept as your draft"
 * when this tab lost the story, and "nobody is editing now" with a way to start when it is free again.
 */
export function LeaseNotice({
  lease,
  userId,
  mayTakeOverOthers,
  onShowCurrent,
}: {
  lease: LeaseController;
  userId: number;
  mayTakeOverOthers: boolean;
  /** After a loss: leave the kept text and show the story as it now is. */
  onShowCurrent?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { state } = lease;
  const box = 'flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md px-3 py-2 text-sm ring-1 ring-inset';
  const start = lease.free ? (
    <Button size="sm" variant="primary" onClick={() => void lease.take()} data-testid="lease-start">
      {t('editor.leaseStart')}
    </Button>
  ) : null;

  if (state.kind === 'other') {
    const mine = state.holder.id === userId;
    return (
      <output
        className={`${box} bg-amber-50 text-amber-950 ring-amber-200`}
        data-testid="lease-notice"
        data-lease="other"
      >
        <span className="font-medium">
          {lease.free
            ? t('editor.leaseFree')
            : mine
              ? t('editor.leaseOtherTab', { time: formatTime(state.since, locale) })
              : t('editor.leaseOther', {
                  name: isolate(state.holder.displayName),
                  time: formatTime(state.since, locale),
                })}
        </span>
        {lease.free ? null : <span>{t('editor.readOnly')}</span>}
        {start ??
          (mine || mayTakeOverOthers ? (
            <Button
              size="sm"
              variant="secondary"
              onClick={() => void lease.takeOver()}
              data-testid="lease-take-over"
            >
              {t(mine ? 'editor.leaseHere' : 'editor.leaseTakeOver')}
            </Button>
          ) : null)}
        {lease.takeOverError ? (
          <span role="alert" className="w-full text-rose-800">
            {storyErrorMessage(t, locale, lease.takeOverError)}
          </span>
        ) : null}
      </output>
    );
  }
  if (state.kind === 'lost') {
    return (
      <div
        role="alert"
        className={`${box} bg-rose-50 text-rose-950 ring-rose-200`}
        data-testid="lease-notice"
        data-lease="lost"
      >
        <p className="font-medium">
          {state.holder
            ? t('editor.leaseLost', {
                name: isolate(state.holder.displayName),
                time: formatTime(state.at, locale),
              })
            : t('editor.leaseLapsed', { time: formatTime(state.at, locale) })}
        </p>
        {start}
        {onShowCurrent ? (
          <Button size="sm" variant="ghost" onClick={onShowCurrent}>
            {t('editor.leaseShowCurrent')}
          </Button>
        ) : null}
      </div>
    );
  }
  if (state.kind === 'error') {
    return (
      <div
        role="alert"
        className={`${box} bg-rose-50 text-rose-950 ring-rose-200`}
        data-testid="lease-notice"
        data-lease="error"
      >
        <p>{storyErrorMessage(t, locale, state.error)}</p>
        <Button size="sm" onClick={() => void lease.take()}>
          {t('common.retry')}
        </Button>
      </div>
    );
  }
  return null;
}
