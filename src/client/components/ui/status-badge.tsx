import { useTranslation } from 'react-i18next';
import type { ItemStatus } from '#shared/workflow.ts';

/** Status colours always come with the status word: never colour alone. */
const STYLES: Record<ItemStatus, string> = {
  incoming: 'bg-sky-50 text-sky-900 ring-sky-200',
  accepted: 'bg-indigo-50 text-indigo-900 ring-indigo-200',
  spiked: 'bg-slate-100 text-slate-700 ring-slate-300',
  assigned: 'bg-violet-50 text-violet-900 ring-violet-200',
  in_review: 'bg-amber-50 text-amber-900 ring-amber-300',
  approved: 'bg-teal-50 text-teal-900 ring-teal-200',
  published: 'bg-emerald-50 text-emerald-900 ring-emerald-300',
  killed: 'bg-rose-50 text-rose-900 ring-rose-300',
};
const DOTS: Record<ItemStatus, string> = {
  incoming: 'bg-sky-600',
  accepted: 'bg-indigo-600',
  spiked: 'bg-slate-500',
  assigned: 'bg-violet-600',
  in_review: 'bg-amber-500',
  approved: 'bg-teal-600',
  published: 'bg-emerald-600',
  killed: 'bg-rose-600',
};

export function StatusBadge({ status, className = '' }: { status: ItemStatus; className?: string }) {
  const { t } = useTranslation();
  return (
    <span
      className={`inline-flex items-center gap-1 rounded px-1.5 text-[0.7rem] font-medium leading-5 ring-1 ring-inset ${STYLES[status]} ${className}`}
      data-status={status}
    >
      <span aria-hidden="true" className={`size-1.5 rounded-full ${DOTS[status]}`} />
      {t(`status.${status}`)}
    </span>
  );
}

export function statusDotClass(status: ItemStatus): string {
  return DOTS[status];
}
