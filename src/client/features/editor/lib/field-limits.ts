/**
 * Counts and limits as the editor shows them, live: characters and words of each field against the shared
 * limits (src/shared/editorial/limits.ts), a soft limit that warns and a hard limit that refuses the save with
 * a reason. Text is counted as the server will count it: bidi controls removed and the ends trimmed (the
 * server does both before it checks), characters as a reader sees them. Nothing here ever shortens anything.
 */
import { countCharacters, countWords, readingMinutes } from '#shared/editorial/counts.ts';
import {
  FIELD_LIMITS,
  KEYWORD_LIMITS,
  limitState,
  softLimit,
  type LimitState,
  type StoryField,
} from '#shared/editorial/limits.ts';
import { LIMITS } from '#shared/schemas/items.ts';
import { isInvisible, neutralizeBidiControls } from '#shared/text/direction.ts';
import type { EditorFields, TextFieldName } from './story-fields.ts';

export type LimitedField = Exclude<StoryField, 'keywords'>;

export interface FieldStatus {
  characters: number;
  words: number;
  soft: number | null;
  hard: number;
  state: LimitState;
}

/** A text field's value as the server will store it. */
export function storedText(value: string): string {
  return neutralizeBidiControls(value).trim();
}

/** Where a field's text stands against its limits, in the story's language. */
export function fieldStatus(field: LimitedField, text: string, language: string): FieldStatus {
  const stored = field === 'body' ? text : storedText(text);
  const characters = countCharacters(stored);
  const soft = softLimit(field, language);
  return {
    characters,
    words: countWords(stored),
    soft,
    hard: FIELD_LIMITS[field].hard,
    state: limitState(characters, FIELD_LIMITS[field], soft),
  };
}

/** The body's status and its reading time. `text` is the body's text (blocks separated by white space). */
export function bodyStatus(text: string, language: string): FieldStatus & { minutes: number } {
  const status = fieldStatus('body', text.replace(/\s+/g, ' ').trim(), language);
  return { ...status, minutes: readingMinutes(status.words) };
}

/** Why a save cannot be sent as it is: the code is the i18n key `errors.<code>`, like the server's. */
export interface Refusal {
  code:
    | 'story.too_long'
    | 'story.markup_too_long'
    | 'story.empty'
    | 'story.too_many_keywords'
    | 'story.keyword_too_long';
  field: StoryField;
  limit?: number;
}

const TEXT_FIELDS: readonly TextFieldName[] = ['headline', 'summary', 'byline', 'dateline', 'slug'];

/**
 * Every reason the server would refuse these fields (the same rules, checked before sending). The body's limits
 * only when the body is sent (`bodySent`): the server checks what a save changes, and a wire body stored over
 * them must not block a fix to the headline.
 */
export function refusals(
  fields: EditorFields,
  bodyText: string,
  language: string,
  bodySent = true,
): Refusal[] {
  const found: Refusal[] = [];
  if (isInvisible(fields.headline)) found.push({ code: 'story.empty', field: 'headline' });
  for (const field of TEXT_FIELDS) {
    if (fieldStatus(field, fields[field], language).state === 'hard')
      found.push({ code: 'story.too_long', field, limit: FIELD_LIMITS[field].hard });
  }
  if (bodySent) {
    if (bodyStatus(bodyText, language).state === 'hard')
      found.push({ code: 'story.too_long', field: 'body', limit: FIELD_LIMITS.body.hard });
    // Within its text limit, a body can still carry more markup than a version holds (a bold word is 17
    // characters more, a paragraph 20): said as such, not as a refusal of the text's length.
    else if (fields.body.length > LIMITS.body)
      found.push({ code: 'story.markup_too_long', field: 'body', limit: LIMITS.body });
  }
  const keywords = new Set(fields.keywords.map(storedText).filter(Boolean));
  if (keywords.size > KEYWORD_LIMITS.count)
    found.push({ code: 'story.too_many_keywords', field: 'keywords', limit: KEYWORD_LIMITS.count });
  if ([...keywords].some((keyword) => countCharacters(keyword) > KEYWORD_LIMITS.length))
    found.push({ code: 'story.keyword_too_long', field: 'keywords', limit: KEYWORD_LIMITS.length });
  return found;
}

/** Why one keyword cannot be added, or null (the chips input refuses it with this reason, uncut). */
export function keywordRefusal(keyword: string, keywords: readonly string[]): Refusal | null {
  if (countCharacters(storedText(keyword)) > KEYWORD_LIMITS.length)
    return { code: 'story.keyword_too_long', field: 'keywords', limit: KEYWORD_LIMITS.length };
  if (keywords.length >= KEYWORD_LIMITS.count)
    return { code: 'story.too_many_keywords', field: 'keywords', limit: KEYWORD_LIMITS.count };
  return null;
}

/** The fields as a save would send them: text trimmed and cleaned as the server stores it, keywords once each. */
export function storedFields(fields: EditorFields): EditorFields {
  return {
    ...fields,
    headline: storedText(fields.headline),
    summary: storedText(fields.summary),
    byline: storedText(fields.byline),
    dateline: storedText(fields.dateline),
    slug: storedText(fields.slug),
    keywords: [...new Set(fields.keywords.map(storedText).filter(Boolean))],
  };
}
