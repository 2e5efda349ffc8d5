import { useTranslation } from 'react-i18next';
import type { ItemCard } from '#shared/schemas/items.ts';
import { ItemRow } from '#client/components/item-row.tsx';
import { Button } from '#client/components/ui/button.tsx';
import { FilterIcon } from '#client/components/ui/icons.tsx';
import {
  DESK_HEADER_CLASS,
  FILTERS_COLUMN_CLASS,
  QUEUE_COLUMNS_CLASS,
  QUEUE_TOOLBAR_CLASS,
} from '#client/lib/desk-frame.ts';

const NO_OP = () => undefined;

/**
 * The queue's first glance (`src/shared/first-glance.ts`): the desk's frame and its first rows, rendered by the
 * server into the page so that the headlines show while the desk's code loads. The desk replaces it whole when
 * it first renders (React's root clears it). Until then it is a picture: `inert` (nothing to click or tab to
 * that would stop working a moment later) and `aria-busy` (assistive technology waits for the desk).
 *
 * Rows are drawn read, as a first visit in a browser shows them: read marks live in the browser (the desk adds
 * the unread marks it knows of), and each row has its tick box, as in the queue, so the text sits where it will.
 */
export function QueueGlance({ items }: { items: readonly ItemCard[] }) {
  const { t } = useTranslation();
  return (
    // data-first-glance: what start-desk.js looks for (the test id is the tests').
    <div
      className="flex h-full flex-col"
      inert
      aria-busy="true"
      data-first-glance=""
      data-testid="first-glance"
    >
      <header className={DESK_HEADER_CLASS}>
        <span className="flex items-center gap-2">
          <img src="/favicon.svg" alt="" className="size-7" />
          <span className="text-lg font-bold text-ink max-tablet:sr-only">{t('app.name')}</span>
        </span>
      </header>
      <main className="min-h-0 flex-1">
        <div className={QUEUE_COLUMNS_CLASS}>
          <div className={`hidden ${FILTERS_COLUMN_CLASS}`} />
          <div className="min-h-0 border-e border-surface-line">
            <section aria-label={t('queue.title')} className="flex h-full min-h-0 flex-col bg-white">
              {/* The toolbar's buttons every user has, so that it wraps as the desk's will on a narrow screen. */}
              <div className={QUEUE_TOOLBAR_CLASS}>
                <Button size="sm" variant="ghost" className="xl:hidden">
                  <FilterIcon />
                  {t('filters.title')}
                </Button>
                <h1 className="text-sm font-semibold">{t('queue.title')}</h1>
                <Button size="sm" variant="ghost" className="ms-auto">
                  {t('queue.markAllRead')}
                </Button>
              </div>
              <div className="min-h-0 flex-1 overflow-hidden">
                {items.map((item, index) => (
                  <ItemRow
                    key={item.id}
                    glance
                    item={item}
                    index={index}
                    setSize={-1}
                    href={`/items/${item.id}`}
                    unread={false}
                    current={false}
                    open={false}
                    selected={false}
                    onOpen={NO_OP}
                    onToggleSelected={NO_OP}
                  />
                ))}
              </div>
            </section>
          </div>
          <div className="min-h-0 bg-white max-tablet:hidden" />
        </div>
      </main>
    </div>
  );
}
