import { useTranslation } from 'react-i18next';
import { TextPromptDialog } from './text-prompt-dialog.tsx';

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
  return (
    <TextPromptDialog
      open={open}
      title={t(`workflow.${kind}Title`)}
      prompt={t(`workflow.${kind}Prompt`)}
      fieldId="workflow-reason"
      rows={4}
      required
      submitLabel={t(`actions.${kind}`)}
      variant={kind === 'kill' ? 'danger' : 'primary'}
      onClose={onClose}
      onSubmit={onSubmit}
    />
  );
}
