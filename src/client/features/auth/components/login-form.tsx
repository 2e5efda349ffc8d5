import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#client/components/ui/button.tsx';
import { errorMessage, isLocale, setUiDigits, setUiLocale } from '#client/lib/i18n.ts';
import { useLogin } from '../api/login.ts';

export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t, i18n } = useTranslation();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const usernameRef = useRef<HTMLInputElement>(null);
  // The page exists to sign in: the first field takes focus.
  useEffect(() => usernameRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate(
      // The page's language: at the first sign-in it becomes the user's own (the server never lets it
      // override a choice already made, so the user's language is what the session answers).
      { username: username.trim(), password, ...(isLocale(i18n.language) ? { locale: i18n.language } : {}) },
      {
        onSuccess: (session) => {
          setUiDigits(session.user.digits);
          void setUiLocale(session.user.locale);
          onSignedIn();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="username" className="text-sm font-medium">
          {t('login.username')}
        </label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          dir="ltr"
          required
          ref={usernameRef}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          className="h-10 rounded-md border border-surface-line bg-white px-3 text-start text-base focus-visible:border-focus"
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="password" className="text-sm font-medium">
          {t('login.password')}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          dir="ltr"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          className="h-10 rounded-md border border-surface-line bg-white px-3 text-start text-base focus-visible:border-focus"
        />
      </div>
      {login.error ? (
        <p
          role="alert"
          className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-900 ring-1 ring-inset ring-rose-200"
        >
          {errorMessage(login.error)}
        </p>
      ) : null}
      <Button
        type="submit"
        variant="primary"
        className="h-10"
        disabled={login.isPending || !username.trim() || !password}
      >
        {login.isPending ? t('login.signingIn') : t('login.submit')}
      </Button>
    </form>
  );
}
