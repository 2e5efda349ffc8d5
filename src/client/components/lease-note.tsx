import { useTranslation } from 'react-i18next';
import type { Lease } from '#shared/schemas/leases.ts';
import { PencilIcon } from '#client/components/ui/icons.tsx';
import { formatTime, isolate } from '#client/lib/format.ts';
import { useActiveLease } from '#client/lib/lease.ts';

/**
 * "Huda is editing" (a queue row) or "Huda is editing since 10:42" (the item pane), while the lease holds:
 * live `item.lease` events bring it and take it away, and it goes by itself at its expiry.
 */
export function LeaseNote({
  lease,
  variant,
  hideFor,
}: {
  lease: Lease | null;
  variant: 'row' | 'pane';
  /** The viewer: their own lease is not news to them. */
  hideFor?: number;
}) {
  const { t, i18n } = useTranslation();
  const active = useActiveLease(lease);
  if (!active || active.holder.id === hideFor) return null;
  const name = isolate(active.holder.displayName);
  if (variant === 'row') {
    return (
      <span className="inline-flex items-center gap-1 font-medium text-amber-900" data-testid="lease-note">
        <PencilIcon className="size-3.5" />
        {t('lease.editing', { name })}
      </span>
    );
  }
  return (
    <p
      className="inline-flex items-center gap-1.5 self-start rounded-md bg-amber-50 px-2.5 py-1.5 text-sm text-amber-950 ring-1 ring-inset ring-amber-200"
      data-testid="lease-note"
    >
      <PencilIcon className="size-4" />
      <span>{t('lease.editingSince', { name, time: formatTime(active.since, i18n.language) })}</span>
    </p>
  );
}
