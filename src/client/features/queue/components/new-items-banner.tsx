import { useTranslation } from 'react-i18next';

/**
 * "3 new items": shown while new items wait above a scrolled queue; one click (or Enter) shows them. Screen
 * readers are told once that items are waiting, not at each one that arrives (the visible count is not live).
 */
export function NewItemsBanner({ count, onShow }: { count: number; onShow: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="pointer-events-none absolute inset-x-0 top-12 z-10 flex justify-center">
      <span className="sr-only" aria-live="polite">
        {count > 0 ? t('queue.newItemsWaiting') : ''}
      </span>
      {count > 0 ? (
        <button
          type="button"
          onClick={onShow}
          data-testid="new-items-banner"
          className="pointer-events-auto rounded-full bg-brand px-4 py-1.5 text-sm font-medium text-white shadow-lg hover:bg-brand-strong"
        >
          <span aria-hidden="true">↑ </span>
          {t('queue.newItems', { count })}
        </button>
      ) : null}
    </div>
  );
}
