import { useTranslation } from 'react-i18next';
import type { ItemCard } from '#shared/schemas/items.ts';
import { availableActions } from '#shared/workflow.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { workflowState } from '#client/lib/workflow-state.ts';
import { useTakeAction } from '../api/take-action.ts';

/**
 * For the queue's `a` / `s` keys (a module of its own: the queue loads it, not the item pane's action bar and
 * its dialogs): takes the action when the workflow allows it, says so when it does not, and
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
