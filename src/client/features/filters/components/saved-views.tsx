import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type ItemFilters } from '#shared/schemas/items.ts';
import type { SavedView } from '#shared/schemas/views.ts';
import { Button } from '#client/components/ui/button.tsx';
import { isOverLimit, LengthNote } from '#client/components/ui/length-note.tsx';
import { CloseIcon } from '#client/components/ui/icons.tsx';
import { normalizeFilters } from '#shared/queue-page.ts';
import { errorMessage } from '#client/lib/i18n.ts';
import { useDeleteView } from '../api/delete-view.ts';
import { useViews } from '../api/get-views.ts';
import { useSaveView } from '../api/save-view.ts';
import { textDirection } from '#client/lib/directed-text.tsx';

const sameFilters = (a: ItemFilters, b: ItemFilters) =>
  JSON.stringify(normalizeFilters(a)) === JSON.stringify(normalizeFilters(b));

/** Named views: save the current filters under a name, switch between them, delete them. */
export function SavedViews({
  filters,
  onApply,
}: {
  filters: ItemFilters;
  onApply(filters: ItemFilters): void;
}) {
  const { t } = useTranslation();
  const { data } = useViews();
  const save = useSaveView();
  const remove = useDeleteView();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const tooLong = isOverLimit(name, LIMITS.viewName);
  const saveButton = useRef<HTMLButtonElement>(null);
  // Focus follows the form: into its field when it opens, back to "Save current view" when it closes.
  const wasNaming = useRef(naming);
  useEffect(() => {
    if (naming) nameRef.current?.focus();
    else if (wasNaming.current) saveButton.current?.focus();
    wasNaming.current = naming;
  }, [naming]);
  const views = data?.views ?? [];
  // A view removed took its focused button with it: focus goes to "Save current view", not the page's start.
  const count = views.length;
  const lastCount = useRef(count);
  useEffect(() => {
    if (count < lastCount.current && document.activeElement === document.body) saveButton.current?.focus();
    lastCount.current = count;
  }, [count]);

  // Naming given up (Cancel, or Escape in the form): focus goes back to "Save current view", which took its place.
  const focusSaveButton = useRef(false);
  const cancelNaming = () => {
    focusSaveButton.current = true;
    setNaming(false);
  };
  // Escape in the naming form (its field or its buttons) gives up the naming, and only that (not the phone's
  // filter drawer around it).
  const escapeGivesUp = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    cancelNaming();
  };
  useEffect(() => {
    if (naming || !focusSaveButton.current) return;
    focusSaveButton.current = false;
    saveButton.current?.focus();
  }, [naming]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || tooLong) return;
    save.mutate(
      { name: name.trim(), filters: normalizeFilters(filters) },
      {
        onSuccess: () => {
          setNaming(false);
          setName('');
        },
      },
    );
  };

  return (
    <section aria-labelledby="saved-views-title" className="min-w-0">
      <div className="mb-1.5 flex items-center justify-between">
        <h2 id="saved-views-title" className="text-xs font-semibold tracking-wide text-ink-soft">
          {t('views.title')}
        </h2>
        {!naming ? (
          <button
            ref={saveButton}
            type="button"
            className="rounded px-1 text-xs font-medium text-brand hover:underline"
            onClick={() => setNaming(true)}
          >
            {t('views.saveCurrent')}
          </button>
        ) : null}
      </div>
      {naming ? (
        <form onSubmit={submit} className="mb-2 flex flex-col gap-1.5">
          <label htmlFor="view-name" className="sr-only">
            {t('views.name')}
          </label>
          <input
            id="view-name"
            dir={textDirection(name)}
            ref={nameRef}
            value={name}
            aria-describedby="view-name-length"
            aria-invalid={tooLong || undefined}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={escapeGivesUp}
            placeholder={t('views.name')}
            className="h-8 rounded-md border border-surface-line bg-white px-2.5 text-sm"
          />
          <LengthNote id="view-name-length" text={name} limit={LIMITS.viewName} />
          <div className="flex gap-1.5">
            <Button
              type="submit"
              size="sm"
              variant="primary"
              disabled={!name.trim() || tooLong || save.isPending}
              onKeyDown={escapeGivesUp}
            >
              {t('views.save')}
            </Button>
            <Button size="sm" variant="ghost" onClick={cancelNaming} onKeyDown={escapeGivesUp}>
              {t('common.cancel')}
            </Button>
          </div>
          {save.error ? (
            <p role="alert" className="text-xs text-rose-800">
              {errorMessage(save.error)}
            </p>
          ) : null}
        </form>
      ) : null}
      {views.length === 0 && !naming ? <p className="text-xs text-ink-faint">{t('views.none')}</p> : null}
      <ul className="flex flex-col gap-0.5">
        {views.map((view: SavedView) => {
          const active = sameFilters(view.filters, filters);
          return (
            <li key={view.id} className="group flex items-center gap-1">
              <button
                type="button"
                onClick={() => onApply(view.filters)}
                aria-current={active ? 'true' : undefined}
                className={`min-w-0 flex-1 truncate rounded px-1.5 py-1 text-start text-sm ${active ? 'bg-brand-soft font-medium text-brand-strong' : 'hover:bg-surface-sunken'}`}
              >
                <bdi>{view.name}</bdi>
              </button>
              <button
                type="button"
                onClick={() => remove.mutate(view.id)}
                aria-label={t('views.delete', { name: view.name })}
                className="rounded p-1 text-ink-faint opacity-60 hover:bg-surface-sunken hover:text-rose-800 hover:opacity-100 focus-visible:opacity-100"
              >
                <CloseIcon className="size-3.5" />
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
