import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TAG_KINDS, type Item, type TagKind } from '#shared/schemas/items.ts';
import type { StoryPatch as ItemPatch } from '#shared/schemas/stories.ts';
import { ORGANISATION_IDS, REGION_IDS, TOPIC_IDS } from '#shared/tagging/codes.ts';
import { Button } from '#client/components/ui/button.tsx';
import { Chip } from '#client/components/ui/chip.tsx';
import { CloseIcon } from '#client/components/ui/icons.tsx';
import { ApiError } from '#client/lib/api-client.ts';
import { KNOWN_COUNTRIES } from '#client/lib/countries.ts';
import { useCountryMatcher } from '#client/lib/use-country-named-by.ts';
import { countryName } from '#client/lib/format.ts';
import { errorMessage } from '#client/lib/i18n.ts';
import { useUpdateItem } from '../api/update-item.ts';

const TONE = {
  countries: 'country',
  regions: 'region',
  organisations: 'organisation',
  topics: 'topic',
} as const;
const VOCABULARY: Record<Exclude<TagKind, 'countries'>, readonly string[]> = {
  regions: REGION_IDS,
  organisations: ORGANISATION_IDS,
  topics: TOPIC_IDS,
};

function useTagLabel() {
  const { t, i18n } = useTranslation();
  return (kind: TagKind, code: string) => {
    if (kind === 'countries') return countryName(code, i18n.language);
    const key = kind === 'topics' ? 'topics' : kind === 'regions' ? 'regions' : 'organisations';
    return t(`${key}.${code}`, { defaultValue: code });
  };
}

/** The item's tags by kind; tags an editor set by hand are marked. Editable by the roles the workflow allows. */
export function ItemTags({ item, canEdit }: { item: Item; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useTagLabel();
  const [editing, setEditing] = useState(false);
  if (editing) return <TagEditor item={item} onDone={() => setEditing(false)} />;
  return (
    <div className="flex flex-col gap-2" data-testid="item-tags">
      {TAG_KINDS.map((kind) => (
        <div key={kind} className="flex flex-wrap items-baseline gap-1.5">
          <span className="w-24 shrink-0 text-xs font-medium text-ink-soft">
            {t(`tags.${kind}`)}
            {item.manualTags.includes(kind) ? (
              <span className="ms-1 text-[0.65rem] text-ink-faint">({t('tags.manual')})</span>
            ) : null}
          </span>
          {item[kind].length === 0 ? <span className="text-xs text-ink-faint">—</span> : null}
          {item[kind].map((code) => (
            <Chip key={code} tone={TONE[kind]}>
              {label(kind, code)}
            </Chip>
          ))}
        </div>
      ))}
      {canEdit ? (
        <Button size="sm" variant="ghost" className="self-start" onClick={() => setEditing(true)}>
          {t('tags.edit')}
        </Button>
      ) : null}
    </div>
  );
}

/**
 * Like the text editor, the tag editor works from the item as it was when editing began: it saves what changed
 * since then with that version as If-Match, so someone else's concurrent change is refused (412), never lost.
 * The draft stays; saving again then puts it over the version now on the server, knowingly.
 */
function TagEditor({ item, onDone }: { item: Item; onDone: () => void }) {
  const { t } = useTranslation();
  const label = useTagLabel();
  const update = useUpdateItem({ toastErrors: false });
  const [base] = useState(item);
  const conflict = update.error instanceof ApiError && update.error.status === 412;
  const [draft, setDraft] = useState<Record<TagKind, string[]>>(() => ({
    countries: [...item.countries],
    regions: [...item.regions],
    organisations: [...item.organisations],
    topics: [...item.topics],
  }));
  const [countrySearch, setCountrySearch] = useState('');
  const matchesCountry = useCountryMatcher(countrySearch);
  const countryResults = useMemo(
    () =>
      countrySearch.trim()
        ? KNOWN_COUNTRIES.filter((code) => !draft.countries.includes(code) && matchesCountry(code)).slice(
            0,
            8,
          )
        : [],
    [countrySearch, draft.countries, matchesCountry],
  );

  const remove = (kind: TagKind, code: string) =>
    setDraft({ ...draft, [kind]: draft[kind].filter((entry) => entry !== code) });
  const add = (kind: TagKind, code: string) => {
    if (!code || draft[kind].includes(code)) return;
    setDraft({ ...draft, [kind]: [...draft[kind], code] });
  };
  const save = () => {
    const patch: ItemPatch = {};
    for (const kind of TAG_KINDS) {
      if (JSON.stringify(draft[kind]) !== JSON.stringify(base[kind]))
        (patch as Record<TagKind, string[]>)[kind] = draft[kind];
    }
    if (Object.keys(patch).length === 0) return onDone();
    update.mutate({ item, patch, version: conflict ? item.version : base.version }, { onSuccess: onDone });
  };

  return (
    <div
      className="flex flex-col gap-3 rounded-md border border-surface-line bg-surface-raised p-3"
      data-testid="tag-editor"
    >
      {TAG_KINDS.map((kind) => (
        <div key={kind} className="flex flex-col gap-1.5">
          <span className="text-xs font-medium text-ink-soft" id={`tag-kind-${kind}`}>
            {t(`tags.${kind}`)}
          </span>
          <div className="flex flex-wrap gap-1.5">
            {draft[kind].map((code) => (
              <span
                key={code}
                className="inline-flex items-center gap-0.5 rounded-full bg-white ps-2 text-xs ring-1 ring-inset ring-surface-line"
              >
                {label(kind, code)}
                <button
                  type="button"
                  onClick={() => remove(kind, code)}
                  aria-label={t('tags.remove', { tag: label(kind, code) })}
                  className="rounded-full p-1 text-ink-faint hover:text-rose-800"
                >
                  <CloseIcon className="size-3" />
                </button>
              </span>
            ))}
          </div>
          {kind === 'countries' ? (
            <div className="relative">
              <input
                type="search"
                value={countrySearch}
                onChange={(event) => setCountrySearch(event.target.value)}
                placeholder={t('tags.addCountry')}
                aria-label={t('tags.addCountry')}
                className="h-8 w-full rounded-md border border-surface-line bg-white px-2.5 text-sm"
              />
              {countryResults.length ? (
                <ul className="mt-1 flex flex-wrap gap-1">
                  {countryResults.map((code) => (
                    <li key={code}>
                      <button
                        type="button"
                        onClick={() => {
                          add('countries', code);
                          setCountrySearch('');
                        }}
                        className="rounded-full border border-surface-line bg-white px-2 py-0.5 text-xs hover:bg-brand-soft"
                      >
                        + {label('countries', code)}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : (
            <select
              aria-labelledby={`tag-kind-${kind}`}
              value=""
              onChange={(event) => add(kind, event.target.value)}
              className="h-8 rounded-md border border-surface-line bg-white px-2 text-sm"
            >
              <option value="">{t('tags.add')}</option>
              {VOCABULARY[kind]
                .filter((code) => !draft[kind].includes(code))
                .map((code) => (
                  <option key={code} value={code}>
                    {label(kind, code)}
                  </option>
                ))}
            </select>
          )}
        </div>
      ))}
      {update.error ? (
        <div
          role="alert"
          className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-900 ring-1 ring-inset ring-rose-200"
        >
          <p>{errorMessage(update.error)}</p>
          {conflict ? <p>{t('tags.conflictKept')}</p> : null}
        </div>
      ) : null}
      <div className="flex gap-2">
        <Button
          size="sm"
          variant={conflict ? 'danger' : 'primary'}
          onClick={save}
          disabled={update.isPending}
        >
          {conflict ? t('tags.saveOver') : t('common.save')}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
