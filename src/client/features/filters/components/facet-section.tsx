import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FacetOptionRow } from './facet-option-row.tsx';

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
  const shown = expanded ? options : options.slice(0, limit);
  const hiddenSelected = expanded
    ? []
    : options.slice(limit).filter((option) => selected.includes(option.value));
  return (
    <fieldset className="min-w-0" data-testid={testId}>
      <legend className="mb-1.5 text-xs font-semibold tracking-wide text-ink-soft">{title}</legend>
      {options.length === 0 ? <p className="text-xs text-ink-faint">{t('filters.none')}</p> : null}
      <ul className="flex flex-col">
        {[...shown, ...hiddenSelected].map((option) => (
          <FacetOptionRow
            key={option.value}
            // Wire source names may be in either script: isolated, but aligned with the other labels.
            label={option.dir === 'auto' ? <bdi>{option.label}</bdi> : option.label}
            count={option.count}
            checked={selected.includes(option.value)}
            onToggle={() => onToggle(option.value)}
            locale={i18n.language}
            adornment={option.adornment}
            inputData={{ 'data-value': option.value }}
          />
        ))}
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
