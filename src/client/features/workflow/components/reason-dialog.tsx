import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '#shared/schemas/items.ts';
import { Button } from '#client/components/ui/button.tsx';
import { Dialog } from '#client/components/ui/dialog.tsx';

/** Asks for the comment (return) or reason (kill) the workflow requires before the action is taken. */
export function ReasonDialog({
  open,
  kind,
  onClose,
  onSubmit,
}: {
  open: boolean;
  kind: 'return' | 'kill';
  onClose(): void;
  onSubmit(text: string): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);
  // After the dialog opened (its effect runs first), the text box takes focus rather than the close button.
  useEffect(() => {
    if (open) textRef.current?.focus();
  }, [open]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) onSubmit(text.trim());
  };
  return (
    <Dialog open={open} onClose={onClose} title={t(`workflow.${kind}Title`)}>
      <form onSubmit={submit} className="flex flex-col gap-3">
        <label htmlFor="workflow-reason" className="text-sm text-ink-soft">
          {t(`workflow.${kind}Prompt`)}
        </label>
        <textarea
          id="workflow-reason"
          dir="auto"
          rows={4}
          required
          ref={textRef}
          maxLength={LIMITS.comment}
          value={text}
          onChange={(event) => setText(event.target.value)}
          className="rounded-md border border-surface-line bg-white px-3 py-2 text-sm"
        />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant={kind === 'kill' ? 'danger' : 'primary'} disabled={!text.trim()}>
            {t(`actions.${kind}`)}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
