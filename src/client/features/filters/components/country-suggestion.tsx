import { useTranslation } from 'react-i18next';
import { countryName } from '#client/lib/format.ts';
import { useCountryNamedBy } from '#client/lib/use-country-named-by.ts';

/**
 * Under the search box: when the search is a country's name in any spelling (قرغيزستان, Kyrgyzstan, أبو ظبي),
 * a button that turns it into the country filter. The search already finds the country's items; the filter
 * does it exactly and shows in the country list, saved views and links. A live region, so a screen reader
 * hears the offer; a plain button after the search box in tab order.
 */
export function CountrySuggestion({
  q,
  selected,
  onChoose,
}: {
  q: string | undefined;
  selected: readonly string[];
  onChoose(code: string): void;
}) {
  const { t, i18n } = useTranslation();
  const code = useCountryNamedBy(q);
  const offer = code && !selected.includes(code) ? code : null;
  return (
    <div aria-live="polite" data-testid="country-suggestion">
      {offer ? (
        <button
          type="button"
          data-country={offer}
          onClick={() => onChoose(offer)}
          className="min-h-8 rounded text-start text-xs font-medium text-brand hover:underline"
        >
          {t('searchNames.suggestCountry', { country: countryName(offer, i18n.language) })}
        </button>
      ) : null}
    </div>
  );
}
