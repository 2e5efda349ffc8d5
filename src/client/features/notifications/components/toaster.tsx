import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { AfterFirstRender } from '#client/components/after-first-render.tsx';

// The cards' code is not needed for the first rows: it loads right after the desk's first render. The live
// region is there from the start, so that the first toast is announced as one that arrives, not as the region.
const ToastCards = lazy(() => import('./toast-cards.tsx').then((module) => ({ default: module.ToastCards })));

/** Toasts: notifications for this user, refusals and confirmations. Announced to screen readers. */
export function Toaster({ onOpenItem }: { onOpenItem(id: number): void }) {
  const { t } = useTranslation();
  return (
    <section
      aria-label={t('notifications.toasts')}
      aria-live="polite"
      className="pointer-events-none fixed bottom-4 end-4 z-50"
    >
      <AfterFirstRender>
        <ToastCards onOpenItem={onOpenItem} />
      </AfterFirstRender>
    </section>
  );
}
