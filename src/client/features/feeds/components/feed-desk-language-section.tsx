import { useId } from 'react';
import { localName } from '#client/lib/local-names.ts';
import type { Desk } from '#shared/schemas/users.ts';
import type { FeedFormFields } from '../hooks/use-feed-form.ts';
import { useFeedsTranslation } from '../i18n.ts';
import { languageName } from '../lib/format-feed.ts';
import { FEED_INPUT, FeedFormField } from './feed-form-field.tsx';

/** Languages offered first; any other code a feed already has is kept and shown too. */
const LANGUAGES = [
  'ar',
  'en',
  'fr',
  'ru',
  'tr',
  'fa',
  'ur',
  'kk',
  'uz',
  'ky',
  'tg',
  'tk',
  'az',
  'zh',
  'es',
  'de',
];

/** The language its items are taken to be in, and the desk they go to. */
export function FeedDeskLanguageSection({
  fields: { values, errors, set, message },
  desks,
}: {
  fields: FeedFormFields;
  desks: readonly Desk[] | undefined;
}) {
  const { t, language } = useFeedsTranslation();
  const ids = useId();
  const languages = [...LANGUAGES];
  if (values.language && !languages.includes(values.language)) languages.push(values.language);
  const languageOptions = languages
    .map((code) => ({ code, name: languageName(code, language) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FeedFormField
        id={`${ids}-language`}
        label={t('form.language')}
        hint={t('form.languageHint')}
        error={message('language')}
      >
        {(describedBy) => (
          <select
            id={`${ids}-language`}
            data-field="language"
            name="language"
            value={values.language}
            onChange={(event) => set('language', event.target.value)}
            aria-invalid={errors.language ? true : undefined}
            aria-describedby={describedBy}
            className={FEED_INPUT}
          >
            <option value="">{t('form.languageAuto')}</option>
            {languageOptions.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        )}
      </FeedFormField>
      <FeedFormField id={`${ids}-desk`} label={t('form.desk')} error={message('deskId')}>
        {(describedBy) => (
          <select
            id={`${ids}-desk`}
            data-field="deskId"
            name="deskId"
            value={values.deskId}
            onChange={(event) => set('deskId', event.target.value)}
            aria-invalid={errors.deskId ? true : undefined}
            aria-describedby={describedBy}
            className={FEED_INPUT}
          >
            <option value="">{t('form.deskNone')}</option>
            {(desks ?? []).map((desk) => (
              <option key={desk.id} value={String(desk.id)}>
                {localName(desk.name, desk.nameEn, language)}
              </option>
            ))}
          </select>
        )}
      </FeedFormField>
    </div>
  );
}
