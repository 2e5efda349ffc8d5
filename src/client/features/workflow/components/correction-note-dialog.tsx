import { useTranslation } from 'react-i18next';
import { TextPromptDialog } from './text-prompt-dialog.tsx';

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
  return (
    <TextPromptDialog
      open={open}
      title={t('publication.republishTitle')}
      explain={t('publication.republishExplain')}
      prompt={t('publication.notePrompt')}
      fieldId="correction-note"
      rows={3}
      required={false}
      submitLabel={t('publication.republish')}
      onClose={onClose}
      onSubmit={(note) => onSubmit(note || null)}
    />
  );
}
