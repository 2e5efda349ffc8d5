import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '#shared/schemas/items.ts';
import { SearchIcon } from '#client/components/ui/icons.tsx';
import { Kbd } from '#client/components/ui/kbd.tsx';
import { textDirection } from '#client/lib/directed-text.tsx';

export const SEARCH_INPUT_ID = 'queue-search';
const DEBOUNCE_MS = 300;

/** The full-text search (`q`): typed Arabic is normalised by the server like the index. `/` focuses it. */
export function SearchBox({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange(q: string | undefined): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const [seenValue, setSeenValue] = useState(value);
  // A view chosen elsewhere (saved view, back button) replaces what is in the box; our own echo does not.
  if (value !== seenValue) {
    setSeenValue(value);
    if ((value ?? '') !== text.trim()) setText(value ?? '');
  }
  const [immediate, setImmediate] = useState(false);

  // Debounced: the URL (and the query) follow the box once typing pauses. Re-armed on every render, so it
  // always commits onto the latest filters.
  useEffect(() => {
    const next = text.trim() || undefined;
    if (next === (value || undefined)) return;
    const timer = setTimeout(() => onChange(next), immediate ? 0 : DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onChange, immediate]);

  return (
    <search>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setImmediate(true);
        }}
        className="relative"
      >
        <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
          {t('filters.search')}
        </label>
        <SearchIcon className="pointer-events-none absolute start-2.5 top-1/2 size-4 -translate-y-1/2 text-ink-faint" />
        <input
          id={SEARCH_INPUT_ID}
          type="search"
          dir={textDirection(text)}
          value={text}
          // What the API searches for at most: longer, every request of the view was refused.
          maxLength={LIMITS.search}
          onChange={(event) => {
            setImmediate(false);
            setText(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') (event.target as HTMLInputElement).blur();
          }}
          placeholder={t('filters.searchPlaceholder')}
          className="h-9 w-full rounded-md border border-surface-line bg-white pe-9 ps-8 text-sm placeholder:text-ink-faint"
        />
        <span className="pointer-events-none absolute end-2 top-1/2 -translate-y-1/2" aria-hidden="true">
          <Kbd>/</Kbd>
        </span>
      </form>
    </search>
  );
}
