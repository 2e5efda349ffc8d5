import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '#client/lib/format.ts';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  /** Rendered before the label (a status dot, an urgency mark). */
  adornment?: ReactNode;
  /** Label direction: wire source names may be in any script. */
  dir?: 'auto';
}

/** A titled checklist with counts. Selected options always show, even at zero. */
export function FacetSection({
  title,
  options,
  selected,
  onToggle,
  limit = 8,
  testId,
}: {
  title: string;
  options: FacetOption[];
  selected: readonly string[];
  onToggle(value: string): void;
  limit?: number;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const shown = expanded ? options : options.slice(0, limit);
  const hiddenSelected = expanded
    ? []
    : options.slice(limit).filter((option) => selected.includes(option.value));
  return (
    <fieldset className="min-w-0" data-testid={testId}>
      <legend className="mb-1.5 text-xs font-semibold tracking-wide text-ink-soft">{title}</legend>
      {options.length === 0 ? <p className="text-xs text-ink-faint">{t('filters.none')}</p> : null}
      <ul className="flex flex-col">
        {[...shown, ...hiddenSelected].map((option) => {
          const checked = selected.includes(option.value);
          const inputId = `${id}-${option.value}`;
          return (
            <li key={option.value}>
              <label
                htmlFor={inputId}
                className={`flex cursor-pointer items-center gap-2 rounded px-1.5 py-1 hover:bg-surface-sunken ${option.count === 0 && !checked ? 'text-ink-faint' : ''}`}
              >
                <input
                  id={inputId}
                  type="checkbox"
                  checked={checked}
                  onChange={() => onToggle(option.value)}
                  className="size-3.5 shrink-0 accent-brand"
                  data-value={option.value}
                />
                {option.adornment}
                {/* Wire source names may be in either script: isolated, but aligned with the other labels. */}
                <span className="min-w-0 flex-1 truncate">
                  {option.dir === 'auto' ? <bdi>{option.label}</bdi> : option.label}
                </span>
                <span
                  className="text-xs tabular-nums text-ink-faint"
                  data-testid="facet-count"
                  data-count={option.count}
                >
                  {formatNumber(option.count, i18n.language)}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {options.length > limit ? (
        <button
          type="button"
          onClick={() => setExpanded(!expanded)}
          className="mt-1 rounded px-1.5 text-xs font-medium text-brand hover:underline"
          aria-expanded={expanded}
        >
          {expanded ? t('filters.showFewer') : t('filters.showAll', { count: options.length })}
        </button>
      ) : null}
    </fieldset>
  );
}
