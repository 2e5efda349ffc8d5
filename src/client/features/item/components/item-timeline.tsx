import { useTranslation } from 'react-i18next';
import { isActionEvent, type MirsadEvent } from '#shared/schemas/events.ts';
import { formatDateTime, formatList } from '#client/lib/format.ts';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { useItemHistory } from '../api/get-item-history.ts';

const KNOWN = new Set([
  'item.ingested',
  'item.reingested',
  'item.edited',
  'item.accept',
  'item.spike',
  'item.unspike',
  'item.assign',
  'item.submit',
  'item.return',
  'item.approve',
  'item.publish',
  'item.kill',
  'comment.added',
]);

/** The words an event carries: a kill's reason, a return's comment, a comment. */
function detail(event: MirsadEvent): string | null {
  if (event.type === 'comment.added') return event.payload.body;
  if (isActionEvent(event)) return event.payload.reason ?? event.payload.comment ?? null;
  return null;
}

/** Who did what, when: the item's events, oldest first (live: new events are appended as they happen). */
export function ItemTimeline({ itemId }: { itemId: number }) {
  const { t, i18n } = useTranslation();
  const { data, isPending } = useItemHistory(itemId);
  if (isPending) return <Spinner />;
  const events = data?.events ?? [];
  return (
    <ol className="relative flex flex-col gap-3 border-s border-surface-line ps-4" data-testid="timeline">
      {events.map((event) => {
        const text = detail(event);
        const fields = event.type === 'item.edited' ? event.payload.fields : [];
        const assignee = isActionEvent(event) ? (event.payload.assigneeName ?? null) : null;
        return (
          <li key={event.seq} className="relative">
            <span
              aria-hidden="true"
              className="absolute -start-[1.3rem] top-1.5 size-2 rounded-full bg-ink-faint ring-2 ring-white"
            />
            <p className="text-sm">
              <span className="font-medium">
                {KNOWN.has(event.type) ? t(`timeline.${event.type.replace('.', '_')}`) : event.type}
              </span>
              {event.type === 'item.assign' && assignee ? (
                <>
                  {' '}
                  <span className="font-semibold">
                    <bdi>{assignee}</bdi>
                  </span>
                </>
              ) : null}
              {event.type === 'item.edited' && fields.length ? (
                <span className="text-ink-soft">
                  {' '}
                  (
                  {formatList(
                    fields.map((field) => t(`fields.${field}`, { defaultValue: field })),
                    i18n.language,
                  )}
                  )
                </span>
              ) : null}
              <span className="text-ink-soft">
                {' · '}
                <bdi>{event.actor.name}</bdi>
              </span>
            </p>
            <time dateTime={event.at} className="text-xs text-ink-faint">
              {formatDateTime(event.at, i18n.language)}
            </time>
            {text ? (
              <p dir="auto" className="mt-1 rounded bg-surface-sunken px-2.5 py-1.5 text-sm">
                {text}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
