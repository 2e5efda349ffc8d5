/**
 * People administration (admins) and the list of accounts (admins and desk chiefs, who see it read-only). Every
 * change is made on the server, authorised there by role and written to the audit trail; the list follows other
 * admins' changes live (user.* events ask for it again).
 */
import { useRef, useState } from 'react';
import type { AdminUser, UserCreated } from '#shared/schemas/users.ts';
import { Button } from '#client/components/ui/button.tsx';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { ErrorState } from '#client/components/ui/state-message.tsx';
import { isolate } from '#client/lib/format.ts';
import { useCurrentUser } from '#client/lib/session.ts';
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
  | { kind: 'secret'; title: string; intro: string; secret: string }
  | null;

export function PeoplePage({ canEdit }: { canEdit: boolean }) {
  const { t } = usePeopleTranslation();
  const self = useCurrentUser();
  const users = useUsers();
  const desks = usePeopleDesks();
  const setDisabled = useSetUserDisabled();
  const reset = useResetPassword();
  const [open, setOpen] = useState<Open>(null);
  // Dialogs render only while open; focus goes back to what opened them (or the add button, or the heading).
  const opener = useRef<HTMLElement | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const show = (next: NonNullable<Open>) => {
    if (document.activeElement instanceof HTMLElement && !document.activeElement.closest('dialog'))
      opener.current = document.activeElement;
    setOpen(next);
  };
  const close = () => {
    setOpen(null);
    setDisabled.reset();
    reset.reset();
    requestAnimationFrame(() => {
      const target = opener.current?.isConnected ? opener.current : (addRef.current ?? headingRef.current);
      target?.focus();
    });
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
    <div className="relative h-full overflow-y-auto" data-testid="people-page">
      <div className="mx-auto flex max-w-[96rem] flex-col gap-4 px-6 py-5">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="flex flex-col gap-1">
            <h1 ref={headingRef} tabIndex={-1} className="text-xl font-bold text-ink">
              {t('title')}
            </h1>
            <p className="text-sm text-ink-soft">{t('intro')}</p>
          </div>
          {canEdit ? (
            <Button
              ref={addRef}
              variant="primary"
              onClick={() => show({ kind: 'add' })}
              data-testid="user-add"
            >
              <span aria-hidden="true">+</span>
              {t('add')}
            </Button>
          ) : null}
        </div>
        {!canEdit ? (
          <p
            className="rounded-md border border-surface-line bg-surface-raised px-3 py-2 text-sm text-ink-soft"
            data-testid="people-read-only"
          >
            {t('readOnly')}
          </p>
        ) : null}
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
      </div>

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
                setOpen({
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
    </div>
  );
}
