import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSourceName } from '#client/lib/local-names.ts';
import type { Item } from '#shared/schemas/items.ts';
import { directionOf, directionOfLanguage } from '#shared/text/direction.ts';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { ErrorState } from '#client/components/ui/state-message.tsx';
import { formatDateTime } from '#client/lib/format.ts';
import { sanitizeBody } from '#client/lib/sanitize-html.ts';
import { getStorySourcesQueryOptions } from '#client/lib/story-sources.ts';

/** One agency's report: headline, time, agency, body, laid out by their own direction. */
function SourceReport({ report, index }: { report: Item; index: number }) {
  const { t, i18n } = useTranslation();
  const sourceName = useSourceName();
  const base = directionOfLanguage(report.language);
  const body = useMemo(() => sanitizeBody(report.body), [report.body]);
  const time = report.wireTime ?? report.receivedAt;
  const headingId = `source-${report.id}-headline`;
  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-2 rounded-md border border-surface-line bg-white p-3"
      data-testid="story-source"
      data-source-id={report.id}
    >
      <div className="flex flex-wrap items-center gap-x-2 text-xs text-ink-soft">
        <span className="font-semibold text-ink">
          {t('editor.sourceNumber', { number: index + 1 })} · <bdi>{sourceName(report.source)}</bdi>
        </span>
        <time dateTime={time}>{formatDateTime(time, i18n.language)}</time>
      </div>
      {report.wireUpdate !== null ? (
        // The report is kept as it was written from; the agency's newer copy waits on the report itself,
        // with what it changes. A new tab, so the story being written stays open here.
        <p
          className="rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-950 ring-1 ring-inset ring-amber-300"
          data-testid="source-updated"
        >
          {t('editor.sourceUpdated')}{' '}
          <a href={`/items/${report.id}`} target="_blank" rel="noopener" className="font-medium underline">
            {t('editor.sourceUpdateCompare')}
          </a>
        </p>
      ) : null}
      <h3
        id={headingId}
        dir={directionOf(report.headline, base)}
        lang={report.language || undefined}
        className="text-sm font-semibold leading-relaxed text-ink"
      >
        {report.headline}
      </h3>
      {report.summary ? (
        <p
          dir={directionOf(report.summary, base)}
          lang={report.language || undefined}
          className="text-xs text-ink-soft"
        >
          {report.summary}
        </p>
      ) : null}
      {body.trim() ? (
        <div
          className="prose-wire text-sm text-ink"
          dir={base}
          lang={report.language || undefined}
          // oxlint-disable-next-line react/no-danger -- sanitised twice (server, then sanitizeBody)
          dangerouslySetInnerHTML={{ __html: body }}
        />
      ) : null}
    </article>
  );
}

/**
 * The reports a desk story is written from, side by side with the editor, so an editor composes from several
 * agencies at once (select and copy, or read across). Their text is the agencies', read-only.
 */
export function SourcesPanel({ storyId }: { storyId: number }) {
  const { t } = useTranslation();
  const { data, error, refetch, isPending } = useQuery(getStorySourcesQueryOptions(storyId));
  return (
    <aside
      aria-labelledby="story-sources-title"
      className="flex min-h-0 flex-col border-surface-line bg-surface-sunken lg:border-s"
      data-testid="story-sources"
    >
      <h2 id="story-sources-title" className="px-4 pt-3 pb-2 text-sm font-semibold text-ink">
        {t('editor.sources')}
      </h2>
      {/* A scrolling region holding only text: focusable, so the keyboard can scroll it (WCAG 2.1.1). */}
      <section
        className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto px-4 pb-4"
        // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- nothing inside takes focus (see above)
        tabIndex={0}
        aria-labelledby="story-sources-title"
      >
        {isPending ? <Spinner /> : null}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {data?.map((report, index) => (
          <SourceReport key={report.id} report={report} index={index} />
        ))}
      </section>
    </aside>
  );
}
