import { useTranslation } from 'react-i18next';
import type { Direction } from '#shared/text/direction.ts';
import { textDirection } from '#client/lib/directed-text.tsx';
import { fieldStatus } from '../lib/field-limits.ts';
import { fieldLabel } from '../lib/story-errors.ts';
import type { TextFieldName } from '../lib/story-fields.ts';
import { FieldCounter } from './field-counter.tsx';

/** The fields written in the story's language: shown in its direction, as the queue and the item show them. */
const PROSE_FIELDS: ReadonlySet<TextFieldName> = new Set(['headline', 'summary']);

/**
 * One of the story's text fields with its live counts. The headline and the summary take the story's language's
 * direction, whatever their letters (an Arabic headline full of Latin names, "Samsung Galaxy S25 Ultra في
 * الرياض", stays right to left, as textDirection shows it everywhere else); a byline, dateline or slug (a name,
 * a place, an identifier) its own text's, the story's when it has no letters yet. There is
 * no maxLength: a text over its limit stays as typed and the save says why it is refused. Text fields grow with
 * their text (a long headline is read whole, not scrolled); a one-line field takes no line breaks.
 */
export function TextField({
  name,
  value,
  onChange,
  language,
  baseDirection,
  readOnly,
  multiline = false,
  large = false,
}: {
  name: TextFieldName;
  value: string;
  onChange: (value: string) => void;
  language: string;
  baseDirection: Direction;
  readOnly: boolean;
  multiline?: boolean;
  large?: boolean;
}) {
  const { t } = useTranslation();
  const status = fieldStatus(name, value, language);
  const id = `story-${name}`;
  const counterId = `${id}-counts`;
  const common = {
    id,
    name,
    value,
    readOnly,
    dir: textDirection(value, PROSE_FIELDS.has(name) ? language : null, baseDirection),
    lang: language,
    'aria-describedby': counterId,
    'aria-invalid': status.state === 'hard' ? true : undefined,
    onChange: (event: { target: { value: string } }) =>
      onChange(multiline ? event.target.value : event.target.value.replace(/\s*[\r\n]+\s*/g, ' ')),
    className: `w-full resize-none rounded-md border bg-white px-3 text-ink [field-sizing:content] read-only:bg-surface-raised ${
      status.state === 'hard' ? 'border-rose-400' : 'border-surface-line'
    } ${large ? 'py-2 text-lg font-semibold leading-relaxed' : 'py-1.5 text-sm'} ${multiline ? 'min-h-20' : ''}`,
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-ink-soft">
        {fieldLabel(t, name)}
      </label>
      {multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <textarea
          rows={1}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
          {...common}
        />
      )}
      <FieldCounter id={counterId} field={name} status={status} />
    </div>
  );
}
