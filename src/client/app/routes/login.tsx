import { getRouteApi, useRouter } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '#client/lib/page-title.ts';
import { LanguageSwitch } from '#client/features/auth/components/language-switch.tsx';
import { Spinner } from '#client/components/ui/spinner.tsx';

// A signed-in desk starts without the sign-in form's code: the login page fetches it when it is shown.
const LoginForm = lazy(() =>
  import('#client/features/auth/components/login-form.tsx').then((module) => ({ default: module.LoginForm })),
);

const loginApi = getRouteApi('/login');

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const router = useRouter();
  const { redirect, expired } = loginApi.useSearch();
  return (
    <div className="flex min-h-full flex-col bg-surface-sunken">
      <div className="flex justify-end p-4">
        <LanguageSwitch />
      </div>
      <main className="flex flex-1 items-start justify-center px-4 pt-[8vh]">
        <div className="w-full max-w-sm">
          <div className="mb-6 flex flex-col items-center gap-2 text-center">
            <img src="/favicon.svg" alt="" className="size-12" />
            <h1 className="text-2xl font-bold text-ink">{t('app.name')}</h1>
            <p className="text-sm text-ink-soft">{t('login.tagline')}</p>
          </div>
          <section
            aria-labelledby="login-title"
            className="rounded-lg border border-surface-line bg-white p-6 shadow-sm"
          >
            <h2 id="login-title" className="mb-4 text-base font-semibold">
              {t('login.title')}
            </h2>
            {expired ? (
              <output className="mb-4 block rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-inset ring-amber-200">
                {t('login.sessionEnded')}
              </output>
            ) : null}
            <Suspense fallback={<Spinner className="py-6" />}>
              <LoginForm onSignedIn={() => void router.navigate({ href: redirect ?? '/', replace: true })} />
            </Suspense>
          </section>
        </div>
      </main>
    </div>
  );
}
