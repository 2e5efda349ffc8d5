import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRef } from '#shared/schemas/users.ts';
import { Button } from '#client/components/ui/button.tsx';
import { Dialog } from '#client/components/ui/dialog.tsx';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { ErrorState } from '#client/components/ui/state-message.tsx';
import { useAssignees } from '../api/get-assignees.ts';

/** Pick a desk editor, seeing how many items each has on their plate (least loaded first). */
export function AssignDialog({
  open,
  desk,
  currentAssigneeId,
  count,
  title,
  confirmLabel,
  onClose,
  onAssign,
}: {
  open: boolean;
  desk: number | null;
  currentAssigneeId: number | null;
  /** How many items are being assigned (bulk). */
  count: number;
  /** Another purpose than assigning (sending a published story back for a correction). */
  title?: string;
  confirmLabel?: string;
  onClose(): void;
  onAssign(user: UserRef): void;
}) {
  const { t } = useTranslation();
  const { data, isPending, error, refetch } = useAssignees(desk, open);
  const [chosen, setChosen] = useState<number | null>(null);
  const users = data?.users ?? [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const user = users.find((candidate) => candidate.id === chosen);
    if (!user) return;
    onAssign({ id: user.id, username: user.username, displayName: user.displayName });
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title ?? (count > 1 ? t('workflow.assignMany', { count }) : t('workflow.assignTitle'))}
    >
      <form onSubmit={submit} className="flex flex-col gap-4">
        {isPending ? <Spinner /> : null}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {data && users.length === 0 ? (
          <p className="text-sm text-ink-faint">{t('workflow.noEditors')}</p>
        ) : null}
        {users.length ? (
          <fieldset>
            <legend className="mb-2 text-sm text-ink-soft">{t('workflow.chooseEditor')}</legend>
            <ul className="flex max-h-72 flex-col gap-1 overflow-y-auto" data-testid="assignee-list">
              {users.map((user) => (
                <li key={user.id}>
                  <label
                    className={`flex cursor-pointer items-center gap-3 rounded-md border px-3 py-2 ${chosen === user.id ? 'border-brand bg-brand-soft' : 'border-surface-line hover:bg-surface-sunken'}`}
                  >
                    <input
                      type="radio"
                      name="assignee"
                      value={user.id}
                      checked={chosen === user.id}
                      onChange={() => setChosen(user.id)}
                      className="accent-brand"
                      data-username={user.username}
                    />
                    <span className="flex-1 font-medium">
                      <bdi>{user.displayName}</bdi>
                      {user.id === currentAssigneeId ? (
                        <span className="ms-2 text-xs text-ink-faint">({t('workflow.current')})</span>
                      ) : null}
                    </span>
                    <span className="text-xs tabular-nums text-ink-soft">
                      {t('workflow.load', { count: user.load })}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : null}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" disabled={chosen === null}>
            {confirmLabel ?? t('workflow.assignConfirm')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
