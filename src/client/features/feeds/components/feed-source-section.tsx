import { useId, type Ref } from 'react';
import type { FeedFormFields } from '../hooks/use-feed-form.ts';
import { useFeedsTranslation } from '../i18n.ts';
import { FEED_INPUT, FeedFormField } from './feed-form-field.tsx';
import { textDirection } from '#client/lib/directed-text.tsx';

/** What the feed is called and where it is fetched from. */
export function FeedSourceSection({
  fields: { values, errors, set, message },
  nameRef,
}: {
  fields: FeedFormFields;
  /** The dialog focuses the name once it has opened. */
  nameRef: Ref<HTMLInputElement>;
}) {
  const { t } = useFeedsTranslation();
  const ids = useId();
  return (
    <>
      <FeedFormField
        id={`${ids}-name`}
        label={t('form.name')}
        hint={t('form.nameHint')}
        error={message('name')}
      >
        {(describedBy) => (
          <input
            id={`${ids}-name`}
            ref={nameRef}
            data-field="name"
            name="name"
            dir={textDirection(values.name)}
            autoComplete="off"
            value={values.name}
            onChange={(event) => set('name', event.target.value)}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy}
            className={FEED_INPUT}
          />
        )}
      </FeedFormField>

      <FeedFormField
        id={`${ids}-name-en`}
        label={t('form.nameEn')}
        hint={t('form.nameEnHint')}
        error={message('nameEn')}
      >
        {(describedBy) => (
          <input
            id={`${ids}-name-en`}
            data-field="nameEn"
            name="nameEn"
            lang="en"
            dir="ltr"
            autoComplete="off"
            value={values.nameEn}
            onChange={(event) => set('nameEn', event.target.value)}
            aria-invalid={errors.nameEn ? true : undefined}
            aria-describedby={describedBy}
            className={`${FEED_INPUT} text-start`}
          />
        )}
      </FeedFormField>

      <FeedFormField id={`${ids}-url`} label={t('form.url')} hint={t('form.urlHint')} error={message('url')}>
        {(describedBy) => (
          <input
            id={`${ids}-url`}
            data-field="url"
            name="url"
            type="url"
            dir="ltr"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://"
            value={values.url}
            onChange={(event) => set('url', event.target.value)}
            aria-invalid={errors.url ? true : undefined}
            aria-describedby={describedBy}
            className={`${FEED_INPUT} text-start`}
          />
        )}
      </FeedFormField>
    </>
  );
}
