import { useId } from 'react';
import type { AdminUser, Desk } from '#shared/schemas/users.ts';
import { Button } from '#client/components/ui/button.tsx';
import { TableRegion } from '#client/components/ui/table-region.tsx';
import { formatDateTime, formatList } from '#client/lib/format.ts';
import { usePeopleTranslation } from '../i18n.ts';
import { deskLabel } from '../lib/labels.ts';

export interface UserActions {
  onEdit(user: AdminUser): void;
  onSetDisabled(user: AdminUser, disabled: boolean): void;
  onResetPassword(user: AdminUser): void;
}

const TH = 'px-2.5 py-2 text-start align-bottom text-xs font-semibold text-ink-soft';
const TD = 'px-2.5 py-3 align-top';

function StateBadge({ user }: { user: AdminUser }) {
  const { t } = usePeopleTranslation();
  const [key, tone] = user.disabled
    ? (['disabled', 'bg-slate-100 text-slate-800'] as const)
    : user.mustChangePassword
      ? (['mustChange', 'bg-amber-50 text-amber-900'] as const)
      : (['active', 'bg-emerald-50 text-emerald-900'] as const);
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${tone}`} data-state={key}>
      {t(`state.${key}`)}
    </span>
  );
}

/** Every account: who, which roles and desks, when they last signed in, their state, and (admins) actions. */
export function UserTable({
  users,
  desks,
  canEdit,
  selfId,
  actions,
}: {
  users: readonly AdminUser[];
  desks: readonly Desk[];
  canEdit: boolean;
  selfId: number;
  actions: UserActions;
}) {
  const { t, language } = usePeopleTranslation();
  const captionId = useId();
  const deskName = (id: number) => {
    const desk = desks.find((entry) => entry.id === id);
    return desk ? deskLabel(desk, language) : `#${id}`;
  };
  return (
    <TableRegion labelledBy={captionId}>
      <table className="w-full border-collapse text-sm" aria-labelledby={captionId} data-testid="user-table">
        <caption id={captionId} className="sr-only">
          {t('table.caption')}
        </caption>
        <thead className="border-b border-surface-line bg-surface-raised">
          <tr>
            <th scope="col" className={TH}>
              {t('table.name')}
            </th>
            <th scope="col" className={TH}>
              {t('table.roles')}
            </th>
            <th scope="col" className={TH}>
              {t('table.desks')}
            </th>
            <th scope="col" className={TH}>
              {t('table.lastSignIn')}
            </th>
            <th scope="col" className={TH}>
              {t('table.state')}
            </th>
            {canEdit ? (
              <th scope="col" className={TH}>
                <span className="sr-only">{t('table.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr
              key={user.id}
              className="border-b border-surface-line last:border-b-0"
              data-username={user.username}
            >
              <th scope="row" className={`${TD} text-start font-normal`}>
                <div className="font-medium text-ink">
                  <bdi>{user.displayName}</bdi>
                </div>
                <div className="text-xs text-ink-soft" dir="ltr" translate="no">
                  {user.username}
                </div>
              </th>
              <td className={TD}>
                {formatList(
                  user.roles.map((role) => t(`roles.${role}`)),
                  language,
                )}
              </td>
              <td className={TD}>
                {user.deskIds.length ? (
                  <bdi>{formatList(user.deskIds.map(deskName), language)}</bdi>
                ) : (
                  <span className="text-ink-faint">{t('table.noDesk')}</span>
                )}
              </td>
              <td className={`${TD} whitespace-nowrap`}>
                {user.lastSignInAt ? (
                  <time dateTime={user.lastSignInAt}>{formatDateTime(user.lastSignInAt, language)}</time>
                ) : (
                  <span className="text-ink-faint">{t('table.never')}</span>
                )}
              </td>
              <td className={TD}>
                <StateBadge user={user} />
              </td>
              {canEdit ? (
                <td className={TD}>
                  <div className="flex flex-wrap justify-end gap-1.5">
                    <Button size="sm" onClick={() => actions.onEdit(user)} data-action="edit">
                      {t('actions.edit')}
                      <span className="sr-only"> {user.displayName}</span>
                    </Button>
                    {user.id !== selfId ? (
                      user.disabled ? (
                        <Button
                          size="sm"
                          onClick={() => actions.onSetDisabled(user, false)}
                          data-action="enable"
                        >
                          {t('actions.enable')}
                          <span className="sr-only"> {user.displayName}</span>
                        </Button>
                      ) : (
                        <Button
                          size="sm"
                          variant="danger"
                          onClick={() => actions.onSetDisabled(user, true)}
                          data-action="disable"
                        >
                          {t('actions.disable')}
                          <span className="sr-only"> {user.displayName}</span>
                        </Button>
                      )
                    ) : null}
                    {user.id !== selfId && !user.disabled ? (
                      <Button size="sm" onClick={() => actions.onResetPassword(user)} data-action="reset">
                        {t('actions.resetPassword')}
                        <span className="sr-only"> {user.displayName}</span>
                      </Button>
                    ) : null}
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
