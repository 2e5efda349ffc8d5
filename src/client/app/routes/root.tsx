import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '#client/components/ui/state-message.tsx';
import { useDocumentTitle, usePageTitle } from '#client/lib/page-title.ts';

export function RootLayout() {
  useDocumentTitle();
  return <Outlet />;
}

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <main className="flex h-full items-center justify-center">
      <EmptyState title={t('notFound.title')}>
        <Link to="/" className="font-medium text-brand hover:underline">
          {t('notFound.back')}
        </Link>
      </EmptyState>
    </main>
  );
}
