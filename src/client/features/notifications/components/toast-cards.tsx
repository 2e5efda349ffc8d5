import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from '#client/components/ui/icons.tsx';
import { UrgencyMark } from '#client/components/ui/urgency-mark.tsx';
import { useToastStore, type Toast } from '#client/stores/toast-store.ts';
import { DirectedText } from '#client/lib/directed-text.tsx';

const LIFETIME = { notification: 8_000, urgent: 12_000, error: 8_000, info: 4_000 } as const;
const EDGE = {
  notification: 'border-s-violet-600',
  urgent: 'border-s-orange-500',
  error: 'border-s-rose-600',
  info: 'border-s-emerald-600',
} as const;

function ToastCard({ toast, onOpenItem }: { toast: Toast; onOpenItem(id: number): void }) {
  const { t } = useTranslation();
  const dismiss = useToastStore((state) => state.dismiss);
  // Held while the pointer is on it or focus is in it: a toast does not go while its button is being reached
  // for (WCAG 2.2.1); its time starts again when let go. (Listened to on the element: the card is not a control.)
  const card = useRef<HTMLLIElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const held = hovered || focused;
  useEffect(() => {
    const element = card.current;
    if (!element) return;
    const enter = () => setHovered(true);
    const leave = () => setHovered(false);
    const focusIn = () => setFocused(true);
    const focusOut = (event: FocusEvent) => {
      if (!element.contains(event.relatedTarget as Node | null)) setFocused(false);
    };
    element.addEventListener('mouseenter', enter);
    element.addEventListener('mouseleave', leave);
    element.addEventListener('focusin', focusIn);
    element.addEventListener('focusout', focusOut);
    return () => {
      element.removeEventListener('mouseenter', enter);
      element.removeEventListener('mouseleave', leave);
      element.removeEventListener('focusin', focusIn);
      element.removeEventListener('focusout', focusOut);
    };
  }, []);
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => dismiss(toast.id), LIFETIME[toast.kind]);
    return () => clearTimeout(timer);
  }, [toast.id, toast.kind, dismiss, held]);
  return (
    <li
      ref={card}
      className={`pointer-events-auto flex w-80 items-start gap-2 rounded-md border border-s-4 border-surface-line bg-white px-3 py-2.5 shadow-lg ${EDGE[toast.kind]}`}
      data-testid="toast"
      data-kind={toast.kind === 'notification' ? toast.notification : toast.kind}
    >
      <div className="min-w-0 flex-1 text-sm">
        {toast.kind === 'urgent' ? (
          <>
            <p className="flex items-center gap-2">
              <UrgencyMark urgency={2} />
              <bdi className="truncate text-xs text-ink-soft">{toast.source}</bdi>
            </p>
            <DirectedText
              as="p"
              text={toast.headline}
              language={toast.language}
              className="mt-1 line-clamp-2 font-medium"
            />
            <button
              type="button"
              className="mt-1 text-xs font-medium text-brand hover:underline"
              onClick={() => {
                dismiss(toast.id);
                onOpenItem(toast.itemId);
              }}
            >
              {t('notifications.open')}
            </button>
          </>
        ) : toast.kind === 'notification' ? (
          <>
            <p className="font-semibold">{t(`notifications.${toast.notification}`)}</p>
            <p className="text-xs text-ink-soft">
              <bdi>{toast.actor}</bdi>
            </p>
            {toast.headline ? (
              <DirectedText as="p" text={toast.headline} className="mt-0.5 line-clamp-2 text-ink-soft" />
            ) : null}
            {toast.itemId !== null ? (
              <button
                type="button"
                className="mt-1 text-xs font-medium text-brand hover:underline"
                onClick={() => {
                  dismiss(toast.id);
                  onOpenItem(toast.itemId!);
                }}
              >
                {t('notifications.open')}
              </button>
            ) : null}
          </>
        ) : (
          <>
            <p className={toast.kind === 'error' ? 'text-rose-900' : ''}>{toast.message}</p>
            {toast.kind === 'info' && toast.action ? (
              <button
                type="button"
                className="mt-1 text-xs font-medium text-brand hover:underline"
                data-testid="toast-action"
                onClick={() => {
                  dismiss(toast.id);
                  toast.action!.run();
                }}
              >
                {toast.action.label}
              </button>
            ) : null}
          </>
        )}
      </div>
      <button
        type="button"
        onClick={() => dismiss(toast.id)}
        aria-label={t('common.dismiss')}
        className="rounded p-0.5 text-ink-faint hover:text-ink"
      >
        <CloseIcon className="size-3.5" />
      </button>
    </li>
  );
}

/** The toasts themselves, newest last (the Toaster's live region holds them). */
export function ToastCards({ onOpenItem }: { onOpenItem(id: number): void }) {
  const toasts = useToastStore((state) => state.toasts);
  return (
    <ul className="flex flex-col gap-2">
      {toasts.map((toast) => (
        <ToastCard key={toast.id} toast={toast} onOpenItem={onOpenItem} />
      ))}
    </ul>
  );
}
