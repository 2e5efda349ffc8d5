import type { Feed } from '#shared/schemas/feeds.ts';
import { useSetFeedEnabled } from '../api/update-feed.ts';
import { useFeedsTranslation } from '../i18n.ts';

/**
 * Pause or resume with one click. A switch (role="switch", aria-checked): its name is the feed, its state is
 * read from aria-checked, and the word beside it says the same for sighted users. The knob sits at the end when
 * on, whichever the writing direction.
 */
export function EnabledSwitch({ feed }: { feed: Feed }) {
  const { t } = useFeedsTranslation();
  const setEnabled = useSetFeedEnabled();
  const busy = setEnabled.isPending;
  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        role="switch"
        aria-checked={feed.enabled}
        aria-disabled={busy || undefined}
        data-testid="feed-enabled"
        onClick={() => {
          if (!busy) setEnabled.mutate({ feed, enabled: !feed.enabled });
        }}
        className={`flex h-6 w-11 shrink-0 items-center rounded-full border-2 p-0.5 transition-colors ${feed.enabled ? 'justify-end border-emerald-700 bg-emerald-700' : 'justify-start border-slate-500 bg-slate-200'} ${busy ? 'opacity-60' : ''}`}
      >
        <span aria-hidden="true" className="size-4 rounded-full bg-white shadow" />
        <span className="sr-only">{t('enabled.label', { name: feed.name })}</span>
      </button>
      <span aria-hidden="true" className="text-xs text-ink-soft">
        {busy ? t('enabled.pending') : feed.enabled ? t('enabled.on') : t('enabled.off')}
      </span>
    </div>
  );
}
