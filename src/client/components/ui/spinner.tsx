import { useTranslation } from 'react-i18next';

export function Spinner({ label, className = '' }: { label?: string; className?: string }) {
  const { t } = useTranslation();
  return (
    <output className={`inline-flex items-center gap-2 text-ink-faint ${className}`}>
      <span
        aria-hidden="true"
        className="size-4 animate-spin rounded-full border-2 border-surface-line border-t-brand"
      />
      <span>{label ?? t('common.loading')}</span>
    </output>
  );
}
