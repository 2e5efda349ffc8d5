import { useTranslation } from 'react-i18next';

/** Flash and urgent items carry a word as well as a colour; normal items show nothing. */
export function UrgencyMark({ urgency, className = '' }: { urgency: number; className?: string }) {
  const { t } = useTranslation();
  if (urgency >= 3) return null;
  const style =
    urgency === 1
      ? 'bg-rose-700 text-white'
      : 'bg-orange-100 text-orange-900 ring-1 ring-inset ring-orange-300';
  return (
    <span
      className={`inline-flex items-center rounded px-1.5 text-[0.7rem] font-semibold leading-5 ${style} ${className}`}
    >
      {t(`urgency.${urgency}`)}
    </span>
  );
}

/** The coloured edge at the start of a queue row. */
export function urgencyEdgeClass(urgency: number): string {
  if (urgency === 1) return 'border-s-rose-600';
  if (urgency === 2) return 'border-s-orange-400';
  return 'border-s-transparent';
}
