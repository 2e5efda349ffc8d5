import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notification } from '#shared/schemas/views.ts';
import { BellIcon } from '#client/components/ui/icons.tsx';
import { RelativeTime } from '#client/components/ui/relative-time.tsx';
import { StatusBadge } from '#client/components/ui/status-badge.tsx';
import { formatNumber } from '#client/lib/format.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { useNotifications } from '../api/get-notifications.ts';
import { DirectedText } from '#client/lib/directed-text.tsx';

const KIND_STYLE: Record<Notification['kind'], string> = {
  assigned: 'bg-violet-600',
  returned: 'bg-amber-500',
  review: 'bg-sky-600',
  published: 'bg-emerald-600',
  agencyUpdate: 'bg-rose-600',
  correction: 'bg-orange-600',
};

const seenKey = (userId: number) => `mirsad.notifications.seen.${userId}`;

function NotificationRow({ notification, onOpen }: { notification: Notification; onOpen(id: number): void }) {
  const { t } = useTranslation();
  const { event, item } = notification;
  return (
    <li>
      <button
        type="button"
        onClick={() => event.itemId !== null && onOpen(event.itemId)}
        className="flex w-full gap-2.5 rounded px-3 py-2 text-start hover:bg-surface-sunken"
        data-testid="notification"
        data-kind={notification.kind}
      >
        <span
          aria-hidden="true"
          className={`mt-1.5 size-2 shrink-0 rounded-full ${KIND_STYLE[notification.kind]}`}
        />
        <span className="min-w-0 flex-1">
          <span className="block text-sm">
            <span className="font-semibold">{t(`notifications.${notification.kind}`)}</span>
            <span className="text-ink-soft">
              {' · '}
              <bdi>{event.actor.name}</bdi>
            </span>
          </span>
          {item ? (
            <DirectedText text={item.headline} className="line-clamp-2 block text-sm text-ink-soft" />
          ) : null}
          <span className="mt-0.5 flex items-center gap-2">
            <RelativeTime iso={event.at} className="text-xs text-ink-faint" />
            {item ? <StatusBadge status={item.status} /> : null}
          </span>
        </span>
      </button>
    </li>
  );
}

/** The bell: unread count, and the list of what concerns this user (assigned, returned, review, published). */
export function NotificationsMenu({ onOpenItem }: { onOpenItem(id: number): void }) {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const { data } = useNotifications();
  const [open, setOpen] = useState(false);
  const [seen, setSeen] = useState<number>(() => Number(localStorage.getItem(seenKey(user.id)) ?? 0));
  const ref = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const notifications = data?.notifications ?? [];
  const unread = notifications.filter((notification) => notification.event.seq > seen).length;

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    // Capture phase: Escape closes this menu first, and nothing else (not the item pane behind it).
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      // Focus was in the list, which is gone: back to the bell, not to the page's start.
      button.current?.focus();
    };
    // Tabbing out of the menu closes it, as a click elsewhere does.
    const onFocus = (event: FocusEvent) => {
      if (event.target instanceof Node && !ref.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', onFocus);
    };
  }, [open]);

  return (
    <div ref={ref} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="notifications-panel"
        onClick={() => {
          if (!open) {
            // Opening the list counts as having seen what is in it.
            const newest = notifications[0]?.event.seq ?? 0;
            if (newest > seen) {
              setSeen(newest);
              localStorage.setItem(seenKey(user.id), String(newest));
            }
          }
          setOpen(!open);
        }}
        className="relative rounded-md p-2 text-ink-soft hover:bg-surface-sunken hover:text-ink"
        data-testid="notifications-button"
      >
        <BellIcon className="size-5" />
        <span className="sr-only">{t('notifications.title')}</span>
        {unread > 0 ? (
          <span
            className="absolute -end-0.5 -top-0.5 min-w-4.5 rounded-full bg-rose-600 px-1 text-center text-[0.65rem] font-semibold leading-4.5 text-white"
            data-testid="notifications-unread"
          >
            <span aria-hidden="true">{formatNumber(unread, i18n.language)}</span>
            <span className="sr-only"> {t('notifications.unread', { count: unread })}</span>
          </span>
        ) : null}
      </button>
      {open ? (
        <section
          id="notifications-panel"
          aria-label={t('notifications.title')}
          className="absolute end-0 z-30 mt-1 w-96 max-w-[calc(100vw-1rem)] max-tablet:fixed max-tablet:inset-x-2 max-tablet:top-14 max-tablet:w-auto max-tablet:max-w-none rounded-md border border-surface-line bg-white shadow-lg"
        >
          <h2 className="border-b border-surface-line px-3 py-2 text-sm font-semibold">
            {t('notifications.title')}
          </h2>
          {notifications.length === 0 ? (
            <p className="px-3 py-6 text-center text-sm text-ink-faint">{t('notifications.empty')}</p>
          ) : (
            <ul className="max-h-[28rem] overflow-y-auto p-1">
              {notifications.map((notification) => (
                <NotificationRow
                  key={notification.event.seq}
                  notification={notification}
                  onOpen={(id) => {
                    setOpen(false);
                    onOpenItem(id);
                  }}
                />
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
