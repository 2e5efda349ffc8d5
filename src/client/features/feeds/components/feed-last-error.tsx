import type { Feed } from '#shared/schemas/feeds.ts';
import { useFeedsTranslation } from '../i18n.ts';

/**
 * The last error in plain words (the server's code is the key `errors.<code>`), and under it the server's own
 * message, in English, which carries the specifics (the HTTP status, the host, the limit).
 */
export function FeedLastError({
  error,
  current,
}: {
  error: NonNullable<Feed['health']['lastError']>;
  /** Whether it is the feed's state now (failing) or history (paused since, or fetched fine since). */
  current: boolean;
}) {
  const { t, tc } = useFeedsTranslation();
  const plain = tc(`errors.${error.code}`, { defaultValue: '' }) || t('health.unknownError');
  return (
    <div className="mt-1 flex max-w-64 flex-col gap-0.5" data-testid="feed-error" data-code={error.code}>
      <p className={`text-xs ${current ? 'text-rose-900' : 'text-ink-soft'}`}>{plain}</p>
      <p className="text-xs text-ink-faint">
        <span className="sr-only">{t('health.detail')}: </span>
        <span dir="ltr" lang="en" className="break-words" data-testid="feed-error-detail">
          {error.message}
        </span>
      </p>
    </div>
  );
}
