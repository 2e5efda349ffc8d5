import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionRequest, Item } from '#shared/schemas/items.ts';
import type { UserRef } from '#shared/schemas/users.ts';
import { availableActions, type WorkflowAction } from '#shared/workflow.ts';
import { Button, type ButtonProps } from '#client/components/ui/button.tsx';
import { useActiveLease } from '#client/lib/lease.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { useTakeAction } from '../api/take-action.ts';
import { promptFor, type ActionPrompt } from '../lib/action-prompt.ts';
import { AssignDialog } from './assign-dialog-on-demand.tsx';
import { CorrectionNoteDialog } from './correction-note-dialog.tsx';
import { ReasonDialog } from './reason-dialog.tsx';
import { StoryInHandDialog } from './story-in-hand-dialog.tsx';
import { UnsavedDraftDialog, type DraftQuestion } from './unsaved-draft-dialog.tsx';
import { workflowState } from '#client/lib/workflow-state.ts';
import { errorMessage } from '#client/lib/i18n.ts';
import { pushToast } from '#client/stores/toast-store.ts';
import { useUiStore } from '#client/stores/ui-store.ts';

const VARIANT: Record<WorkflowAction, ButtonProps['variant']> = {
  accept: 'success',
  spike: 'danger',
  unspike: 'secondary',
  assign: 'primary',
  submit: 'primary',
  return: 'secondary',
  approve: 'success',
  publish: 'primary',
  kill: 'danger',
  correct: 'secondary',
};
const SHORTCUT: Partial<Record<WorkflowAction, string>> = { accept: 'a', spike: 's' };

/**
 * The actions this user may take on this item now, and only those: straight from the shared workflow
 * table (availableActions), the same function the server enforces. What an action asks for first (an editor,
 * a comment, a reason, a correction note) is `promptFor`'s answer; accepting a report whose story the desk
 * already has in hand asks first whether to open that copy instead.
 */
export function ActionBar({
  item,
  findInHand,
  onOpenItem,
}: {
  item: Item;
  /** Another copy of this report's story that the desk has in hand, as the server has it now (inHandCopyOf). */
  findInHand?(report: Item): Promise<Item | null>;
  onOpenItem?(id: number): void;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const take = useTakeAction();
  const [dialog, setDialog] = useState<{ action: WorkflowAction; prompt: ActionPrompt } | null>(null);
  /** Refused because the user has unsaved text in a draft: the action to take again without it, if they say so. */
  const [draftQuestion, setDraftQuestion] = useState<DraftQuestion | null>(null);
  /** Accept was pressed while another copy of the story is in hand: that copy, until the user chooses. */
  const [inHandQuestion, setInHandQuestion] = useState<Item | null>(null);
  /** Accept is asking whether the story is in hand: one question at a time, one accept. */
  const [askingInHand, setAskingInHand] = useState(false);
  const lease = useActiveLease(item.lease);
  const actions = availableActions(user, workflowState(item));
  if (actions.length === 0) return null;
  // Someone else is in the editor: an action that moves the story on ends their editing (the server ends the
  // lease; their text stays as their draft). Said before the buttons, so nobody does it unawares.
  const editingNow = lease && lease.holder.id !== user.id ? lease.holder : null;

  const perform = (action: WorkflowAction, request: ActionRequest = {}, assignee?: UserRef) =>
    take.mutate({
      item,
      action,
      request,
      assignee,
      onUnsavedDraft: (savedAt) => setDraftQuestion({ action, request, savedAt }),
    });
  const run = (action: WorkflowAction) => {
    if (action === 'accept' && findInHand && item.status === 'incoming') {
      setAskingInHand(true);
      findInHand(item)
        .then(
          (copy) => (copy ? setInHandQuestion(copy) : perform('accept')),
          (error: unknown) => pushToast({ kind: 'error', message: errorMessage(error) }),
        )
        .finally(() => setAskingInHand(false));
      return;
    }
    const prompt = promptFor(action, item);
    if (prompt) setDialog({ action, prompt });
    else perform(action);
  };
  const close = () => setDialog(null);
  const correcting = dialog?.action === 'correct';

  return (
    <fieldset className="flex flex-wrap items-center gap-1.5" data-testid="action-bar">
      <legend className="sr-only">{t('workflow.actions')}</legend>
      {editingNow ? (
        <p className="w-full text-xs text-amber-900" data-testid="action-bar-editing">
          {t('workflow.someoneEditing', { name: editingNow.displayName })}
        </p>
      ) : null}
      {actions.map((action) => (
        <Button
          key={action}
          size="sm"
          variant={VARIANT[action]}
          onClick={() => run(action)}
          disabled={action === 'accept' && askingInHand}
          aria-keyshortcuts={SHORTCUT[action]}
          data-action={action}
        >
          {action === 'assign' && item.status === 'assigned' ? t('actions.reassign') : t(`actions.${action}`)}
        </Button>
      ))}
      <AssignDialog
        open={dialog?.prompt === 'assignee'}
        desk={item.desk?.id ?? null}
        currentAssigneeId={item.assignee?.id ?? null}
        count={1}
        title={correcting ? t('publication.correctTitle') : undefined}
        confirmLabel={correcting ? t('publication.correctConfirm') : undefined}
        onClose={close}
        onAssign={(assignee) => {
          const action = correcting ? 'correct' : 'assign';
          close();
          perform(action, { assignee: assignee.id }, assignee);
        }}
      />
      <ReasonDialog
        open={dialog?.prompt === 'comment' || dialog?.prompt === 'reason'}
        kind={dialog?.prompt === 'reason' ? 'kill' : 'return'}
        onClose={close}
        onSubmit={(text) => {
          const kill = dialog?.prompt === 'reason';
          close();
          perform(kill ? 'kill' : 'return', kill ? { reason: text } : { comment: text });
        }}
      />
      {dialog?.prompt === 'correctionNote' ? (
        <CorrectionNoteDialog
          open
          onClose={close}
          onSubmit={(note) => {
            close();
            perform('publish', note ? { note } : {});
          }}
        />
      ) : null}
      {inHandQuestion ? (
        <StoryInHandDialog
          copy={inHandQuestion}
          onClose={() => setInHandQuestion(null)}
          onOpen={
            onOpenItem
              ? () => {
                  setInHandQuestion(null);
                  // The copy opens in the pane, and focus with it (this dialog's button goes with the pane).
                  useUiStore.setState({ focusPaneFor: inHandQuestion.id });
                  onOpenItem(inHandQuestion.id);
                }
              : undefined
          }
          onAccept={() => {
            setInHandQuestion(null);
            perform('accept');
          }}
        />
      ) : null}
      {draftQuestion ? (
        <UnsavedDraftDialog
          itemId={item.id}
          question={draftQuestion}
          onClose={() => setDraftQuestion(null)}
          onGoOn={() => {
            setDraftQuestion(null);
            perform(draftQuestion.action, { ...draftQuestion.request, withoutDraft: true });
          }}
        />
      ) : null}
    </fieldset>
  );
}
