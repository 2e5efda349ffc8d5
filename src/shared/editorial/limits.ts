/**
 * Limits of a story's fields, written once: the editor shows them live (a soft limit warns, a hard limit is
 * refused with a clear message) and the server refuses the same hard limits. Nothing is ever cut silently.
 * Soft limits are what a desk's style asks (an Arabic headline reads best under ~90 characters); hard limits
 * are what the system stores.
 */
import { LIMITS } from '../schemas/items.ts';

export interface FieldLimit {
  /** Characters (as countCharacters counts them) beyond which the editor warns; null for none. */
  soft: number | null;
  /** Characters beyond which a save is refused. */
  hard: number;
}

export const STORY_FIELDS = [
  'headline',
  'summary',
  'body',
  'byline',
  'dateline',
  'slug',
  'keywords',
] as const;
export type StoryField = (typeof STORY_FIELDS)[number];

/** Text limits by field. The body's hard limit is on its text; its HTML is capped at LIMITS.body. */
export const FIELD_LIMITS: Readonly<Record<Exclude<StoryField, 'keywords'>, FieldLimit>> = {
  headline: { soft: 90, hard: LIMITS.headline },
  summary: { soft: 300, hard: LIMITS.summary },
  body: { soft: null, hard: 100_000 },
  byline: { soft: null, hard: 200 },
  dateline: { soft: null, hard: 100 },
  slug: { soft: 60, hard: 120 },
};

/** An English headline may run a little longer than an Arabic one for the same width on screen. */
export const HEADLINE_SOFT_BY_LANGUAGE: Readonly<Record<string, number>> = { ar: 90, en: 100 };

export const KEYWORD_LIMITS = { count: 20, length: 60 } as const;

/** The soft limit of a field in a story's language. */
export function softLimit(field: Exclude<StoryField, 'keywords'>, language: string): number | null {
  if (field === 'headline') return HEADLINE_SOFT_BY_LANGUAGE[language] ?? FIELD_LIMITS.headline.soft;
  return FIELD_LIMITS[field].soft;
}

export type LimitState = 'ok' | 'soft' | 'hard';

/** Where a length stands against a field's limits. */
export function limitState(length: number, limit: FieldLimit, soft = limit.soft): LimitState {
  if (length > limit.hard) return 'hard';
  if (soft !== null && length > soft) return 'soft';
  return 'ok';
}
