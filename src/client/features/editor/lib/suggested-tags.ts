/**
 * What a story's tags will become when it is saved. The server re-tags the text of every saved version with
 * the shared tagger, except the kinds an editor set by hand (src/server/modules/stories/service.ts); running the
 * same tagger here on the editor's text shows the result before saving, kind by kind, with what it adds and
 * drops.
 */
import { TAG_KINDS, type Item, type TagKind } from '#shared/schemas/items.ts';
// The tagger itself, not the tagging barrel: the main bundle imports the barrel, and a lazily loaded user of
// the barrel would pull the gazetteer and the topic lexicon into the main bundle with it.
import { tagText } from '#shared/tagging/tagger.ts';

export interface TagKindSuggestion {
  kind: TagKind;
  /** Set by hand: saving leaves it as it is. */
  manual: boolean;
  /** The tags after saving. */
  next: string[];
  added: string[];
  removed: string[];
}

export function suggestTags(
  item: Pick<Item, TagKind | 'manualTags'>,
  text: { headline: string; summary: string; body: string },
): TagKindSuggestion[] {
  const tags = tagText(text);
  const manual = new Set(item.manualTags);
  return TAG_KINDS.map((kind) => {
    const now = item[kind];
    const next = manual.has(kind) ? [...now] : [...tags[kind]];
    return {
      kind,
      manual: manual.has(kind),
      next,
      added: next.filter((tag) => !now.includes(tag)),
      removed: now.filter((tag) => !next.includes(tag)),
    };
  });
}
