import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '#client/lib/i18n.ts';
import { Button } from './button.tsx';
import { ErrorDetail } from './error-detail.tsx';

/** A calm, centred message for empty lists and placeholders. */
export function EmptyState({
  title,
  children,
  icon,
}: {
  title: string;
  children?: ReactNode;
  icon?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-center justify-center gap-2 px-6 py-12 text-center text-ink-soft">
      {icon ? (
        <div aria-hidden="true" className="text-3xl text-ink-faint">
          {icon}
        </div>
      ) : null}
      <p className="text-base font-medium text-ink">{title}</p>
      {children ? <div className="max-w-sm text-sm">{children}</div> : null}
    </div>
  );
}

/** A failed load: what went wrong (translated) and a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="flex flex-col items-center gap-3 px-6 py-10 text-center">
      <div className="flex max-w-md flex-col gap-1">
        <p className="font-medium text-rose-800">{errorMessage(error)}</p>
        <ErrorDetail error={error} />
      </div>
      {onRetry ? (
        <Button size="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </div>
  );
}
