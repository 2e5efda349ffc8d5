import type { ReactNode } from 'react';

/** Every text input and select of the feed form; a field with an error shows it in its border. */
export const FEED_INPUT =
  'h-9 w-full rounded-md border bg-white px-3 text-sm text-ink aria-[invalid=true]:border-rose-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-rose-600 border-surface-line';

/** A labelled field with its hint and (translated) error, both tied to the control by aria-describedby. */
export function FeedFormField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error: string | null;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-ink">
        {label}
      </label>
      {children(described || undefined)}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-ink-faint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-rose-800" data-testid="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
