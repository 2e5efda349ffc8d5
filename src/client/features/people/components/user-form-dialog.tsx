import { useId, useState, type FormEvent } from 'react';
import { isWellFormedUsername } from '#shared/people/credentials.ts';
import {
  DISPLAY_NAME_LIMIT,
  ROLES,
  type AdminUser,
  type Desk,
  type Role,
  type UserCreated,
} from '#shared/schemas/users.ts';
import { Button } from '#client/components/ui/button.tsx';
import { Dialog } from '#client/components/ui/dialog.tsx';
import { isOverLimit, LengthNote } from '#client/components/ui/length-note.tsx';
import { ApiError } from '#client/lib/api-client.ts';
import { isolate } from '#client/lib/format.ts';
import { useCreateUser, useUpdateUser } from '../api/user-changes.ts';
import { peopleErrorMessage, usePeopleTranslation } from '../i18n.ts';
import { deskLabel } from '../lib/labels.ts';

const USERNAME_CODES = new Set(['user.exists', 'user.username_invalid']);

const toggle = <T,>(list: T[], value: T) =>
  list.includes(value) ? list.filter((entry) => entry !== value) : [...list, value];

/**
 * Adding an account (username, name, roles, desks: the server generates the one-time password) or changing one
 * (name, roles, desks). The username is checked here by the same rule as the server, which has the last word.
 */
export function UserFormDialog({
  user,
  desks,
  onCreated,
  onClose,
}: {
  /** The account to change; absent to add one. */
  user?: AdminUser;
  desks: Desk[];
  onCreated(user: UserCreated): void;
  onClose(): void;
}) {
  const { t, tc, language } = usePeopleTranslation();
  const id = useId();
  const create = useCreateUser();
  const update = useUpdateUser();
  const [username, setUsername] = useState(user?.username ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [roles, setRoles] = useState<Role[]>(user?.roles ?? ['editor']);
  const [deskIds, setDeskIds] = useState<number[]>(
    user?.deskIds ?? (desks.length === 1 ? [desks[0]!.id] : []),
  );
  const [checked, setChecked] = useState(false);
  const pending = create.isPending || update.isPending;
  const error = create.error ?? update.error;

  const usernameProblem =
    !user && checked && !isWellFormedUsername(username) ? tc('errors.user.username_invalid') : null;
  const rolesProblem = checked && roles.length === 0 ? t('form.rolesRequired') : null;
  const serverUsernameProblem =
    error instanceof ApiError && USERNAME_CODES.has(error.code) ? peopleErrorMessage(error) : null;
  const formError = error && !serverUsernameProblem ? peopleErrorMessage(error) : null;

  // A name stored before today's limit is neither refused nor called too long unless changed (see below).
  const nameChanged = displayName.trim() !== (user?.displayName ?? '');
  const nameTooLong = nameChanged && isOverLimit(displayName, DISPLAY_NAME_LIMIT);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (pending || roles.length === 0 || (!user && !isWellFormedUsername(username)) || nameTooLong) return;
    const name = displayName.trim();
    if (user) {
      update.mutate(
        // The name only when changed: one stored before today's limits (the CLI once allowed any length) must
        // not stop an admin from changing roles or desks.
        {
          id: user.id,
          changes: { roles, deskIds, ...(name && name !== user.displayName ? { displayName: name } : {}) },
        },
        { onSuccess: onClose },
      );
    } else {
      create.mutate(
        { username: username.trim(), roles, deskIds, ...(name ? { displayName: name } : {}) },
        { onSuccess: onCreated },
      );
    }
  };

  const usernameError = usernameProblem ?? serverUsernameProblem;
  return (
    <Dialog
      open
      onClose={onClose}
      title={user ? t('form.editTitle', { name: isolate(user.displayName) }) : t('form.addTitle')}
    >
      <form noValidate onSubmit={submit} className="flex flex-col gap-4" data-testid="user-form">
        {!user ? (
          <div className="flex flex-col gap-1 text-sm">
            <label htmlFor={`${id}-username`} className="font-medium text-ink">
              {t('form.username')}
            </label>
            <input
              id={`${id}-username`}
              name="username"
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              dir="ltr"
              autoComplete="off"
              spellCheck={false}
              aria-invalid={usernameError ? true : undefined}
              aria-describedby={`${id}-username-hint${usernameError ? ` ${id}-username-error` : ''}`}
              className="rounded border border-surface-line px-2 py-1.5"
              data-testid="user-username"
            />
            <p id={`${id}-username-hint`} className="text-xs text-ink-soft">
              {t('form.usernameHint')}
            </p>
            {usernameError ? (
              <p
                id={`${id}-username-error`}
                className="text-xs font-medium text-rose-800"
                data-testid="user-username-error"
              >
                {usernameError}
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor={`${id}-name`} className="font-medium text-ink">
            {t('form.displayName')}
          </label>
          <input
            id={`${id}-name`}
            name="displayName"
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
            dir="auto"
            aria-describedby={`${id}-name-length`}
            aria-invalid={nameTooLong || undefined}
            className="rounded border border-surface-line px-2 py-1.5"
            data-testid="user-display-name"
          />
          <LengthNote
            id={`${id}-name-length`}
            text={nameChanged ? displayName : ''}
            limit={DISPLAY_NAME_LIMIT}
          />
        </div>
        <fieldset
          className="flex flex-col gap-1 text-sm"
          aria-describedby={rolesProblem ? `${id}-roles-error` : undefined}
        >
          <legend className="mb-1 font-medium text-ink">{t('form.roles')}</legend>
          {ROLES.map((role) => (
            <label key={role} className="flex items-center gap-2">
              <input
                type="checkbox"
                className="size-4 accent-brand"
                checked={roles.includes(role)}
                onChange={() => setRoles(toggle(roles, role))}
                data-role={role}
              />
              <span>{t(`roles.${role}`)}</span>
              <span className="text-xs text-ink-soft">{t(`roleHints.${role}`)}</span>
            </label>
          ))}
          {rolesProblem ? (
            <p id={`${id}-roles-error`} className="text-xs font-medium text-rose-800">
              {rolesProblem}
            </p>
          ) : null}
        </fieldset>
        {desks.length > 0 ? (
          <fieldset className="flex flex-col gap-1 text-sm">
            <legend className="mb-1 font-medium text-ink">{t('form.desks')}</legend>
            {desks.map((desk) => (
              <label key={desk.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  className="size-4 accent-brand"
                  checked={deskIds.includes(desk.id)}
                  onChange={() => setDeskIds(toggle(deskIds, desk.id))}
                />
                <bdi>{deskLabel(desk, language)}</bdi>
              </label>
            ))}
          </fieldset>
        ) : null}
        {!user ? <p className="text-xs text-ink-soft">{t('form.oneTimeNote')}</p> : null}
        {formError ? (
          <p
            role="alert"
            className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-900"
            data-testid="user-form-error"
          >
            {formError}
          </p>
        ) : null}
        <div className="flex justify-end gap-2 border-t border-surface-line pt-3">
          <Button variant="ghost" onClick={onClose}>
            {tc('common.cancel')}
          </Button>
          <Button
            type="submit"
            variant="primary"
            aria-disabled={pending || undefined}
            data-testid="user-save"
          >
            {user ? tc('common.save') : t('form.create')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
