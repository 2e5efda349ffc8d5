import { useTranslation } from 'react-i18next';
import type { Item } from '#shared/schemas/items.ts';
import type { User } from '#shared/schemas/users.ts';
import { mayEdit } from '#shared/workflow.ts';
import { EditorLink } from '#client/components/editor-link.tsx';
import { LeaseNote } from '#client/components/lease-note.tsx';
import { PencilIcon } from '#client/components/ui/icons.tsx';
import { useActiveLease } from '#client/lib/lease.ts';
import { workflowState } from '#client/lib/workflow-state.ts';

/**
 * The way into the article editor: "Edit" while the workflow lets this user edit the story in its state, and
 * "Huda is editing since 10:42" instead while someone else holds it (live, and gone at the lease's expiry).
 */
export function EditEntry({ item, user }: { item: Item; user: User }) {
  const { t } = useTranslation();
  const lease = useActiveLease(item.lease);
  if (lease && lease.holder.id !== user.id) return <LeaseNote lease={lease} variant="pane" />;
  if (!mayEdit(user, workflowState(item))) return null;
  return (
    <EditorLink
      itemId={item.id}
      className="inline-flex h-7 items-center gap-1 rounded-md border border-brand bg-brand px-2.5 text-xs font-medium text-white hover:bg-brand-strong"
      testId="edit-link"
    >
      <PencilIcon className="size-3.5" />
      {t('item.edit')}
    </EditorLink>
  );
}
