/**
 * The add/edit form's values and their checks. Validation is the shared schemas' own (FeedCreateSchema,
 * FeedPatchSchema: what the server will accept), with each issue turned into a translatable message for its
 * field; the server's refusals (409 address taken, 400 invalid) land on the same fields.
 */
import type { z } from 'zod';
import {
  FeedCreateSchema,
  FeedPatchSchema,
  type Feed,
  type FeedCreate,
  type FeedPatch,
} from '#shared/schemas/feeds.ts';
import { ApiError } from '#client/lib/api-client.ts';
import { splitInterval, UNIT_SECONDS, type IntervalUnit } from './format-feed.ts';
import { latinDigits } from '#shared/text/digits.ts';

export interface FeedFormValues {
  name: string;
  /** '' = no English name (the English interface shows `name`). */
  nameEn: string;
  url: string;
  /** As typed: checked by the schema, not by the input. */
  intervalValue: string;
  intervalUnit: IntervalUnit;
  /** '' = as the feed says. */
  language: string;
  /** '' = no desk. */
  deskId: string;
  enabled: boolean;
}

export type FeedField = 'name' | 'nameEn' | 'url' | 'pollIntervalSeconds' | 'language' | 'deskId';
export const FEED_FIELDS: readonly FeedField[] = [
  'name',
  'nameEn',
  'url',
  'pollIntervalSeconds',
  'language',
  'deskId',
];

/** A message as an i18n key (with its namespace) and its values, translated when shown. */
export interface FieldMessage {
  key: string;
  values?: Record<string, unknown>;
}
export type FieldErrors = Partial<Record<FeedField, FieldMessage>>;

export const DEFAULT_INTERVAL_SECONDS = 300;

export function emptyValues(): FeedFormValues {
  const { value, unit } = splitInterval(DEFAULT_INTERVAL_SECONDS);
  return {
    name: '',
    nameEn: '',
    url: '',
    intervalValue: String(value),
    intervalUnit: unit,
    language: '',
    deskId: '',
    enabled: true,
  };
}

export function valuesOf(feed: Feed): FeedFormValues {
  const { value, unit } = splitInterval(feed.pollIntervalSeconds);
  return {
    name: feed.name,
    nameEn: feed.nameEn ?? '',
    url: feed.url,
    intervalValue: String(value),
    intervalUnit: unit,
    language: feed.language ?? '',
    deskId: feed.deskId === null ? '' : String(feed.deskId),
    enabled: feed.enabled,
  };
}

function intervalSeconds(values: FeedFormValues): number {
  const text = latinDigits(values.intervalValue.trim());
  // Empty or not a whole number stays NaN, which the schema refuses as it would any non-number. (Number()
  // alone would also read "0x10" and "1e3".)
  return /^\d{1,9}$/.test(text) ? Number(text) * UNIT_SECONDS[values.intervalUnit] : Number.NaN;
}

/** The request body the values stand for (before validation). */
export function toInput(values: FeedFormValues) {
  return {
    name: values.name,
    // Empty means none: an English name is optional, a blank one is not a name.
    nameEn: values.nameEn.trim() === '' ? null : values.nameEn,
    url: values.url.trim(),
    pollIntervalSeconds: intervalSeconds(values),
    language: values.language === '' ? null : values.language,
    deskId: values.deskId === '' ? null : Number(values.deskId),
    enabled: values.enabled,
  };
}

const K = (key: string, values?: Record<string, unknown>): FieldMessage => ({
  key: `feedsAdmin.form.errors.${key}`,
  values,
});

function messageFor(field: FeedField, code: string, maximum?: unknown): FieldMessage {
  switch (field) {
    case 'name':
      return code === 'too_big' ? K('tooLong', { max: maximum ?? 200 }) : K('required');
    case 'nameEn':
      return K('tooLong', { max: maximum ?? 200 });
    case 'url':
      return code === 'too_big' ? K('urlTooLong', { max: maximum ?? 2000 }) : K('url');
    case 'pollIntervalSeconds':
      return K('interval');
    case 'language':
      return K('language');
    case 'deskId':
      return K('desk');
  }
}

const isField = (value: unknown): value is FeedField => FEED_FIELDS.includes(value as FeedField);

/** One message per field, the first issue's. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (!isField(field) || errors[field]) continue;
    errors[field] = messageFor(field, issue.code, 'maximum' in issue ? issue.maximum : undefined);
  }
  return errors;
}

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export function checkCreate(values: FeedFormValues): Checked<FeedCreate> {
  const parsed = FeedCreateSchema.safeParse(toInput(values));
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, errors: issuesToErrors(parsed.error.issues) };
}

/** Only what changed, checked by the patch schema; `data: null` when nothing changed. */
export function checkPatch(values: FeedFormValues, feed: Feed): Checked<FeedPatch | null> {
  const input = toInput(values);
  const patch: Record<string, unknown> = {};
  if (input.name.trim() !== feed.name) patch.name = input.name;
  if ((input.nameEn?.trim() ?? null) !== feed.nameEn) patch.nameEn = input.nameEn;
  if (input.url !== feed.url) patch.url = input.url;
  if (input.pollIntervalSeconds !== feed.pollIntervalSeconds)
    patch.pollIntervalSeconds = input.pollIntervalSeconds;
  if (input.language !== feed.language) patch.language = input.language;
  if (input.deskId !== feed.deskId) patch.deskId = input.deskId;
  if (input.enabled !== feed.enabled) patch.enabled = input.enabled;
  if (Object.keys(patch).length === 0) return { ok: true, data: null };
  const parsed = FeedPatchSchema.safeParse(patch);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, errors: issuesToErrors(parsed.error.issues) };
}

interface ServerIssue {
  path?: unknown;
  code?: unknown;
}

/**
 * Where a server refusal belongs: on a field (the address is taken, a field the server found invalid) or, for
 * everything else, above the form. `conflict` when someone else changed the feed first (412).
 */
export function serverErrors(error: unknown): { fields: FieldErrors; conflict: boolean } {
  if (!(error instanceof ApiError)) return { fields: {}, conflict: false };
  if (error.status === 412) return { fields: {}, conflict: true };
  if (error.code === 'feed.exists')
    return { fields: { url: { key: 'errors.feed.exists' } }, conflict: false };
  if (error.code === 'feed.name_taken')
    return { fields: { name: { key: 'errors.feed.name_taken' } }, conflict: false };
  if (
    error.code === 'feed.bad_url' ||
    error.code === 'feed.secret_hidden' ||
    error.code === 'feed.address_refused'
  )
    return { fields: { url: { key: `errors.${error.code}` } }, conflict: false };
  if (error.status === 400 && error.details && typeof error.details === 'object') {
    const issues = (error.details as { issues?: unknown }).issues;
    const fields: FieldErrors = {};
    if (Array.isArray(issues)) {
      for (const issue of issues as ServerIssue[]) {
        const field = typeof issue.path === 'string' ? issue.path.split('.')[0] : undefined;
        if (isField(field) && !fields[field])
          fields[field] = messageFor(field, typeof issue.code === 'string' ? issue.code : '');
      }
    }
    return { fields, conflict: false };
  }
  return { fields: {}, conflict: false };
}
