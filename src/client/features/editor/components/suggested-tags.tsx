import { useTranslation } from 'react-i18next';
import type { TagKind } from '#shared/schemas/items.ts';
import { countryName } from '#client/lib/format.ts';
import type { TagKindSuggestion } from '../lib/suggested-tags.ts';

const TAG_KEY: Record<Exclude<TagKind, 'countries'>, string> = {
  regions: 'regions',
  organisations: 'organisations',
  topics: 'topics',
};

/**
 * What the story's tags will be once it is saved (the server re-tags the saved text the same way), kind by kind,
 * with what the text adds and drops; kinds set by hand stay as they are. Tags are edited in the item pane.
 */
export function SuggestedTags({ suggestions }: { suggestions: TagKindSuggestion[] }) {
  const { t, i18n } = useTranslation();
  const name = (kind: TagKind, tag: string) =>
    kind === 'countries'
      ? countryName(tag, i18n.language)
      : t(`${TAG_KEY[kind]}.${tag}`, { defaultValue: tag });
  return (
    <section
      aria-labelledby="suggested-tags-title"
      className="flex flex-col gap-2"
      data-testid="suggested-tags"
    >
      <h2 id="suggested-tags-title" className="text-xs font-semibold text-ink-soft">
        {t('editor.tagsTitle')}
      </h2>
      <p className="text-xs text-ink-faint">{t('editor.tagsHint')}</p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1.5 text-xs">
        {suggestions.map((suggestion) => (
          <div key={suggestion.kind} className="contents" data-kind={suggestion.kind}>
            <dt className="font-medium text-ink-soft">{t(`tags.${suggestion.kind}`)}</dt>
            <dd className="flex flex-wrap items-center gap-1">
              {suggestion.next.length === 0 && suggestion.removed.length === 0 ? (
                <span className="text-ink-faint">{t('editor.tagsNone')}</span>
              ) : null}
              {suggestion.next.map((tag) => {
                const added = suggestion.added.includes(tag);
                return (
                  <span
                    key={tag}
                    data-tag={tag}
                    data-change={added ? 'added' : 'kept'}
                    className={`rounded-full px-2 leading-5 ring-1 ring-inset ${
                      added
                        ? 'bg-emerald-50 text-emerald-900 ring-emerald-300'
                        : 'bg-white text-ink-soft ring-surface-line'
                    }`}
                  >
                    {added ? <span className="sr-only">{t('editor.tagAdded')} </span> : null}
                    {added ? <span aria-hidden="true">+ </span> : null}
                    {name(suggestion.kind, tag)}
                  </span>
                );
              })}
              {suggestion.removed.map((tag) => (
                <del
                  key={tag}
                  data-tag={tag}
                  data-change="removed"
                  className="rounded-full bg-rose-50 px-2 leading-5 text-rose-900 ring-1 ring-inset ring-rose-200"
                >
                  <span className="sr-only">{t('editor.tagRemoved')} </span>
                  {name(suggestion.kind, tag)}
                </del>
              ))}
              {suggestion.manual ? <span className="text-ink-faint">({t('tags.manual')})</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
