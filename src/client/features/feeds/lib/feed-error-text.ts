/** A feed's last error in the reader's language: `errors.<code>` given the error's parameters. */
import type { TFunction } from 'i18next';
import type { FeedErrorInfo } from '#shared/schemas/feeds.ts';
import { i18n } from '#client/lib/i18n.ts';

/** The translated message, or null for a code the locale files do not know (a newer server). */
export function feedErrorText(error: Pick<FeedErrorInfo, 'code' | 'params'>, t: TFunction): string | null {
  const key = `errors.${error.code}`;
  if (!i18n.exists(key)) return null;
  // As `replace`: a parameter named like an i18next option (count, context…) must not act as one.
  return t(key, { replace: error.params });
}
