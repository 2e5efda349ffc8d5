import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '#shared/schemas/users.ts';
import { setUiLocale } from '#client/lib/i18n.ts';
import { useSession } from '#client/lib/session.ts';
import { useUpdateLocale } from '../api/update-locale.ts';

/** العربية / English: each name in its own language and script, so anyone can find theirs. */
export function LanguageSwitch({ className = '' }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const { data: session } = useSession();
  const update = useUpdateLocale();
  const choose = (locale: Locale) => {
    if (session) update.mutate(locale);
    else void setUiLocale(locale);
  };
  return (
    <fieldset className={`inline-flex rounded-md border border-surface-line bg-white p-0.5 ${className}`}>
      <legend className="sr-only">{t('language.label')}</legend>
      {LOCALES.map((locale) => {
        const active = i18n.language === locale;
        return (
          <button
            key={locale}
            type="button"
            lang={locale}
            aria-pressed={active}
            onClick={() => choose(locale)}
            className={`rounded px-2 py-0.5 text-xs font-medium ${active ? 'bg-brand text-white' : 'text-ink-soft hover:bg-surface-sunken'}`}
          >
            {t(`language.${locale}`)}
          </button>
        );
      })}
    </fieldset>
  );
}
