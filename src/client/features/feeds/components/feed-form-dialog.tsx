import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Feed } from '#shared/schemas/feeds.ts';
import type { Desk } from '#shared/schemas/users.ts';
import { Button } from '#client/components/ui/button.tsx';
import { Dialog } from '#client/components/ui/dialog.tsx';
import { ApiError } from '#client/lib/api-client.ts';
import { errorMessage } from '#client/lib/i18n.ts';
import { pushToast } from '#client/stores/toast-store.ts';
import { useCreateFeed } from '../api/create-feed.ts';
import { getFeedsQueryOptions } from '../api/get-feeds.ts';
import { useUpdateFeed } from '../api/update-feed.ts';
import { useFeedsTranslation } from '../i18n.ts';
import {
  checkCreate,
  checkPatch,
  emptyValues,
  FEED_FIELDS,
  serverErrors,
  valuesOf,
  type FeedField,
  type FeedFormValues,
  type FieldErrors,
  type FieldMessage,
} from '../lib/feed-form.ts';
import { languageName, type IntervalUnit } from '../lib/format-feed.ts';

/** Languages offered first; any other code a feed already has is kept and shown too. */
const LANGUAGES = [
  'ar',
  'en',
  'fr',
  'ru',
  'tr',
  'fa',
  'ur',
  'kk',
  'uz',
  'ky',
  'tg',
  'tk',
  'az',
  'zh',
  'es',
  'de',
];
const UNITS: IntervalUnit[] = ['seconds', 'minutes', 'hours'];

const INPUT =
  'h-9 w-full rounded-md border bg-white px-3 text-sm text-ink aria-[invalid=true]:border-rose-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-rose-600';
const INPUT_BORDER = 'border-surface-line';

/**
 * Add a feed, or edit one. Edits are made on the version the form opened with (If-Match); if someone else saved
 * in between, the form says so, keeps what was typed, and offers to save over their version or take it.
 */
export function FeedFormDialog({
  mode,
  feed,
  desks,
  onClose,
}: {
  mode: 'add' | 'edit';
  /** The feed being edited, as the form opened it. */
  feed?: Feed;
  desks: readonly Desk[] | undefined;
  onClose(): void;
}) {
  const { t, tc, language } = useFeedsTranslation();
  const queryClient = useQueryClient();
  const create = useCreateFeed();
  const update = useUpdateFeed();
  const [values, setValues] = useState<FeedFormValues>(() => (feed ? valuesOf(feed) : emptyValues()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  /** The version the form's changes are measured against: what it opened with, or what it took on a conflict. */
  const [base, setBase] = useState<Feed | undefined>(feed);
  const pending = create.isPending || update.isPending;
  const formRef = useRef<HTMLFormElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const ids = useId();

  // After the dialog opened (its own effect runs first), the first field takes focus, not the close button.
  useEffect(() => nameRef.current?.focus(), []);

  const set = <K extends keyof FeedFormValues>(key: K, value: FeedFormValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));

  const focusFirstInvalid = (fields: FieldErrors) => {
    const first = FEED_FIELDS.find((field) => fields[field]);
    if (first)
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>(`[data-field=${first}]`)?.focus(),
      );
  };

  const refused = (error: unknown) => {
    const { fields, conflict: stale } = serverErrors(error);
    if (stale) {
      setConflict(true);
      setFormError(null);
      return;
    }
    if (Object.keys(fields).length > 0) {
      setErrors(fields);
      setFormError(null);
      focusFirstInvalid(fields);
      return;
    }
    setFormError(error instanceof ApiError && error.status === 404 ? t('gone') : errorMessage(error));
  };

  const save = (overVersion?: number) => {
    setFormError(null);
    if (mode === 'add') {
      const checked = checkCreate(values);
      if (!checked.ok) return invalid(checked.errors);
      setErrors({});
      create.mutate(checked.data, {
        onSuccess: (saved) => {
          pushToast({ kind: 'info', message: t('added', { name: saved.name }) });
          onClose();
        },
        onError: refused,
      });
      return;
    }
    if (!base) return;
    const checked = checkPatch(values, base);
    if (!checked.ok) return invalid(checked.errors);
    setErrors({});
    if (checked.data === null) {
      onClose();
      return;
    }
    update.mutate(
      { id: base.id, version: overVersion ?? base.version, patch: checked.data },
      {
        onSuccess: (saved) => {
          pushToast({ kind: 'info', message: t('saved', { name: saved.name }) });
          onClose();
        },
        onError: refused,
      },
    );
  };

  const invalid = (fields: FieldErrors) => {
    setErrors(fields);
    setFormError(t('form.invalid'));
    focusFirstInvalid(fields);
  };

  /** Their version, fresh from the server (undefined if the feed is gone). */
  const latest = async (): Promise<Feed | undefined> => {
    const data = await queryClient.fetchQuery({ ...getFeedsQueryOptions(), staleTime: 0 });
    return data.feeds.find((candidate) => candidate.id === base?.id);
  };

  const overwrite = async () => {
    const theirs = await latest().catch(() => undefined);
    if (!theirs) {
      setConflict(false);
      setFormError(t('gone'));
      return;
    }
    setConflict(false);
    // Only the fields this admin changed go over theirs; the rest of their version stays.
    save(theirs.version);
  };

  const discard = async () => {
    const theirs = await latest().catch(() => undefined);
    setConflict(false);
    if (!theirs) {
      setFormError(t('gone'));
      return;
    }
    setBase(theirs);
    setValues(valuesOf(theirs));
    setErrors({});
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending && !conflict) save();
  };

  const message = (field: FeedField): string | null => {
    const error: FieldMessage | undefined = errors[field];
    return error ? tc(error.key, error.values) : null;
  };

  const languages = [...LANGUAGES];
  if (values.language && !languages.includes(values.language)) languages.push(values.language);
  const languageOptions = languages
    .map((code) => ({ code, name: languageName(code, language) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));

  return (
    <Dialog
      open
      onClose={onClose}
      title={mode === 'add' ? t('form.addTitle') : t('form.editTitle')}
      className="w-[min(36rem,calc(100vw-2rem))]"
    >
      <form
        ref={formRef}
        onSubmit={submit}
        noValidate
        className="flex flex-col gap-4"
        data-testid="feed-form"
      >
        {mode === 'edit' && base ? (
          <p className="-mt-1 text-sm text-ink-soft">
            <bdi className="font-medium text-ink">{base.name}</bdi>
            {' · '}
            {t('form.format')}: {base.format ? t(`format.${base.format}`) : t('format.unknown')}
          </p>
        ) : null}

        <Field id={`${ids}-name`} label={t('form.name')} hint={t('form.nameHint')} error={message('name')}>
          {(describedBy) => (
            <input
              id={`${ids}-name`}
              ref={nameRef}
              data-field="name"
              name="name"
              dir="auto"
              autoComplete="off"
              value={values.name}
              onChange={(event) => set('name', event.target.value)}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy}
              className={`${INPUT} ${INPUT_BORDER}`}
            />
          )}
        </Field>

        <Field id={`${ids}-url`} label={t('form.url')} hint={t('form.urlHint')} error={message('url')}>
          {(describedBy) => (
            <input
              id={`${ids}-url`}
              data-field="url"
              name="url"
              type="url"
              dir="ltr"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              placeholder="https://"
              value={values.url}
              onChange={(event) => set('url', event.target.value)}
              aria-invalid={errors.url ? true : undefined}
              aria-describedby={describedBy}
              className={`${INPUT} ${INPUT_BORDER} text-start`}
            />
          )}
        </Field>

        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-sm font-medium text-ink">{t('form.interval')}</legend>
          <div className="flex gap-2">
            <input
              data-field="pollIntervalSeconds"
              name="intervalValue"
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={values.intervalValue}
              onChange={(event) => set('intervalValue', event.target.value)}
              aria-label={t('form.intervalValue')}
              aria-invalid={errors.pollIntervalSeconds ? true : undefined}
              aria-describedby={`${ids}-interval-hint${errors.pollIntervalSeconds ? ` ${ids}-interval-error` : ''}`}
              className={`${INPUT} ${INPUT_BORDER} w-28 tabular-nums`}
            />
            <select
              name="intervalUnit"
              value={values.intervalUnit}
              onChange={(event) => set('intervalUnit', event.target.value as IntervalUnit)}
              aria-label={t('form.intervalUnit')}
              className={`${INPUT} ${INPUT_BORDER} w-40`}
            >
              {UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {t(`form.units.${unit}`)}
                </option>
              ))}
            </select>
          </div>
          <p id={`${ids}-interval-hint`} className="text-xs text-ink-faint">
            {t('form.intervalHint')}
          </p>
          {errors.pollIntervalSeconds ? (
            <p
              id={`${ids}-interval-error`}
              className="text-xs font-medium text-rose-800"
              data-testid="field-error"
            >
              {message('pollIntervalSeconds')}
            </p>
          ) : null}
        </fieldset>

        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id={`${ids}-language`}
            label={t('form.language')}
            hint={t('form.languageHint')}
            error={message('language')}
          >
            {(describedBy) => (
              <select
                id={`${ids}-language`}
                data-field="language"
                name="language"
                value={values.language}
                onChange={(event) => set('language', event.target.value)}
                aria-invalid={errors.language ? true : undefined}
                aria-describedby={describedBy}
                className={`${INPUT} ${INPUT_BORDER}`}
              >
                <option value="">{t('form.languageAuto')}</option>
                {languageOptions.map(({ code, name }) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={`${ids}-desk`} label={t('form.desk')} error={message('deskId')}>
            {(describedBy) => (
              <select
                id={`${ids}-desk`}
                data-field="deskId"
                name="deskId"
                value={values.deskId}
                onChange={(event) => set('deskId', event.target.value)}
                aria-invalid={errors.deskId ? true : undefined}
                aria-describedby={describedBy}
                className={`${INPUT} ${INPUT_BORDER}`}
              >
                <option value="">{t('form.deskNone')}</option>
                {(desks ?? []).map((desk) => (
                  <option key={desk.id} value={String(desk.id)}>
                    {desk.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>

        <div className="flex items-start gap-2">
          <input
            id={`${ids}-enabled`}
            name="enabled"
            type="checkbox"
            checked={values.enabled}
            onChange={(event) => set('enabled', event.target.checked)}
            aria-describedby={`${ids}-enabled-hint`}
            className="mt-1 size-4 accent-brand"
          />
          <div>
            <label htmlFor={`${ids}-enabled`} className="text-sm font-medium text-ink">
              {t('form.enabled')}
            </label>
            <p id={`${ids}-enabled-hint`} className="text-xs text-ink-faint">
              {t('form.enabledHint')}
            </p>
          </div>
        </div>

        {formError ? (
          <p
            role="alert"
            className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-900"
            data-testid="form-error"
          >
            {formError}
          </p>
        ) : null}
        {conflict ? (
          <div
            role="alert"
            className="flex flex-col gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950"
            data-testid="form-conflict"
          >
            <p>{t('form.conflict.message')}</p>
            <div className="flex flex-wrap gap-2">
              <Button
                size="sm"
                variant="primary"
                onClick={() => void overwrite()}
                data-testid="conflict-overwrite"
              >
                {t('form.conflict.overwrite')}
              </Button>
              <Button size="sm" onClick={() => void discard()} data-testid="conflict-discard">
                {t('form.conflict.discard')}
              </Button>
            </div>
          </div>
        ) : null}

        <div className="flex justify-end gap-2 border-t border-surface-line pt-3">
          <Button variant="ghost" onClick={onClose}>
            {tc('common.cancel')}
          </Button>
          <Button
            type="submit"
            variant="primary"
            aria-disabled={pending || conflict || undefined}
            className={pending || conflict ? 'opacity-60' : ''}
            data-testid="feed-form-submit"
          >
            {pending ? t('form.saving') : mode === 'add' ? t('form.submitAdd') : t('form.submitEdit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** A labelled field with its hint and (translated) error, both tied to the control by aria-describedby. */
function Field({
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
