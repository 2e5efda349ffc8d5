/**
 * The fields the editor edits, as one value: what a draft holds (DraftFields) and what a save compares with the
 * version it started from, so that only the fields the editor changed are sent (a save never rewrites a field
 * someone else changed and this editor did not touch).
 */
import type { Item } from '#shared/schemas/items.ts';
import type { DraftFields, StoryPatch } from '#shared/schemas/stories.ts';
import { STORY_FIELDS } from '#shared/editorial/limits.ts';

export type EditorFields = DraftFields;
export type TextFieldName = 'headline' | 'summary' | 'byline' | 'dateline' | 'slug';

export const EDITOR_FIELD_NAMES = [...STORY_FIELDS, 'urgency'] as const satisfies ReadonlyArray<
  keyof EditorFields
>;

/** The editor's fields of a story (or of one of its versions) as the server has it (missing ones as empty text). */
export function fieldsOfItem(item: Pick<Item, keyof EditorFields>): EditorFields {
  return {
    headline: item.headline,
    summary: item.summary,
    body: item.body,
    byline: item.byline ?? '',
    dateline: item.dateline ?? '',
    slug: item.slug ?? '',
    keywords: [...item.keywords],
    urgency: item.urgency,
  };
}

function sameValue(a: EditorFields[keyof EditorFields], b: EditorFields[keyof EditorFields]): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((value, i) => value === b[i]);
  return a === b;
}

/** The names of the fields that differ. */
export function differingFields(base: EditorFields, current: EditorFields): Array<keyof EditorFields> {
  return EDITOR_FIELD_NAMES.filter((name) => !sameValue(base[name], current[name]));
}

/** The patch that turns `base` into `current`: changed fields only. */
export function storyPatch(base: EditorFields, current: EditorFields): StoryPatch {
  const patch: Record<string, unknown> = {};
  for (const name of differingFields(base, current)) patch[name] = current[name];
  return patch as StoryPatch;
}

/**
 * A draft begun from an older version, laid over the story as it is now: the fields the draft changed from that
 * version keep the draft's text, and every other field takes the story's, so that restoring the draft does not
 * bring back what others changed since (and a save sends only this editor's changes). `base` and `now` are in
 * stored form, and so must `changed` compare (see storedFields in field-limits.ts): a field is the draft's when `changed` says so.
 */
export function rebaseDraft(
  draft: EditorFields,
  now: EditorFields,
  changed: ReadonlyArray<keyof EditorFields>,
): EditorFields {
  const rebased: Record<string, unknown> = { ...now };
  for (const name of changed) rebased[name] = draft[name];
  return rebased as EditorFields;
}
