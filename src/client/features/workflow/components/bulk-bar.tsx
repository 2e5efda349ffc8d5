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
import { copiesInHand, freshReports } from '../lib/fresh-reports.ts';
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
  const [inHandQuestion, setInHandQuestion] = useState<{
    all: ReadonlySet<number>;
    others: ReadonlySet<number>;
  } | null>(null);
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
    // Unticked meanwhile (the accept asked first): nothing to do.
    if (targets.length === 0) return;
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

  // Accepting asks first about reports that would start a second copy of a story (freshReports). The answers
  // take a moment: what is accepted then is what is still ticked, and still to accept, as it is by then.
  const stillToAccept = (ids: ReadonlySet<number>): ItemCard[] =>
    [...useUiStore.getState().selected]
      .filter((id) => ids.has(id))
      .map((id) => findCachedItem(queryClient, id))
      .filter(
        (item): item is ItemCard =>
          item !== undefined && availableActions(user, workflowState(item)).includes('accept'),
      );
  const accept = (targets: ItemCard[]) => {
    if (!findInHand) return run('accept', targets);
    setAskingInHand(true);
    copiesInHand(targets, findInHand)
      .then((copies) => {
        const others = new Set(freshReports(targets, copies).map((item) => item.id));
        if (others.size === targets.length) run('accept', stillToAccept(others));
        else setInHandQuestion({ all: new Set(targets.map((item) => item.id)), others });
      })
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
              disabled={bulk.isPending || askingInHand}
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
            total={inHandQuestion.all.size}
            others={inHandQuestion.others.size}
            onClose={() => setInHandQuestion(null)}
            onAcceptOthers={() => {
              setInHandQuestion(null);
              run('accept', stillToAccept(inHandQuestion.others));
            }}
            onAcceptAll={() => {
              setInHandQuestion(null);
              run('accept', stillToAccept(inHandQuestion.all));
            }}
          />
        ) : null}
      </section>
    </>
  );
}
