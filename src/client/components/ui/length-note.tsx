import { useTranslation } from 'react-i18next';
import { formatNumber } from '#client/lib/format.ts';

/** Shown from this share of the limit on. */
const NEAR = 0.9;

/** Past its limit, a text is not sent: the form says why (LengthNote) and the text stays as typed. */
export const isOverLimit = (text: string, limit: number): boolean => text.length > limit;

/**
 * A text's length against its limit, once it nears the limit, for a field that has one. Such fields carry no
 * maxLength: the browser would cut a pasted text without a word (a 20,000-character comment was sent as its
 * first 4,000). Past the limit this says so, and the form does not send the text; nothing is cut.
 */
export function LengthNote({ id, text, limit }: { id: string; text: string; limit: number }) {
  const { t, i18n } = useTranslation();
  const near = text.length >= limit * NEAR;
  const over = isOverLimit(text, limit);
  const count = `${formatNumber(text.length, i18n.language)} / ${formatNumber(limit, i18n.language)}`;
  return (
    <span
      id={id}
      aria-live="polite"
      className={`block text-xs tabular-nums ${over ? 'font-medium text-rose-800' : 'text-ink-faint'}`}
      data-testid="length-note"
      data-over={over || undefined}
    >
      {near ? (over ? `${count} ${t('common.lengthOver')}` : count) : null}
    </span>
  );
}
