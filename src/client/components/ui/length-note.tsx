import { useTranslation } from 'react-i18next';
import { formatNumber } from '#client/lib/format.ts';

/** Shown from this share of the limit on. */
const NEAR = 0.9;

/**
 * Past its limit, a text is not sent: the form says why (LengthNote) and the text stays as typed. Counted as it
 * would be sent, trimmed (the server trims too).
 */
export const isOverLimit = (text: string, limit: number): boolean => text.trim().length > limit;

/**
 * A text's length against its limit, once it nears the limit, for a field that has one. Such fields carry no
 * maxLength: the browser would cut a pasted text without a word (a 20,000-character comment was sent as its
 * first 4,000). Past the limit this says so, and the form does not send the text; nothing is cut. The count is
 * the field's description (read on focus); only going past the limit is announced.
 */
export function LengthNote({ id, text, limit }: { id: string; text: string; limit: number }) {
  const { t, i18n } = useTranslation();
  const length = text.trim().length;
  const over = length > limit;
  return (
    <span
      id={id}
      className={`block text-xs tabular-nums ${over ? 'font-medium text-rose-800' : 'text-ink-faint'}`}
      data-testid="length-note"
      data-over={over || undefined}
    >
      {length >= limit * NEAR
        ? `${formatNumber(length, i18n.language)} / ${formatNumber(limit, i18n.language)} `
        : null}
      <span aria-live="polite">{over ? t('common.lengthOver') : null}</span>
    </span>
  );
}
