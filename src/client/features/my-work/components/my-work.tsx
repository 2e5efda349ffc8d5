import { useTranslation } from 'react-i18next';
import type { ItemFilters, ItemCard } from '#shared/schemas/items.ts';
import { ItemRow } from '#client/components/item-row.tsx';
import { Button } from '#client/components/ui/button.tsx';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { ErrorState } from '#client/components/ui/state-message.tsx';
import { formatNumber } from '#client/lib/format.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { isUnread, useReadStore } from '#client/stores/read-store.ts';
import { myWorkSections, useMyWorkList, type MyWorkSection } from '../api/get-my-work.ts';

interface SectionProps {
  section: MyWorkSection;
  filters: ItemFilters;
  openId: number | null;
  itemHref(item: ItemCard): string;
  onOpen(item: ItemCard): void;
}

function Section({ section, filters, openId, itemHref, onOpen }: SectionProps) {
  const { t, i18n } = useTranslation();
  const read = useReadStore();
  const { data, isPending, error, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useMyWorkList(filters);
  const items = data?.pages.flatMap((page) => page.items) ?? [];
  const headingId = `my-work-${section}`;
  return (
    <section
      aria-labelledby={headingId}
      className="border-b border-surface-line"
      data-testid={`my-work-${section}`}
    >
      <h2
        id={headingId}
        className="sticky top-0 z-[1] flex items-center gap-2 bg-surface-sunken px-4 py-2 text-sm font-semibold"
      >
        {t(`myWork.${section}`)}
        <span className="rounded-full bg-white px-2 text-xs tabular-nums text-ink-soft ring-1 ring-inset ring-surface-line">
          {formatNumber(items.length, i18n.language)}
          {hasNextPage ? '+' : ''}
        </span>
      </h2>
      {isPending ? <Spinner className="px-4 py-3" /> : null}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {!isPending && !error && items.length === 0 ? (
        <p className="px-4 py-4 text-sm text-ink-faint">{t(`myWork.${section}Empty`)}</p>
      ) : null}
      <ul>
        {items.map((item, index) => (
          <li key={item.id}>
            <ItemRow
              item={item}
              index={index}
              setSize={items.length}
              href={itemHref(item)}
              unread={isUnread(read, item.id, item.receivedAt)}
              current={false}
              open={item.id === openId}
              selected={false}
              onOpen={onOpen}
            />
          </li>
        ))}
      </ul>
      {hasNextPage ? (
        <div className="px-4 py-2">
          <Button
            size="sm"
            variant="ghost"
            onClick={() => void fetchNextPage()}
            disabled={isFetchingNextPage}
          >
            {t('myWork.more')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

/** Items assigned to me, returned to me, waiting for my review (and, for a chief, waiting to be assigned). */
export function MyWork({
  openId,
  itemHref,
  onOpen,
}: {
  openId: number | null;
  itemHref(item: ItemCard): string;
  onOpen(item: ItemCard): void;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const sections = myWorkSections(user);
  return (
    <div className="h-full overflow-y-auto bg-white" data-testid="my-work">
      <h1 className="sr-only">{t('nav.myWork')}</h1>
      {sections.map(({ section, filters }) => (
        <Section
          key={section}
          section={section}
          filters={filters}
          openId={openId}
          itemHref={itemHref}
          onOpen={onOpen}
        />
      ))}
    </div>
  );
}
