/**
 * The people page's strings: `peopleAdmin.*` in the shared locale files. Error texts (`errors.user.*`,
 * `errors.password.*`, `errors.token.*`, keyed by the server's codes) are shared with the rest of the app.
 */
import { useTranslation } from 'react-i18next';
import { ApiError } from '#client/lib/api-client.ts';
import { errorMessage, i18n } from '#client/lib/i18n.ts';

const PREFIX = 'peopleAdmin';

export function usePeopleTranslation() {
  const { t, i18n: instance } = useTranslation(undefined, { keyPrefix: PREFIX });
  const { t: tc } = useTranslation();
  return { t, tc, language: instance.language };
}

/** The translated reason of a refusal; a weak password says which rule it broke. */
export function peopleErrorMessage(error: unknown): string {
  if (error instanceof ApiError && error.code === 'password.weak') {
    const reason = (error.details as { reason?: unknown } | undefined)?.reason;
    if (typeof reason === 'string' && i18n.exists(`passwordRules.${reason}`))
      return i18n.t(`passwordRules.${reason}`);
  }
  return errorMessage(error);
}
