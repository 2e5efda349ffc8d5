import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KEYWORD_LIMITS } from '#shared/editorial/limits.ts';
import { directionOf, neutralizeBidiControls, type Direction } from '#shared/text/direction.ts';
import { formatNumber, isolate } from '#client/lib/format.ts';
import { keywordRefusal, storedText, type Refusal } from '../lib/field-limits.ts';
import { fieldLabel, refusalMessage } from '../lib/story-errors.ts';

/**
 * Keywords as chips: Enter or a comma (Latin or Arabic) adds the words typed, each chip removes itself. A keyword
 * too long, or one too many, is refused with the limit; what was typed stays in the input.
 */
export function KeywordsField({
  keywords,
  onChange,
  readOnly,
  baseDirection,
  onBidiRemoved,
}: {
  keywords: string[];
  onChange: (keywords: string[]) => void;
  readOnly: boolean;
  baseDirection: Direction;
  onBidiRemoved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const add = () => {
    const words = draft
      .split(/[,،]/)
      .map(storedText)
      .filter((word) => word && !keywords.includes(word));
    if (words.length === 0) return setDraft('');
    let next = [...keywords];
    for (const word of words) {
      const refused = keywordRefusal(word, next);
      if (refused) return setRefusal(refused);
      next = [...next, word];
    }
    if (neutralizeBidiControls(draft) !== draft) onBidiRemoved();
    setRefusal(null);
    setDraft('');
    onChange(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',' || event.key === '،') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && !draft && keywords.length > 0) {
      onChange(keywords.slice(0, -1));
    }
  };

  return (
    <div className="flex flex-col gap-1">
      {readOnly ? (
        <span id="story-keywords-label" className="text-xs font-medium text-ink-soft">
          {fieldLabel(t, 'keywords')}
        </span>
      ) : (
        <label
          id="story-keywords-label"
          htmlFor="story-keywords"
          className="text-xs font-medium text-ink-soft"
        >
          {fieldLabel(t, 'keywords')}
        </label>
      )}
      <div className="flex min-h-9 flex-wrap items-center gap-1.5 rounded-md border border-surface-line bg-white px-2 py-1 has-[input:focus-visible]:outline has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-[#1d63d8]">
        <ul className="contents" aria-labelledby="story-keywords-label">
          {keywords.map((keyword) => (
            <li
              key={keyword}
              className="inline-flex items-center gap-1 rounded-full bg-surface-sunken px-2 text-xs leading-6 text-ink ring-1 ring-inset ring-surface-line"
              dir={directionOf(keyword, baseDirection)}
            >
              <bdi>{keyword}</bdi>
              {readOnly ? null : (
                <button
                  type="button"
                  onClick={() => onChange(keywords.filter((word) => word !== keyword))}
                  aria-label={t('editor.keywordRemove', { keyword: isolate(keyword) })}
                  className="rounded-full px-1 text-ink-faint hover:bg-white hover:text-ink"
                >
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          ))}
        </ul>
        {readOnly ? null : (
          <input
            id="story-keywords"
            type="text"
            value={draft}
            dir={directionOf(draft, baseDirection)}
            onChange={(event) => {
              setDraft(event.target.value);
              setRefusal(null);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => draft.trim() && add()}
            aria-describedby="story-keywords-hint"
            aria-invalid={refusal ? true : undefined}
            className="h-7 min-w-32 flex-1 border-0 bg-transparent px-1 text-sm focus-visible:outline-none"
          />
        )}
      </div>
      <p
        id="story-keywords-hint"
        className={`text-xs ${refusal ? 'font-medium text-rose-800' : 'text-ink-faint'}`}
        role={refusal ? 'alert' : undefined}
      >
        {refusal
          ? refusalMessage(t, i18n.language, refusal)
          : t('editor.keywordHint', {
              count: formatNumber(keywords.length, i18n.language),
              limit: formatNumber(KEYWORD_LIMITS.count, i18n.language),
            })}
      </p>
    </div>
  );
}
