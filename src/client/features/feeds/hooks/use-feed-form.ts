/** The add/edit form's state and its way through the server, 412 conflicts included (feed-form-dialog.tsx). */
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import type { Feed } from '#shared/schemas/feeds.ts';
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
} from '../lib/feed-form.ts';

/** What the form's sections read and write. */
export interface FeedFormFields {
  values: FeedFormValues;
  errors: FieldErrors;
  set<K extends keyof FeedFormValues>(key: K, value: FeedFormValues[K]): void;
  /** The field's error, translated; null when it has none. */
  message(field: FeedField): string | null;
}

export function useFeedForm({ mode, feed, onClose }: { mode: 'add' | 'edit'; feed?: Feed; onClose(): void }) {
  const { t, tc } = useFeedsTranslation();
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

  const set: FeedFormFields['set'] = (key, value) => setValues((previous) => ({ ...previous, [key]: value }));

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

  const invalid = (fields: FieldErrors) => {
    setErrors(fields);
    setFormError(t('form.invalid'));
    focusFirstInvalid(fields);
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

  /** Their version, fresh from the server (undefined if the feed is gone). */
  const latest = async (): Promise<Feed | undefined> => {
    const data = await queryClient.fetchQuery({ ...getFeedsQueryOptions(), staleTime: 0 });
    return data.feeds.find((candidate) => candidate.id === base?.id);
  };

  const overwrite = async () => {
    const theirs = await latest().catch(() => undefined);
    setConflict(false);
    // Only the fields this admin changed go over theirs; the rest of their version stays.
    if (theirs) save(theirs.version);
    else setFormError(t('gone'));
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
    const error = errors[field];
    return error ? tc(error.key, error.values) : null;
  };

  const fields: FeedFormFields = { values, errors, set, message };
  return { fields, base, pending, conflict, formError, formRef, submit, overwrite, discard };
}
