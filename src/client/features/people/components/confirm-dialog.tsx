import { useEffect, useRef } from 'react';
import { Button } from '#client/components/ui/button.tsx';
import { Dialog } from '#client/components/ui/dialog.tsx';
import { peopleErrorMessage, usePeopleTranslation } from '../i18n.ts';

/** "Disable Layla?" and the like. Cancel has the focus, so Enter on an accidental open changes nothing. */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm(): void;
  onClose(): void;
}) {
  const { tc } = usePeopleTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <Dialog open onClose={onClose} title={title}>
      <div className="flex flex-col gap-3" data-testid="confirm-dialog">
        <p className="text-sm text-ink">{body}</p>
        {error ? (
          <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-900">
            {peopleErrorMessage(error)}
          </p>
        ) : null}
        <div className="flex justify-end gap-2 border-t border-surface-line pt-3">
          <Button ref={cancelRef} variant="ghost" onClick={onClose}>
            {tc('common.cancel')}
          </Button>
          <Button
            variant="danger"
            onClick={() => !pending && onConfirm()}
            aria-disabled={pending || undefined}
            data-testid="confirm-action"
          >
            {confirmLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
