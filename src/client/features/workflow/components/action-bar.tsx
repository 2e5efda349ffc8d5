import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionRequest, Item, ItemCard } from '#shared/schemas/items.ts';
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
import { UnsavedDraftDialog, type DraftQuestion } from './unsaved-draft-dialog.tsx';
import { workflowState } from '#client/lib/workflow-state.ts';

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
 * a comment, a reason, a correction note) is `promptFor`'s answer.
 */
export function ActionBar({ item }: { item: Item }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const take = useTakeAction();
  const [dialog, setDialog] = useState<{ action: WorkflowAction; prompt: ActionPrompt } | null>(null);
  /** Refused because the user has unsaved text in a draft: the action to take again without it, if they say so. */
  const [draftQuestion, setDraftQuestion] = useState<DraftQuestion | null>(null);
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

/**
 * For the queue's `a` / `s` keys: takes the action when the workflow allows it, says so when it does not, and
 * says what was done once it is, with the headline (a key pressed by mistake must not act unseen), offering to
 * restore a spiked story.
 */
export function useShortcutAction() {
  const user = useCurrentUser();
  const take = useTakeAction();
  const { t } = useTranslation();
  return (item: ItemCard, action: 'accept' | 'spike', tell: (toast: ShortcutToast) => void) => {
    const allowed = availableActions(user, workflowState(item));
    if (!allowed.includes(action)) {
      tell({ message: t('workflow.notAvailable', { action: t(`actions.${action}`) }) });
      return;
    }
    // mutateAsync, not mutate's own callbacks: those run for the latest call only, and `j s j s` would confirm
    // the last spike alone. A failure is told by the mutation's onError.
    take.mutateAsync({ item, action }).then(
      (saved) =>
        tell({
          message: t(`workflow.shortcutDone.${action}`, { headline: saved.headline }),
          action:
            action === 'spike' && availableActions(user, workflowState(saved)).includes('unspike')
              ? {
                  label: t('actions.unspike'),
                  run: () => void take.mutateAsync({ item: saved, action: 'unspike' }).catch(() => undefined),
                }
              : undefined,
        }),
      () => undefined,
    );
  };
}

export interface ShortcutToast {
  message: string;
  action?: { label: string; run(): void };
}
