import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative, useNow } from '#client/lib/format.ts';

/** "5 min ago", kept current by one shared clock; the exact time is in the element and its tooltip. */
export function RelativeTime({ iso, className = '' }: { iso: string; className?: string }) {
  const { i18n } = useTranslation();
  const now = useNow();
  const exact = formatDateTime(iso, i18n.language);
  return (
    <time dateTime={iso} title={exact} className={`whitespace-nowrap tabular-nums ${className}`}>
      {formatRelative(iso, now, i18n.language)}
    </time>
  );
}
