/**
 * The editor's messages for refusals, always from the locale files: the server's `errors.<code>` with the
 * parameters its details carry (who holds the lease, which field is too long and its limit, the field named in
 * the UI's language), and the same messages for what the editor refuses itself before sending.
 */
import type { TFunction } from 'i18next';
import { ApiError } from '#client/lib/api-client.ts';
import { errorMessage } from '#client/lib/i18n.ts';
import { formatNumber, isolate } from '#client/lib/format.ts';
import type { Refusal } from './field-limits.ts';

/** Fields the item pane names too (fields.<name>); the editor's own are editor.field.<name>. */
const SHARED_LABELS = new Set(['headline', 'summary', 'body', 'urgency']);

/** The field's label in the UI language. */
export function fieldLabel(t: TFunction, field: string): string {
  return t(SHARED_LABELS.has(field) ? `fields.${field}` : `editor.field.${field}`, { defaultValue: field });
}

export function refusalMessage(t: TFunction, locale: string, refusal: Refusal): string {
  const limit = refusal.limit === undefined ? '' : formatNumber(refusal.limit, locale);
  switch (refusal.code) {
    case 'story.too_many_keywords':
      return t('editor.keywordsTooMany', { limit });
    case 'story.keyword_too_long':
      return t('editor.keywordsTooLong', { limit });
    default:
      return t(`errors.${refusal.code}`, { field: fieldLabel(t, refusal.field), limit });
  }
}

interface IssueParams {
  code?: unknown;
  field?: unknown;
  limit?: unknown;
}

function storyParams(value: unknown): IssueParams | null {
  return typeof value === 'object' && value !== null ? (value as IssueParams) : null;
}

/** Who holds a lease, from a `lease.held` refusal's details. */
export function leaseHolderOf(error: unknown): { id: number; displayName: string; since: string } | null {
  if (!(error instanceof ApiError) || error.code !== 'lease.held') return null;
  const details = error.details as
    { holder?: { id?: unknown; displayName?: unknown }; since?: unknown } | undefined;
  const holder = details?.holder;
  if (typeof holder?.id !== 'number' || typeof holder.displayName !== 'string') return null;
  return {
    id: holder.id,
    displayName: holder.displayName,
    since: typeof details?.since === 'string' ? details.since : new Date().toISOString(),
  };
}

/** The translated message for anything a save, a draft or a lease request failed with. */
export function storyErrorMessage(t: TFunction, locale: string, error: unknown): string {
  if (!(error instanceof ApiError)) return errorMessage(error);
  const holder = leaseHolderOf(error);
  if (holder) return t('errors.lease.held', { name: isolate(holder.displayName) });
  // 422 story.too_long (the body's text) carries field and limit in its details; a 400 carries them in the
  // params of the zod issue that refused the field.
  const issues = (error.details as { issues?: Array<{ params?: unknown }> } | undefined)?.issues;
  const params =
    error.code.startsWith('story.') && error.code !== 'story.no_wire_update'
      ? { ...storyParams(error.details), code: error.code }
      : storyParams(issues?.find((issue) => storyParams(issue.params)?.code)?.params);
  if (
    params &&
    (params.code === 'story.too_long' ||
      params.code === 'story.markup_too_long' ||
      params.code === 'story.empty') &&
    typeof params.field === 'string'
  ) {
    return refusalMessage(t, locale, {
      code: params.code,
      field: params.field as Refusal['field'],
      limit: typeof params.limit === 'number' ? params.limit : undefined,
    });
  }
  return errorMessage(error);
}
