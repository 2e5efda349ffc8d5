/**
 * People administration (admins) and the list of accounts (admins and desk chiefs, who see it read-only). Every
 * change is made on the server, authorised there by role and written to the audit trail; the list follows other
 * admins' changes live (user.* events ask for it again).
 */
import { useRef } from 'react';
import type { AdminUser, UserCreated } from '#shared/schemas/users.ts';
import { AdminPage } from '#client/components/admin-page.tsx';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { ErrorState } from '#client/components/ui/state-message.tsx';
import { isolate } from '#client/lib/format.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { useDialogState } from '#client/lib/use-dialog-state.ts';
import { useUsers } from '../api/get-users.ts';
import { useResetPassword, useSetUserDisabled } from '../api/user-changes.ts';
import { usePeopleDesks } from '../api/get-desks.ts';
import { usePeopleTranslation } from '../i18n.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { SecretDialog } from './secret-dialog.tsx';
import { TokensSection } from './tokens-section.tsx';
import { UserFormDialog } from './user-form-dialog.tsx';
import { UserTable } from './user-table.tsx';

type Open =
  | { kind: 'add' }
  | { kind: 'edit'; user: AdminUser }
  | { kind: 'disable' | 'enable' | 'reset'; user: AdminUser }
  | { kind: 'secret'; title: string; intro: string; secret: string };

export function PeoplePage({ canEdit }: { canEdit: boolean }) {
  const { t } = usePeopleTranslation();
  const self = useCurrentUser();
  const users = useUsers();
  const desks = usePeopleDesks();
  const setDisabled = useSetUserDisabled();
  const reset = useResetPassword();
  const addRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const dialogs = useDialogState<Open>([addRef, headingRef]);
  const { open, show } = dialogs;
  const close = () => {
    dialogs.close();
    setDisabled.reset();
    reset.reset();
  };
  const created = (user: UserCreated) =>
    show({
      kind: 'secret',
      title: t('secret.userTitle', { name: isolate(user.displayName) }),
      intro: t('secret.userIntro', { username: isolate(user.username) }),
      secret: user.oneTimePassword ?? '',
    });

  const list = users.data?.users;
  const deskList = desks.data?.desks ?? [];

  return (
    <AdminPage
      testId="people-page"
      title={t('title')}
      intro={t('intro')}
      headingRef={headingRef}
      addRef={addRef}
      canEdit={canEdit}
      add={{ label: t('add'), testId: 'user-add', onClick: () => show({ kind: 'add' }) }}
      readOnly={{ text: t('readOnly'), testId: 'people-read-only' }}
    >
      {users.isPending ? (
        <Spinner label={t('loading')} className="p-6" />
      ) : users.error && !list ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : list ? (
        <UserTable
          users={list}
          desks={deskList}
          canEdit={canEdit}
          selfId={self.id}
          actions={{
            onEdit: (user) => show({ kind: 'edit', user }),
            onSetDisabled: (user, disabled) => show({ kind: disabled ? 'disable' : 'enable', user }),
            onResetPassword: (user) => show({ kind: 'reset', user }),
          }}
        />
      ) : null}
      <TokensSection canEdit={canEdit} />

      {canEdit && open?.kind === 'add' ? (
        <UserFormDialog desks={deskList} onCreated={created} onClose={close} />
      ) : null}
      {canEdit && open?.kind === 'edit' ? (
        <UserFormDialog user={open.user} desks={deskList} onCreated={created} onClose={close} />
      ) : null}
      {canEdit && (open?.kind === 'disable' || open?.kind === 'enable') ? (
        <ConfirmDialog
          title={t(`confirm.${open.kind}Title`, { name: isolate(open.user.displayName) })}
          body={t(`confirm.${open.kind}Body`)}
          confirmLabel={t(`actions.${open.kind}`)}
          pending={setDisabled.isPending}
          error={setDisabled.error}
          onConfirm={() =>
            setDisabled.mutate({ id: open.user.id, disabled: open.kind === 'disable' }, { onSuccess: close })
          }
          onClose={close}
        />
      ) : null}
      {canEdit && open?.kind === 'reset' ? (
        <ConfirmDialog
          title={t('confirm.resetTitle', { name: isolate(open.user.displayName) })}
          body={t('confirm.resetBody')}
          confirmLabel={t('actions.resetPassword')}
          pending={reset.isPending}
          error={reset.error}
          onConfirm={() =>
            reset.mutate(open.user.id, {
              onSuccess: ({ user, oneTimePassword }) =>
                show({
                  kind: 'secret',
                  title: t('secret.resetTitle', { name: isolate(user.displayName) }),
                  intro: t('secret.userIntro', { username: isolate(user.username) }),
                  secret: oneTimePassword,
                }),
            })
          }
          onClose={close}
        />
      ) : null}
      {open?.kind === 'secret' ? (
        <SecretDialog title={open.title} intro={open.intro} secret={open.secret} onClose={close} />
      ) : null}
    </AdminPage>
  );
}
