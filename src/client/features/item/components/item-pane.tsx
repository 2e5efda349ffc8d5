import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '#client/lib/page-title.ts';
import type { Item } from '#shared/schemas/items.ts';
import { mayEdit } from '#shared/workflow.ts';
import { BackIcon, CloseIcon, LayersIcon, LinkIcon } from '#client/components/ui/icons.tsx';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { ErrorState } from '#client/components/ui/state-message.tsx';
import { StatusBadge } from '#client/components/ui/status-badge.tsx';
import { UrgencyMark } from '#client/components/ui/urgency-mark.tsx';
import { formatDateTime } from '#client/lib/format.ts';
import { useSourceName } from '#client/lib/local-names.ts';
import { useActiveLease } from '#client/lib/lease.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { useReadStore } from '#client/stores/read-store.ts';
import { useItem } from '../api/get-item.ts';
import { inHandCopyIn, useItemCluster } from '../api/get-item-cluster.ts';
import { AgencyCopies } from './agency-copies.tsx';
import { ItemBody } from './item-body.tsx';
import { EditEntry } from './edit-entry.tsx';
import { ItemCluster } from './item-cluster.tsx';
import { ItemComments } from './item-comments.tsx';
import { ItemTags } from './item-tags.tsx';
import { ItemTimeline } from './item-timeline.tsx';
import { StoryInHandNotice } from './story-in-hand-notice.tsx';
import { StorySources } from './story-sources.tsx';
import { WireUpdateNotice } from './wire-update-notice.tsx';
import { DirectedText, isolatedText, textDirection } from '#client/lib/directed-text.tsx';
import { workflowState } from '#client/lib/workflow-state.ts';

export interface ItemPaneProps {
  itemId: number;
  /** The workflow buttons for this item (composed by the route from the workflow feature). */
  renderActions(item: Item): ReactNode;
  /** The story's versions, to compare and restore (composed by the route from the versions feature). */
  renderVersions?(item: Item): ReactNode;
  /** What publishing would send out, for reviewers (from the publication feature). */
  renderPublication?(item: Item): ReactNode;
  /** "Write a story from this report / these reports" (from the stories feature). */
  renderWriteStory?(sourceIds: number[]): ReactNode;
  itemHref(id: number): string;
  onOpenItem(id: number): void;
  onClose(): void;
  /**
   * Move keyboard focus into the pane (its heading) as soon as the item is shown: asked when it opens with the
   * keyboard's "forward" arrow, and again when that arrow is pressed on the row already open.
   */
  focusOnOpen?: boolean;
  /** Focus went into the pane as asked (the request is spent). */
  onFocusedOnOpen?(): void;
}

function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <section aria-labelledby={id} className="border-t border-surface-line pt-4">
      <h3 id={id} className="mb-2.5 text-xs font-semibold tracking-wide text-ink-soft">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** The item: text, tags, source, workflow, timeline, comments and the same story from other sources. */
export function ItemPane({
  itemId,
  renderActions,
  renderVersions,
  renderPublication,
  renderWriteStory,
  itemHref,
  onOpenItem,
  onClose,
  focusOnOpen,
  onFocusedOnOpen,
}: ItemPaneProps) {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const sourceName = useSourceName();
  const {
    query: { data: item, isPending, error, refetch },
    shown,
  } = useItem(itemId);
  usePageTitle(item?.headline ?? null, 1);
  const markOpened = useReadStore((state) => state.markOpened);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const lease = useActiveLease(shown?.lease);
  const loaded = shown !== undefined;
  // An incoming report: whether the desk already has its story in hand (another agency's report of it, or a desk
  // story written from it or from one of those). Said here; its Accept asks the server again (the route's
  // composition), as this may still be on its way.
  const sameStory = useItemCluster(itemId, shown?.status === 'incoming');
  const inHand = item ? inHandCopyIn(item, sameStory.data) : null;
  useEffect(() => {
    markOpened(itemId);
  }, [itemId, markOpened]);
  useEffect(() => {
    if (!focusOnOpen || !loaded) return;
    headingRef.current?.focus();
    onFocusedOnOpen?.();
  }, [focusOnOpen, loaded, onFocusedOnOpen]);

  if (isPending && !shown) {
    return (
      <div className="p-6">
        <Spinner />
      </div>
    );
  }
  if (!shown) return <ErrorState error={error} onRetry={() => void refetch()} />;

  // Tags change from here without the editor, which the server allows while nobody else is editing.
  const canEditTags = mayEdit(user, workflowState(shown)) && (lease === null || lease.holder.id === user.id);
  const locale = i18n.language;
  return (
    <article
      aria-labelledby="item-headline"
      className="flex min-h-full flex-col"
      data-testid="item-pane"
      data-item-id={shown.id}
    >
      <div className="sticky top-0 z-10 flex flex-wrap items-center gap-2 border-b border-surface-line bg-white/95 px-5 py-2.5 backdrop-blur">
        <StatusBadge status={shown.status} />
        <UrgencyMark urgency={shown.urgency} />
        <div className="ms-auto flex flex-wrap items-center gap-1.5">{item ? renderActions(item) : null}</div>
        {/* On a phone the pane is the whole screen: this is the way back to the list, first and labelled. */}
        <button
          type="button"
          onClick={onClose}
          data-testid="item-close"
          className="inline-flex items-center gap-1 rounded p-1.5 text-ink-faint hover:bg-surface-sunken hover:text-ink max-tablet:order-first max-tablet:min-h-11 max-tablet:pe-3 max-tablet:font-medium max-tablet:text-brand"
        >
          <BackIcon className="size-5 tablet:hidden" />
          <span className="tablet:hidden">{t('item.back')}</span>
          <CloseIcon className="size-4 max-tablet:hidden" />
          <span className="sr-only max-tablet:hidden">{t('item.close')}</span>
        </button>
      </div>

      <div className="flex flex-col gap-5 px-5 py-4">
        {item ? <WireUpdateNotice item={item} user={user} /> : null}
        {inHand ? <StoryInHandNotice copy={inHand} itemHref={itemHref} onOpen={onOpenItem} /> : null}
        <header className="flex flex-col gap-2">
          <h2
            id="item-headline"
            ref={headingRef}
            tabIndex={-1}
            dir={textDirection(shown.headline, shown.language)}
            lang={shown.language || undefined}
            className="rounded text-xl font-semibold leading-relaxed text-ink focus-visible:outline-2 focus-visible:outline-offset-4"
          >
            {isolatedText(shown.headline)}
          </h2>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-ink-soft">
            <span className="font-semibold text-ink">
              <bdi>{sourceName(shown.source)}</bdi>
            </span>
            {shown.author ? (
              <span>
                {t('item.by')} <bdi>{shown.author}</bdi>
              </span>
            ) : null}
            <span>
              {t('item.received')}{' '}
              <time dateTime={shown.receivedAt}>{formatDateTime(shown.receivedAt, locale)}</time>
            </span>
            {shown.wireTime ? (
              <span>
                {t('item.wireTime')}{' '}
                <time dateTime={shown.wireTime}>{formatDateTime(shown.wireTime, locale)}</time>
              </span>
            ) : null}
            {shown.assignee ? (
              <span>
                {t('item.assignee')}: <bdi className="font-medium text-ink">{shown.assignee.displayName}</bdi>
              </span>
            ) : null}
            {shown.origin === 'desk' ? (
              <span className="font-medium text-ink" data-testid="desk-story">
                {shown.sourceCount > 0
                  ? t('queue.deskStoryFrom', { count: shown.sourceCount })
                  : t('queue.deskStory')}
              </span>
            ) : null}
            {shown.clusterSize > 1 ? (
              <span className="inline-flex items-center gap-1">
                <LayersIcon className="size-3.5" />
                {t('queue.sources', { count: shown.clusterSize })}
              </span>
            ) : null}
            {shown.url ? (
              <a
                href={shown.url}
                target="_blank"
                rel="noopener noreferrer"
                className="inline-flex items-center gap-1 font-medium text-brand hover:underline"
              >
                <LinkIcon className="size-3.5" />
                {t('item.openSource')}
              </a>
            ) : null}
          </div>
        </header>
        {/* A list's card stands in until the item arrives: what needs the whole item waits for it. */}
        {item ? (
          <>
            <div className="flex flex-wrap items-center gap-2" data-testid="item-entry">
              <EditEntry item={item} user={user} />
              {item.origin === 'wire' && renderWriteStory ? renderWriteStory([item.id]) : null}
            </div>
            {item.summary ? (
              <DirectedText
                as="p"
                text={item.summary}
                language={item.language}
                className="text-[0.95rem] font-medium leading-loose text-ink-soft"
              />
            ) : null}
            <ItemBody html={item.body} language={item.language} />

            {renderPublication ? renderPublication(item) : null}
            {item.origin === 'desk' && item.sourceCount > 0 ? (
              <Section title={t('storyEntry.sources')} id="item-sources-title">
                <StorySources item={item} itemHref={itemHref} onOpen={onOpenItem} />
              </Section>
            ) : null}
            {renderVersions ? (
              <Section title={t('versions.title')} id="item-versions-title">
                {renderVersions(item)}
              </Section>
            ) : null}
            {item.origin === 'wire' ? (
              <Section title={t('storyEntry.agencyCopies')} id="item-agency-copies-title">
                <AgencyCopies item={item} />
              </Section>
            ) : null}
            <Section title={t('item.tags')} id="item-tags-title">
              <ItemTags item={item} canEdit={canEditTags} />
            </Section>
            <Section title={t('item.duplicates')} id="item-duplicates-title">
              <ItemCluster
                item={item}
                itemHref={itemHref}
                onOpen={onOpenItem}
                renderWriteStory={renderWriteStory}
              />
            </Section>
            <Section title={t('item.timeline')} id="item-timeline-title">
              <ItemTimeline itemId={item.id} />
            </Section>
            <Section title={t('item.comments')} id="item-comments-title">
              <ItemComments itemId={item.id} />
            </Section>
          </>
        ) : (
          <Spinner className="py-2" />
        )}
      </div>
    </article>
  );
}
