/**
 * The server-side build's entry (`vite build --ssr`, scripts/build.mjs → dist/ssr/first-glance.js): renders the
 * queue's first glance (src/shared/first-glance.ts) with the desk's own components, strings and formatters, for
 * the server to put into the page it sends for `/`.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { RenderFirstGlance } from '#shared/first-glance.ts';
import type { Locale } from '#shared/schemas/users.ts';
import { QueueGlance } from '#client/features/queue/components/queue-glance.tsx';
import { formatDigits, setFormatDigits, setServerClock } from '#client/lib/format.ts';
import { ensureLocale, i18n } from '#client/lib/i18n.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** One translator per language, sharing the app's strings and formatters; the app's own instance stays as it is. */
const translators = new Map<Locale, Promise<I18n>>();

function translatorFor(locale: Locale): Promise<I18n> {
  let translator = translators.get(locale);
  if (!translator) {
    translator = ensureLocale(locale).then(() => i18n.cloneInstance({ lng: locale }));
    translator.catch(() => translators.delete(locale));
    translators.set(locale, translator);
  }
  return translator;
}

export const renderFirstGlance: RenderFirstGlance = async (input) => {
  const translator = await translatorFor(input.locale);
  const queryClient = new QueryClient();
  // The English interface names sources from this query; the server sends its answer along.
  if (input.sourceNames.length > 0)
    queryClient.setQueryData(queryKeys.sourceNames, { sources: input.sourceNames });
  // The render is synchronous: the digits and the clock set here are this render's alone, and are put back.
  const digits = formatDigits();
  setFormatDigits(input.digits);
  const restoreClock = setServerClock(() => input.now);
  try {
    return renderToString(
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={translator}>
          <QueueGlance items={input.items} />
        </I18nextProvider>
      </QueryClientProvider>,
    );
  } finally {
    setFormatDigits(digits);
    restoreClock();
  }
};
