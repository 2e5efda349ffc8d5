import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '#shared/schemas/items.ts';
import type { PublicationPreview } from '#shared/schemas/stories.ts';
import { directionOfLanguage } from '#shared/text/direction.ts';
import { StoryDiffView } from '#client/components/story-diff-view.tsx';
import { Button } from '#client/components/ui/button.tsx';
import { Dialog } from '#client/components/ui/dialog.tsx';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { ErrorState } from '#client/components/ui/state-message.tsx';
import { countryName, formatList } from '#client/lib/format.ts';
import { DirectedText, isolatedText, textDirection } from '#client/lib/directed-text.tsx';
import { sanitizeBody, withBlockDirections } from '#client/lib/sanitize-html.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { diffStory } from '#client/lib/story-diff.ts';
import { usePublicationPreview } from '../api/get-publication-preview.ts';
import { readNinjs, seesPublicationPreview } from '../lib/ninjs-view.ts';

/**
 * For reviewers (and chiefs), while a story is in review or approved: which version would go out, and a
 * dialog with exactly what readers would receive and what changed since the last publication.
 */
export function PublicationSection({ item }: { item: Item }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!seesPublicationPreview(user, item)) return null;
  // Styled as the pane's other sections; it draws its own, as only some people see it at all.
  return (
    <section aria-labelledby="item-publication-title" className="border-t border-surface-line pt-4">
      <h3 id="item-publication-title" className="mb-2.5 text-xs font-semibold tracking-wide text-ink-soft">
        {t('publication.section')}
      </h3>
      <PublicationSummary item={item} />
    </section>
  );
}

function PublicationSummary({ item }: { item: Item }) {
  const { t } = useTranslation();
  const { data, error, refetch } = usePublicationPreview(item.id);
  const [open, setOpen] = useState(false);
  // The dialog leaves the page when it closes: focus goes back to the button that opened it.
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Spinner />;
  const view = readNinjs(data.ninjs);
  return (
    <div className="flex flex-col gap-2" data-testid="publication">
      <p className="text-sm">
        {data.published
          ? t('publication.nextUpdate', {
              version: data.version.number,
              published: data.published.number,
              publication: view.publication ?? '?',
            })
          : t('publication.nextFirst', { version: data.version.number })}
      </p>
      <Button
        size="sm"
        className="self-start"
        ref={opener}
        onClick={() => setOpen(true)}
        data-testid="publication-preview-open"
      >
        {t('publication.open')}
      </Button>
      {open ? <PreviewDialog preview={data} onClose={close} /> : null}
    </div>
  );
}

/** A labelled value of the outgoing object, shown only when it has one. */
function Fact({ label, value }: { label: string; value: string | null }) {
  if (!value) return null;
  return (
    <div className="flex gap-2">
      <dt className="shrink-0 font-medium text-ink-soft">{label}</dt>
      <DirectedText as="dd" text={value} />
    </div>
  );
}

/** The outgoing ninjs as a reader would see it, then its differences from the published version. */
function PreviewDialog({ preview, onClose }: { preview: PublicationPreview; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const view = readNinjs(preview.ninjs);
  const language = view.language ?? preview.version.language;
  const base = directionOfLanguage(language);
  const body = useMemo(() => withBlockDirections(sanitizeBody(view.bodyHtml), base), [view.bodyHtml, base]);
  const diff = useMemo(
    () =>
      preview.published
        ? diffStory(preview.published, preview.version, directionOfLanguage(preview.version.language))
        : null,
    [preview.published, preview.version],
  );
  const list = (values: string[]) => (values.length ? formatList(values, i18n.language) : null);
  return (
    <Dialog open onClose={onClose} title={t('publication.title')} size="wide">
      <div className="flex flex-col gap-5" data-testid="publication-preview">
        <section aria-labelledby="publication-out" className="flex flex-col gap-3">
          <h3 id="publication-out" className="text-sm font-semibold text-ink-soft">
            {t('publication.whatGoesOut', { version: preview.version.number })}
          </h3>
          <div className="rounded-md border border-surface-line bg-surface-raised px-4 py-3" lang={language}>
            {view.note ? (
              <p className="mb-2 text-sm text-amber-900">
                <span className="font-semibold">{t('publication.note')}: </span>
                <DirectedText text={view.note} />
              </p>
            ) : null}
            <p
              className="text-lg font-semibold leading-relaxed"
              dir={textDirection(view.headline, language)}
              data-testid="preview-headline"
            >
              {isolatedText(view.headline)}
            </p>
            {view.summary ? (
              <DirectedText
                as="p"
                text={view.summary}
                language={language}
                className="mt-1 font-medium leading-loose text-ink-soft"
              />
            ) : null}
            {body.trim() ? (
              <div
                className="prose-wire mt-3"
                dir={base}
                data-testid="preview-body"
                // oxlint-disable-next-line react/no-danger -- sanitised on the server and again by sanitizeBody
                dangerouslySetInnerHTML={{ __html: body }}
              />
            ) : null}
          </div>
          <dl className="flex flex-col gap-1 text-sm">
            <Fact label={t('publication.byline')} value={view.byline} />
            <Fact label={t('publication.dateline')} value={view.dateline} />
            <Fact label={t('publication.slug')} value={view.slug} />
            <Fact label={t('publication.keywords')} value={list(view.keywords)} />
            <Fact
              label={t('publication.places')}
              value={list(
                view.places.map((place) =>
                  place.code ? countryName(place.code, i18n.language) : place.name,
                ),
              )}
            />
          </dl>
        </section>
        <section aria-labelledby="publication-changes" className="flex flex-col gap-3">
          <h3 id="publication-changes" className="text-sm font-semibold text-ink-soft">
            {preview.published
              ? t('publication.changesSince', { version: preview.published.number })
              : t('publication.firstTime')}
          </h3>
          {diff ? (
            diff.headline.changed || diff.summary.changed || diff.body.changed ? (
              <StoryDiffView
                diff={diff}
                caption={t('publication.changesSince', { version: preview.published!.number })}
                beforeLabel={t('publication.published', { version: preview.published!.number })}
                afterLabel={t('publication.toPublish', { version: preview.version.number })}
                lang={language}
              />
            ) : (
              <p className="text-sm text-ink-soft">{t('versions.sameText')}</p>
            )
          ) : null}
        </section>
        <div className="flex justify-end border-t border-surface-line pt-3">
          <Button variant="ghost" onClick={onClose}>
            {t('common.close')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
