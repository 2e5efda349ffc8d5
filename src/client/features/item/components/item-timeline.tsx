import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatList } from '#client/lib/format.ts';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { useItemHistory } from '../api/get-item-history.ts';
import { timelineEntries } from '../lib/timeline-entries.ts';
import { DirectedText } from '#client/lib/directed-text.tsx';

/** Who did what, when: the item's events, oldest first (live: new events are appended as they happen). */
export function ItemTimeline({ itemId }: { itemId: number }) {
  const { t, i18n } = useTranslation();
  const { data, isPending } = useItemHistory(itemId);
  const entries = useMemo(() => timelineEntries(data?.events ?? []), [data]);
  if (isPending) return <Spinner />;
  return (
    // A pasted address or any unbroken run of letters wraps inside the pane rather than running out of it (the
    // property is inherited by every entry).
    <ol
      className="relative flex flex-col gap-3 border-s border-surface-line ps-4 [overflow-wrap:anywhere]"
      data-testid="timeline"
    >
      {entries.map(({ event, key, values, person, fields, detail }) => (
        <li key={event.seq} className="relative" data-type={event.type}>
          <span
            aria-hidden="true"
            className="absolute -start-[1.3rem] top-1.5 size-2 rounded-full bg-ink-faint ring-2 ring-white"
          />
          <p className="text-sm">
            <span className="font-medium">{key ? t(`timeline.${key}`, values) : event.type}</span>
            {person ? (
              <>
                {' '}
                <span className="font-semibold">
                  <bdi>{person}</bdi>
                </span>
              </>
            ) : null}
            {fields.length ? (
              <span className="text-ink-soft">
                {' '}
                (
                {formatList(
                  fields.map((field) => t(`versions.fields.${field}`, { defaultValue: field })),
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
          {detail ? (
            <DirectedText
              as="p"
              text={detail}
              className="mt-1 rounded bg-surface-sunken px-2.5 py-1.5 text-sm"
            />
          ) : null}
        </li>
      ))}
    </ol>
  );
}
