import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '#shared/schemas/users.ts';
import { FIELD_LIMITS } from '#shared/editorial/limits.ts';
import { Button } from '#client/components/ui/button.tsx';
import { Dialog } from '#client/components/ui/dialog.tsx';
import { isOverLimit, LengthNote } from '#client/components/ui/length-note.tsx';
import { errorMessage } from '#client/lib/i18n.ts';
import { useCreateStory } from '../api/create-story.ts';
import { textDirection } from '#client/lib/directed-text.tsx';

/** The "New story" dialog: a headline and a language, then the editor (new-story-button.tsx opens it). */
export function NewStoryDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const create = useCreateStory({ toastErrors: false });
  const [headline, setHeadline] = useState('');
  const [language, setLanguage] = useState<Locale>(i18n.language === 'en' ? 'en' : 'ar');
  const input = useRef<HTMLInputElement>(null);
  // After the dialog opened (its effect runs first), the headline takes focus rather than the close button.
  useEffect(() => input.current?.focus(), []);
  const tooLong = isOverLimit(headline, FIELD_LIMITS.headline.hard);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!headline.trim() || tooLong) return;
    create.mutate({ headline: headline.trim(), language });
  };
  return (
    <Dialog open onClose={onClose} title={t('storyEntry.newStoryTitle')}>
      <form onSubmit={submit} className="flex flex-col gap-4" data-testid="new-story-form">
        <div className="flex flex-col gap-1.5">
          <label htmlFor={`${ids}-headline`} className="text-sm font-medium">
            {t('storyEntry.headline')}
          </label>
          <input
            id={`${ids}-headline`}
            ref={input}
            dir={textDirection(headline, language)}
            lang={language}
            required
            aria-describedby={`${ids}-headline-hint ${ids}-headline-length`}
            aria-invalid={tooLong || undefined}
            value={headline}
            onChange={(event) => setHeadline(event.target.value)}
            className="h-9 rounded-md border border-surface-line bg-white px-3 text-sm"
          />
          <p id={`${ids}-headline-hint`} className="text-xs text-ink-faint">
            {t('storyEntry.headlineHint')}
          </p>
          <LengthNote id={`${ids}-headline-length`} text={headline} limit={FIELD_LIMITS.headline.hard} />
        </div>
        <fieldset className="flex flex-col gap-1.5">
          <legend className="mb-1 text-sm font-medium">{t('storyEntry.language')}</legend>
          <div className="flex gap-4">
            {(['ar', 'en'] as const).map((code) => (
              <label key={code} className="inline-flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={`${ids}-language`}
                  value={code}
                  checked={language === code}
                  onChange={() => setLanguage(code)}
                  className="accent-brand"
                />
                {t(`language.${code}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {create.error ? (
          <p role="alert" className="text-sm text-rose-800">
            {errorMessage(create.error)}
          </p>
        ) : null}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" disabled={!headline.trim() || tooLong || create.isPending}>
            {t('storyEntry.create')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
