import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '#shared/schemas/items.ts';
import { useSourceName } from './local-names.ts';

/**
 * How a copy of a story in the desk's hands is named (shared/workflow.ts, inHandCopyOf): where it is from, its
 * status, who has it. One wording for the item pane's notice, Accept's question and the `a` key's message.
 */
export function useInHandWords(): (copy: Item) => { source: string; status: string; name?: string } {
  const { t } = useTranslation();
  const sourceName = useSourceName();
  // The same function while the language and the names stay: the queue's key handler depends on it.
  return useCallback(
    (copy: Item) => ({
      source: sourceName(copy.source),
      status: t(`status.${copy.status}`),
      name: copy.assignee?.displayName,
    }),
    [sourceName, t],
  );
}
