import { useTranslation } from 'react-i18next';
import { formatNumber } from '#client/lib/format.ts';
import type { FieldStatus } from '../lib/field-limits.ts';
import { fieldLabel, refusalMessage } from '../lib/story-errors.ts';

const TONE = { ok: 'text-ink-faint', soft: 'text-amber-800', hard: 'font-medium text-rose-800' } as const;

/**
 * A field's live counts against its limits, and what its length means: past the soft limit a warning, past the
 * hard limit the reason the save will be refused (the text itself is never shortened).
 */
export function FieldCounter({ id, field, status }: { id: string; field: string; status: FieldStatus }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const n = (value: number) => formatNumber(value, locale);
  return (
    <div
      id={id}
      className={`flex flex-wrap justify-between gap-x-3 text-xs ${TONE[status.state]}`}
      data-limit={status.state}
    >
      <span className="tabular-nums" data-testid={`${field}-counts`}>
        {t('editor.counts', {
          characters: n(status.characters),
          limit: n(status.hard),
          words: n(status.words),
        })}
      </span>
      {status.state === 'soft' && status.soft !== null ? (
        <span>{t('editor.soft', { field: fieldLabel(t, field), soft: n(status.soft) })}</span>
      ) : null}
      {status.state === 'hard' ? (
        <span>
          {refusalMessage(t, locale, {
            code: 'story.too_long',
            field: field as 'headline',
            limit: status.hard,
          })}
        </span>
      ) : null}
    </div>
  );
}
