import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '#shared/schemas/items.ts';
import { Button } from '#client/components/ui/button.tsx';
import { isOverLimit, LengthNote } from '#client/components/ui/length-note.tsx';
import { Dialog } from '#client/components/ui/dialog.tsx';
import { textDirection } from '#client/lib/directed-text.tsx';

/**
 * A workflow action that asks for a text first (a return's comment, a kill's reason, an update's correction
 * note): one dialog, one text box that takes the focus, the action's button. With `required`, the button waits
 * for the text.
 */
export function TextPromptDialog({
  open,
  title,
  explain,
  prompt,
  fieldId,
  rows,
  required,
  submitLabel,
  variant = 'primary',
  onClose,
  onSubmit,
}: {
  open: boolean;
  title: string;
  explain?: ReactNode;
  prompt: string;
  fieldId: string;
  rows: number;
  required: boolean;
  submitLabel: string;
  variant?: 'primary' | 'danger';
  onClose(): void;
  /** The trimmed text (empty only when not required). */
  onSubmit(text: string): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);
  // After the dialog opened (its effect runs first), the text box takes focus rather than the close button.
  useEffect(() => {
    if (open) textRef.current?.focus();
  }, [open]);
  const missing = required && !text.trim();
  const tooLong = isOverLimit(text, LIMITS.comment);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!missing && !tooLong) onSubmit(text.trim());
  };
  return (
    <Dialog open={open} onClose={onClose} title={title}>
      <form onSubmit={submit} className="flex flex-col gap-3">
        {explain ? <p className="text-sm text-ink-soft">{explain}</p> : null}
        <label htmlFor={fieldId} className={explain ? 'text-sm font-medium' : 'text-sm text-ink-soft'}>
          {prompt}
        </label>
        <textarea
          id={fieldId}
          dir={textDirection(text)}
          rows={rows}
          required={required}
          ref={textRef}
          aria-describedby={`${fieldId}-length`}
          aria-invalid={tooLong || undefined}
          value={text}
          onChange={(event) => setText(event.target.value)}
          className="rounded-md border border-surface-line bg-white px-3 py-2 text-sm"
        />
        <LengthNote id={`${fieldId}-length`} text={text} limit={LIMITS.comment} />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant={variant} disabled={missing || tooLong}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
