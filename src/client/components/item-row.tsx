import { memo, type MouseEvent, type Ref } from 'react';
import { isPlainClick } from '#client/lib/keyboard.ts';
import { useTranslation } from 'react-i18next';
import type { ItemCard } from '#shared/schemas/items.ts';
import { LeaseNote } from '#client/components/lease-note.tsx';
import { Chip } from '#client/components/ui/chip.tsx';
import { UserIcon } from '#client/components/ui/icons.tsx';
import { RelativeTime } from '#client/components/ui/relative-time.tsx';
import { StatusBadge } from '#client/components/ui/status-badge.tsx';
import { UrgencyMark, urgencyEdgeClass } from '#client/components/ui/urgency-mark.tsx';
import { countryName, formatNumber } from '#client/lib/format.ts';
import { useSourceName } from '#client/lib/local-names.ts';
import type { Highlighter } from '#client/lib/use-search-highlight.ts';
import { isolatedText, textDirection } from '#client/lib/directed-text.tsx';
import { directionOf } from '#client/lib/i18n.ts';

const MAX_COUNTRIES = 3;
const MAX_TOPICS = 2;

export interface ItemRowProps {
  item: ItemCard;
  index: number;
  setSize: number;
  href: string;
  unread: boolean;
  current: boolean;
  open: boolean;
  selected: boolean;
  /** In a virtualised list: the row's offset from the top (a number, so the memoised row skips re-renders). */
  offset?: number;
  ref?: Ref<HTMLElement>;
  /** Queue mode: the row is the focus target and can be ticked. */
  roving?: boolean;
  /** Queue mode: the list's one tab stop (roving tabindex), which Tab enters the list by. */
  tabStop?: boolean;
  /** The queue's text search: matched words of the headline are marked. */
  highlight?: Highlighter | null;
  /** Rendered by the server before the desk runs (the first glance): a picture of the row, not the row. */
  glance?: boolean;
  onOpen(item: ItemCard): void;
  onToggleSelected?(id: number): void;
}

/**
 * One headline in a list (the queue, my work): dense and scannable. In the queue the row itself takes focus
 * (roving: j/k move it) and carries a checkbox for bulk actions; elsewhere the headline link is the tab stop.
 */
export const ItemRow = memo(function ItemRow({
  item,
  index,
  setSize,
  href,
  unread,
  current,
  open,
  selected,
  offset,
  ref,
  roving = false,
  tabStop = false,
  highlight = null,
  glance = false,
  onOpen,
  onToggleSelected,
}: ItemRowProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const sourceName = useSourceName();
  const headingId = `queue-h-${item.id}`;
  // The headline link covers the whole row (a "stretched link"): a click anywhere opens the item in the pane;
  // a modified click (new tab) or middle click keeps the browser's own behaviour.
  const openRow = (event: MouseEvent) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    onOpen(item);
  };
  const extraCountries = item.countries.length - MAX_COUNTRIES;
  return (
    <article
      ref={ref}
      data-index={index}
      data-item-id={item.id}
      data-testid={glance ? 'queue-glance-row' : 'queue-row'}
      aria-labelledby={headingId}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      aria-current={open ? 'true' : undefined}
      tabIndex={roving ? (tabStop ? 0 : -1) : undefined}
      style={
        offset === undefined
          ? undefined
          : {
              position: 'absolute',
              top: 0,
              insetInlineStart: 0,
              width: '100%',
              transform: `translateY(${offset}px)`,
            }
      }
      className={`relative flex gap-2.5 border-b border-s-4 border-b-surface-line py-2 pe-3 ps-2.5 outline-offset-[-2px] ${urgencyEdgeClass(item.urgency)} ${
        open
          ? 'bg-brand-soft'
          : current
            ? 'bg-surface-sunken'
            : selected
              ? 'bg-sky-50/60'
              : 'bg-white hover:bg-surface-raised'
      }`}
    >
      {onToggleSelected ? (
        <input
          type="checkbox"
          checked={selected}
          onChange={() => onToggleSelected(item.id)}
          aria-label={t('queue.selectItem', { headline: item.headline })}
          tabIndex={-1}
          className="relative z-[1] mt-1.5 size-3.5 shrink-0 accent-brand"
        />
      ) : null}
      <div className="min-w-0 flex-1">
        <h3 id={headingId} className="flex items-start gap-1.5 text-[0.95rem] leading-snug">
          {unread ? (
            <span className="mt-[0.45em] size-2 shrink-0 rounded-full bg-brand" title={t('queue.unread')}>
              <span className="sr-only">{t('queue.unread')}</span>
            </span>
          ) : null}
          <a
            href={href}
            dir={textDirection(item.headline, item.language, directionOf(locale))}
            lang={item.language || undefined}
            tabIndex={roving ? -1 : undefined}
            onClick={openRow}
            className={`line-clamp-2 min-w-0 flex-1 after:absolute after:inset-0 after:content-[''] hover:underline ${unread ? 'font-semibold text-ink' : 'font-normal text-ink-soft'} ${
              item.status === 'spiked' || item.status === 'killed' ? 'line-through decoration-slate-400' : ''
            }`}
          >
            {highlight
              ? highlight(item.headline).map((segment, at) =>
                  segment.mark ? (
                    <mark key={at} className="rounded-sm bg-amber-100 text-inherit">
                      {segment.text}
                    </mark>
                  ) : (
                    segment.text
                  ),
                )
              : isolatedText(item.headline)}
          </a>
        </h3>
        <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-ink-faint">
          <UrgencyMark urgency={item.urgency} />
          <StatusBadge status={item.status} />
          <span className="font-medium text-ink-soft">
            <bdi>{sourceName(item.source)}</bdi>
          </span>
          <RelativeTime iso={item.receivedAt} />
          {item.assignee ? (
            <span className="inline-flex items-center gap-1">
              <UserIcon className="size-3.5" />
              <span className="sr-only">{t('queue.assignedTo')}</span>
              <bdi>{item.assignee.displayName}</bdi>
            </span>
          ) : null}
          <LeaseNote lease={item.lease} variant="row" />
          {item.origin === 'desk' ? (
            <span className="rounded bg-brand-soft px-1.5 font-medium text-brand-strong ring-1 ring-inset ring-cyan-200">
              {item.sourceCount > 0
                ? t('queue.deskStoryFrom', { count: item.sourceCount })
                : t('queue.deskStory')}
            </span>
          ) : null}
          {item.wireUpdate !== null ? (
            <span
              className="rounded bg-amber-50 px-1.5 font-medium text-amber-900 ring-1 ring-inset ring-amber-300"
              data-testid="row-agency-update"
            >
              {t('queue.agencyUpdate')}
            </span>
          ) : null}
          {item.clusterSize > 1 ? (
            <span className="rounded bg-surface-sunken px-1.5 font-medium text-ink-soft ring-1 ring-inset ring-surface-line">
              {t('queue.sources', { count: item.clusterSize })}
            </span>
          ) : null}
          {item.countries.slice(0, MAX_COUNTRIES).map((code) => (
            <Chip key={code} tone="country">
              {countryName(code, locale)}
            </Chip>
          ))}
          {extraCountries > 0 ? <span>+{formatNumber(extraCountries, locale)}</span> : null}
          {item.topics.slice(0, MAX_TOPICS).map((topic) => (
            <Chip key={topic} tone="topic">
              {t(`topics.${topic}`)}
            </Chip>
          ))}
        </div>
      </div>
    </article>
  );
});
