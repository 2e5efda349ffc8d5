import { useTranslation } from 'react-i18next';

/** "3 new items": shown while new items wait above a scrolled queue; one click (or Enter) shows them. */
export function NewItemsBanner({ count, onShow }: { count: number; onShow: () => void }) {
  const { t } = useTranslation();
  return (
    <div
      aria-live="polite"
      className="pointer-events-none absolute inset-x-0 top-12 z-10 flex justify-center"
    >
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
