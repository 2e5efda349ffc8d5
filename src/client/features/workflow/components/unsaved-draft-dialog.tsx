import { useTranslation } from 'react-i18next';
import type { ActionRequest } from '#shared/schemas/items.ts';
import type { WorkflowAction } from '#shared/workflow.ts';
import { EditorLink } from '#client/components/editor-link.tsx';
import { Button, buttonClasses } from '#client/components/ui/button.tsx';
import { Dialog } from '#client/components/ui/dialog.tsx';
import { formatTime } from '#client/lib/format.ts';

export interface DraftQuestion {
  action: WorkflowAction;
  request: ActionRequest;
  /** When the user's draft of the story was last kept. */
  savedAt: string;
}

/**
 * Asked when an action that passes the story's text on (submit, approve, publish) finds the user's own unsaved
 * text in a draft: it would pass on the saved version without it. Open the editor to save it, or go on without
 * it (the draft stays theirs).
 */
export function UnsavedDraftDialog({
  itemId,
  question,
  onClose,
  onGoOn,
}: {
  itemId: number;
  question: DraftQuestion;
  onClose: () => void;
  onGoOn: () => void;
}) {
  const { t, i18n } = useTranslation();
  const action = t(`actions.${question.action}`);
  return (
    <Dialog open onClose={onClose} title={t('workflow.draftTitle')}>
      <div className="flex flex-col gap-4" data-testid="unsaved-draft-dialog">
        <p className="text-sm text-ink-soft">
          {t('workflow.draftBody', { time: formatTime(question.savedAt, i18n.language), action })}
        </p>
        <div className="flex flex-wrap gap-2">
          <EditorLink itemId={itemId} testId="unsaved-draft-open" className={buttonClasses('primary', 'sm')}>
            {t('workflow.draftOpen')}
          </EditorLink>
          <Button variant="secondary" size="sm" onClick={onGoOn} data-testid="unsaved-draft-go-on">
            {t('workflow.draftGoOn', { action })}
          </Button>
          <Button variant="ghost" size="sm" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
