import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item, ItemCard } from '#shared/schemas/items.ts';
import { availableActions, type WorkflowAction } from '#shared/workflow.ts';
import { Button } from '#client/components/ui/button.tsx';
import { ApiError } from '#client/lib/api-client.ts';
import { errorMessage } from '#client/lib/i18n.ts';
import { findCachedItem } from '#client/lib/live/index.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { pushToast } from '#client/stores/toast-store.ts';
import { useUiStore } from '#client/stores/ui-store.ts';
import { useBulkAction } from '../api/bulk-action.ts';
import { AssignDialog } from './assign-dialog-on-demand.tsx';
import { BulkInHandDialog } from './bulk-in-hand-dialog.tsx';
import { freshReports } from '../lib/fresh-reports.ts';
import { workflowState } from '#client/lib/workflow-state.ts';

const BULK_ACTIONS = ['accept', 'spike', 'assign'] as const satisfies readonly WorkflowAction[];

/**
 * Bulk accept / spike / assign on the ticked rows, and what the route adds (`renderExtra`). Each button counts
 * the items it applies to (the workflow decides per item); items it does not apply to are left alone.
 */
export function BulkBar({
  renderExtra,
  findInHand,
}: {
  renderExtra?(items: ItemCard[]): ReactNode;
  /** Another copy of a report's story that the desk has in hand, as the server has it now (inHandCopyOf). */
  findInHand?(report: ItemCard): Promise<Item | null>;
} = {}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const selected = useUiStore((state) => state.selected);
  const clear = useUiStore((state) => state.clearSelection);
  const bulk = useBulkAction();
  const [assigning, setAssigning] = useState(false);
  /** Accepting: some of the reports are copies of stories in hand; all of them, and those that are not. */
  const [inHandQuestion, setInHandQuestion] = useState<{ all: ItemCard[]; others: ItemCard[] } | null>(null);
  const [askingInHand, setAskingInHand] = useState(false);
  const queryClient = useQueryClient();
  // Re-read the ticked items whenever the cache changes (live updates move them on).
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  useEffect(
    () => (selected.size ? queryClient.getQueryCache().subscribe(refresh) : undefined),
    [queryClient, selected.size],
  );
  const chosen = [...selected]
    .map((id) => findCachedItem(queryClient, id))
    .filter((item): item is ItemCard => item !== undefined);
  // Told to screen readers as rows are ticked (x, or a checkbox): a region that is there before the first tick,
  // since one that appears with its text is not read out.
  const announced = (
    <span className="sr-only" aria-live="polite">
      {selected.size > 0 ? t('bulk.selected', { count: selected.size }) : ''}
    </span>
  );
  if (selected.size === 0) return announced;

  const eligible = (action: WorkflowAction) =>
    chosen.filter((item) => availableActions(user, workflowState(item)).includes(action));

  const run = (
    action: WorkflowAction,
    targets: ItemCard[],
    assignee?: { id: number; username: string; displayName: string },
  ) => {
    bulk.mutate(
      { items: targets, action, assignee },
      {
        onSuccess: ({ results }) => {
          const failed = results.filter((result) => !result.ok);
          const done = results.length - failed.length;
          if (failed.length === 0)
            pushToast({
              kind: 'info',
              message: t('bulk.done', { count: done, action: t(`actions.${action}`) }),
            });
          else {
            const first = failed[0]!.error;
            const reason = first ? errorMessage(new ApiError(409, first.code, first.message)) : '';
            pushToast({
              kind: 'error',
              message: t('bulk.partial', { count: done, failed: failed.length, reason }),
            });
          }
          clear();
        },
        onError: (error) => pushToast({ kind: 'error', message: errorMessage(error) }),
      },
    );
  };

  // Accepting asks first about reports that would start a second copy of a story (freshReports).
  const accept = (targets: ItemCard[]) => {
    if (!findInHand) return run('accept', targets);
    setAskingInHand(true);
    Promise.all(targets.map((item) => findInHand(item)))
      .then(
        (copies) => {
          const others = freshReports(targets, copies);
          if (others.length === targets.length) run('accept', targets);
          else setInHandQuestion({ all: targets, others });
        },
        (error: unknown) => pushToast({ kind: 'error', message: errorMessage(error) }),
      )
      .finally(() => setAskingInHand(false));
  };

  const desk = chosen.find((item) => item.desk)?.desk?.id ?? null;
  return (
    <>
      {announced}
      <section
        aria-label={t('bulk.label')}
        className="flex flex-wrap items-center gap-2 border-b border-surface-line bg-sky-50 px-3 py-2"
        data-testid="bulk-bar"
      >
        <span className="text-sm font-medium" aria-hidden="true">
          {t('bulk.selected', { count: selected.size })}
        </span>
        {BULK_ACTIONS.map((action) => {
          const targets = eligible(action);
          if (targets.length === 0) return null;
          return (
            <Button
              key={action}
              size="sm"
              variant={action === 'spike' ? 'danger' : action === 'accept' ? 'success' : 'primary'}
              disabled={bulk.isPending || (action === 'accept' && askingInHand)}
              onClick={() =>
                action === 'assign'
                  ? setAssigning(true)
                  : action === 'accept'
                    ? accept(targets)
                    : run(action, targets)
              }
              data-bulk-action={action}
            >
              {t('bulk.action', { action: t(`actions.${action}`), count: targets.length })}
            </Button>
          );
        })}
        {/* More for the ticked items, composed by the route ("write a story from these reports"). */}
        {renderExtra ? renderExtra(chosen) : null}
        <Button size="sm" variant="ghost" className="ms-auto" onClick={clear}>
          {t('bulk.clear')}
        </Button>
        <AssignDialog
          open={assigning}
          desk={desk}
          currentAssigneeId={null}
          count={eligible('assign').length}
          onClose={() => setAssigning(false)}
          onAssign={(assignee) => {
            setAssigning(false);
            run('assign', eligible('assign'), assignee);
          }}
        />
        {inHandQuestion ? (
          <BulkInHandDialog
            total={inHandQuestion.all.length}
            others={inHandQuestion.others.length}
            onClose={() => setInHandQuestion(null)}
            onAcceptOthers={() => {
              setInHandQuestion(null);
              run('accept', inHandQuestion.others);
            }}
            onAcceptAll={() => {
              setInHandQuestion(null);
              run('accept', inHandQuestion.all);
            }}
          />
        ) : null}
      </section>
    </>
  );
}
