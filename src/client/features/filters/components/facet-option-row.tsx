import type { ReactNode } from 'react';
import { formatNumber } from '#client/lib/format.ts';

/**
 * One option of a filter: its checkbox, its label, and how many items it would match under the other filters.
 * Options that match nothing fade unless chosen (a chosen option stays visible to be unticked).
 */
export function FacetOptionRow({
  label,
  count,
  checked,
  onToggle,
  locale,
  adornment,
  padding = 'px-1.5 py-1',
  inputData,
}: {
  label: ReactNode;
  count: number;
  checked: boolean;
  onToggle(): void;
  /** For the count's digits (passed down, so a long list does not subscribe to i18n row by row). */
  locale: string;
  /** Rendered before the label (a status dot, an urgency mark). */
  adornment?: ReactNode;
  /** Nested lists indent their rows (logical padding only). */
  padding?: string;
  /** How tests and the page find the checkbox (`data-value`, `data-country`). */
  inputData?: Record<`data-${string}`, string>;
}) {
  return (
    <li>
      <label
        className={`flex cursor-pointer items-center gap-2 rounded ${padding} hover:bg-surface-sunken ${count === 0 && !checked ? 'text-ink-faint' : ''}`}
      >
        <input
          type="checkbox"
          checked={checked}
          onChange={onToggle}
          className="size-3.5 shrink-0 accent-brand"
          {...inputData}
        />
        {adornment}
        <span className="min-w-0 flex-1 truncate">{label}</span>
        <span className="text-xs tabular-nums text-ink-faint" data-testid="facet-count" data-count={count}>
          {formatNumber(count, locale)}
        </span>
      </label>
    </li>
  );
}
