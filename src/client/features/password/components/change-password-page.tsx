/**
 * Choosing one's own password: required after signing in with a one-time password (the server answers every
 * other request `password.change_required` until then), open to anyone signed in otherwise. A page of its own,
 * beside the login page, not inside it.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useFocusOnArrival } from '#client/lib/focus-on-arrival.ts';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '#client/lib/page-title.ts';
import { passwordProblem } from '#shared/people/credentials.ts';
import { Button } from '#client/components/ui/button.tsx';
import { ApiError } from '#client/lib/api-client.ts';
import { errorMessage, i18n } from '#client/lib/i18n.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { useChangePassword } from '../api/change-password.ts';

function refusal(error: unknown): string {
  if (error instanceof ApiError && error.code === 'password.weak') {
    const reason = (error.details as { reason?: unknown } | undefined)?.reason;
    if (typeof reason === 'string' && i18n.exists(`passwordRules.${reason}`))
      return i18n.t(`passwordRules.${reason}`);
  }
  return errorMessage(error);
}

export function ChangePasswordPage({ onDone, onSignOut }: { onDone(): void; onSignOut(): void }) {
  const { t } = useTranslation();
  usePageTitle(t('passwordChange.title'));
  const user = useCurrentUser();
  const id = useId();
  const change = useChangePassword();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(headingRef);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    // The same rule as the server (src/shared/people/credentials.ts), said before the round trip.
    const weak = passwordProblem(next, user.username);
    if (weak) return setProblem(t(`passwordRules.${weak}`));
    if (next !== repeat) return setProblem(t('passwordChange.mismatch'));
    setProblem(null);
    change.mutate({ currentPassword: current, newPassword: next }, { onSuccess: onDone });
  };
  const message = problem ?? (change.error ? refusal(change.error) : null);

  return (
    <main
      className="flex min-h-full items-center justify-center bg-surface-sunken p-4"
      data-testid="change-password-page"
    >
      <form
        noValidate
        onSubmit={submit}
        className="flex w-full max-w-sm flex-col gap-4 rounded-lg border border-surface-line bg-white p-6 shadow-sm"
        aria-describedby={`${id}-intro`}
      >
        <h1 ref={headingRef} tabIndex={-1} className="text-xl font-bold text-ink">
          {t('passwordChange.title')}
        </h1>
        <p id={`${id}-intro`} className="text-sm text-ink-soft">
          {user.mustChangePassword ? t('passwordChange.required') : t('passwordChange.intro')}
        </p>
        <PasswordField
          label={user.mustChangePassword ? t('passwordChange.oneTime') : t('passwordChange.current')}
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          testId="password-current"
        />
        <PasswordField
          label={t('passwordChange.new')}
          hint={t('passwordChange.rule')}
          autoComplete="new-password"
          value={next}
          onChange={setNext}
          testId="password-new"
        />
        <PasswordField
          label={t('passwordChange.repeat')}
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          testId="password-repeat"
        />
        {message ? (
          <p
            role="alert"
            className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-900"
            data-testid="password-error"
          >
            {message}
          </p>
        ) : null}
        <Button
          type="submit"
          variant="primary"
          aria-disabled={change.isPending || undefined}
          data-testid="password-save"
        >
          {t('passwordChange.save')}
        </Button>
        <button
          type="button"
          onClick={onSignOut}
          className="self-start rounded text-sm text-brand hover:underline"
        >
          {t('passwordChange.signOut')}
        </button>
      </form>
    </main>
  );
}

/** A password input with its label (and the rule, for a new one). Left to right: a password is typed as is. */
function PasswordField({
  label,
  hint,
  autoComplete,
  value,
  onChange,
  testId,
}: {
  label: string;
  hint?: string;
  autoComplete: 'current-password' | 'new-password';
  value: string;
  onChange(value: string): void;
  testId: string;
}) {
  const hintId = useId();
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium text-ink">{label}</span>
      <input
        type="password"
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="rounded border border-surface-line px-2 py-1.5"
        dir="ltr"
        aria-describedby={hint ? hintId : undefined}
        data-testid={testId}
      />
      {hint ? (
        <span id={hintId} className="text-xs text-ink-soft">
          {hint}
        </span>
      ) : null}
    </label>
  );
}
