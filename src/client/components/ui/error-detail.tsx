import { useTranslation } from 'react-i18next';
import { errorDetail } from '#client/lib/i18n.ts';

/**
 * The technical detail of a failure, beneath its translated message: the server's own English sentence, a
 * left-to-right block of its own so an address or a status keeps its punctuation where it was written.
 * Nothing when the message is all there is.
 */
export function ErrorDetail({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const detail = errorDetail(error);
  if (!detail) return null;
  return (
    <p className="text-xs text-ink-faint" data-testid="error-detail">
      <span className="sr-only">{t('errorText.detail')}: </span>
      <bdi dir="ltr" lang="en" translate="no" className="block break-words text-start">
        {detail}
      </bdi>
    </p>
  );
}
