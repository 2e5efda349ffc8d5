import type { Feed } from '#shared/schemas/feeds.ts';
import { useFeedsTranslation } from '../i18n.ts';
import { feedErrorText } from '../lib/feed-error-text.ts';

/**
 * The last error in the reader's language (the server's code and parameters, `errors.<code>`), and beneath it
 * the technical detail as the server wrote it: English, left to right in a block of its own, so an address or
 * a status keeps its full stop at its own end inside the Arabic page.
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
  const plain = feedErrorText(error, tc) ?? t('health.unknownError');
  return (
    <div className="mt-1 flex max-w-64 flex-col gap-0.5" data-testid="feed-error" data-code={error.code}>
      <p className={`text-xs ${current ? 'text-rose-900' : 'text-ink-soft'}`} data-testid="feed-error-text">
        {plain}
      </p>
      <p className="text-xs text-ink-faint">
        <span className="sr-only">{t('health.detail')}: </span>
        <bdi
          dir="ltr"
          lang="en"
          translate="no"
          className="block break-words text-start"
          data-testid="feed-error-detail"
        >
          {error.message}
        </bdi>
      </p>
    </div>
  );
}
