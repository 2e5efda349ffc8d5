import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A modal on the native <dialog>: the browser traps focus and closes on Escape. Rendered only while open, so its
 * form starts fresh each time; being removed rather than closed, the <dialog> cannot give focus back itself, so
 * it goes back here to what had it before (the button that opened it) when nothing else took it. The field
 * marked `data-autofocus` takes focus as it opens (React's `autoFocus` runs before showModal(), which then moves
 * focus to the first button).
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
  className = '',
  size = 'md',
  describedBy,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  className?: string;
  /** The id of the text that says what the dialog asks (read with its title). */
  describedBy?: string;
  /** `wide` for side-by-side content (comparing versions, a preview beside its changes). */
  size?: 'md' | 'wide';
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const { t } = useTranslation();
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    // Recorded as it opens only (a second run of the effect, as in React's development checks, finds it open
    // and focus inside it).
    if (!dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => {
      // Only when focus went down with the dialog: not when it is still open (that second run), nor when what
      // the dialog did moved focus somewhere already.
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost && opener.current?.isConnected) opener.current.focus();
    };
  }, [open]);
  if (!open) return null;
  return (
    <dialog
      ref={ref}
      aria-labelledby="dialog-title"
      aria-describedby={describedBy}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className={`m-auto ${size === 'wide' ? 'w-[min(76rem,calc(100vw-2rem))]' : 'w-[min(32rem,calc(100vw-2rem))]'} rounded-lg border border-surface-line bg-white p-0 text-ink shadow-xl backdrop:bg-slate-900/40 ${className}`}
    >
      <div className="flex items-center justify-between gap-4 border-b border-surface-line px-5 py-3">
        <h2 id="dialog-title" className="text-base font-semibold">
          {title}
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="rounded p-1 text-ink-faint hover:bg-surface-sunken hover:text-ink"
          aria-label={t('common.close')}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <div className="px-5 py-4">{children}</div>
    </dialog>
  );
}
