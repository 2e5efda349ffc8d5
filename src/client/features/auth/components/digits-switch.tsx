import { useTranslation } from 'react-i18next';
import { DIGITS, type Digits } from '#shared/schemas/users.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { useUpdateDigits } from '../api/update-digits.ts';

/** How each choice looks, written out (never formatted: it shows what the choice gives). */
const SAMPLE: Record<Digits, string> = { latn: '123', arab: '١٢٣' };

/**
 * The digits of the Arabic interface: Latin (123, as most wire copy writes them) or Arabic-Indic (١٢٣). Every
 * number the interface writes follows it (format.ts); the wire's own text keeps the digits it came with.
 */
export function DigitsSwitch() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const update = useUpdateDigits();
  return (
    <fieldset className="flex flex-col gap-1 px-3 py-2" data-testid="digits-switch">
      <legend className="mb-1 text-xs text-ink-soft">{t('preferences.digits.label')}</legend>
      <div className="inline-flex rounded-md border border-surface-line bg-white p-0.5">
        {DIGITS.map((digits) => {
          const active = user.digits === digits;
          return (
            <button
              key={digits}
              type="button"
              aria-pressed={active}
              data-digits={digits}
              onClick={() => {
                if (!active) update.mutate(digits);
              }}
              className={`flex min-h-8 flex-1 items-center justify-center gap-1.5 rounded px-2 py-0.5 text-xs font-medium ${active ? 'bg-brand text-white' : 'text-ink-soft hover:bg-surface-sunken'}`}
            >
              <span lang="ar" dir="ltr" translate="no">
                {SAMPLE[digits]}
              </span>
              <span>{t(`preferences.digits.${digits}`)}</span>
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
