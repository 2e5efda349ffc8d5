import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '#shared/schemas/items.ts';
import { Button } from '#client/components/ui/button.tsx';
import { Dialog } from '#client/components/ui/dialog.tsx';

/**
 * Publishing a story that was published before updates it for readers: they may be told what was corrected
 * (ninjs `ednote`, the Atom entry's correction). The note is optional; the update goes out either way.
 */
export function CorrectionNoteDialog({
  open,
  onClose,
  onSubmit,
}: {
  open: boolean;
  onClose(): void;
  onSubmit(note: string | null): void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) textRef.current?.focus();
  }, [open]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(note.trim() || null);
  };
  return (
    <Dialog open={open} onClose={onClose} title={t('publication.republishTitle')}>
      <form onSubmit={submit} className="flex flex-col gap-3">
        <p className="text-sm text-ink-soft">{t('publication.republishExplain')}</p>
        <label htmlFor="correction-note" className="text-sm font-medium">
          {t('publication.notePrompt')}
        </label>
        <textarea
          id="correction-note"
          dir="auto"
          rows={3}
          ref={textRef}
          maxLength={LIMITS.comment}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          className="rounded-md border border-surface-line bg-white px-3 py-2 text-sm"
        />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary">
            {t('publication.republish')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
