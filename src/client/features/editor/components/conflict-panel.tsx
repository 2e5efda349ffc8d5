import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '#shared/schemas/items.ts';
import { diffWords } from '#shared/text/diff.ts';
import { directionOf, type Direction } from '#shared/text/direction.ts';
import { Button } from '#client/components/ui/button.tsx';
import { formatDateTime } from '#client/lib/format.ts';
import { asStoryHtml } from '../lib/paste.ts';
import { fieldLabel } from '../lib/story-errors.ts';
import { storyText } from '../lib/story-html.ts';
import { differingFields, fieldsOfItem, type EditorFields } from '../lib/story-fields.ts';

function asText(fields: EditorFields, name: keyof EditorFields): string {
  if (name === 'body') return storyText(fields.body);
  const value = fields[name];
  return Array.isArray(value) ? value.join('، ') : String(value);
}

/**
 * Someone saved a version after the one this editor started from (412). The editor's text stays exactly as it
 * is; they compare it with the version now on the server, field by field and word by word, then save theirs
 * over it knowingly (only the fields they changed, with the version now on the server) or discard theirs.
 */
export function ConflictPanel({
  theirs,
  mine,
  message,
  busy,
  baseDirection,
  onOverwrite,
  onDiscard,
}: {
  baseDirection: Direction;
  theirs: Item;
  mine: EditorFields;
  message: string;
  busy: boolean;
  onOverwrite: () => void;
  onDiscard: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [comparing, setComparing] = useState(false);
  const current = useMemo(() => fieldsOfItem(theirs), [theirs]);
  const fields = useMemo(() => {
    const mineForCompare = { ...mine, body: storyText(mine.body) };
    // Theirs as the editor would open it (tables as rows), as mine is: else a table reads as a difference.
    const theirsForCompare = { ...current, body: storyText(asStoryHtml(current.body)) };
    return differingFields(theirsForCompare, mineForCompare);
  }, [current, mine]);
  return (
    <section
      role="alert"
      aria-labelledby="conflict-title"
      className="flex flex-col gap-2 rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-900 ring-1 ring-inset ring-rose-200"
      data-testid="editor-conflict"
    >
      <h2 id="conflict-title" className="font-semibold">
        {message}
      </h2>
      <p>
        {t('editor.conflictVersion', {
          version: theirs.latestVersion,
          time: formatDateTime(theirs.updatedAt, i18n.language),
        })}{' '}
        {t('editor.conflictKept')}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          onClick={() => setComparing((open) => !open)}
          aria-expanded={comparing}
          data-testid="editor-compare"
        >
          {t(comparing ? 'editor.compareHide' : 'editor.compare')}
        </Button>
        <Button
          size="sm"
          variant="danger"
          disabled={busy}
          onClick={onOverwrite}
          data-testid="editor-overwrite"
        >
          {t('editor.overwrite')}
        </Button>
        <Button size="sm" variant="ghost" disabled={busy} onClick={onDiscard} data-testid="editor-discard">
          {t('editor.discard')}
        </Button>
      </div>
      {comparing ? (
        <div className="flex flex-col gap-3 rounded bg-white p-3 text-ink" data-testid="editor-comparison">
          {fields.length === 0 ? <p>{t('editor.compareSame')}</p> : null}
          {fields.map((name) => (
            <div key={name} className="flex flex-col gap-1">
              <h3 className="text-xs font-semibold text-ink-soft">{fieldLabel(t, name)}</h3>
              <p
                className="whitespace-pre-wrap leading-loose"
                dir={directionOf(asText(mine, name), baseDirection)}
              >
                {diffWords(asText(current, name), asText(mine, name)).map((part, index) =>
                  part.kind === 'equal' ? (
                    <span key={index}>{part.text}</span>
                  ) : part.kind === 'delete' ? (
                    <del key={index} className="bg-rose-100 text-rose-900" title={t('editor.compareTheirs')}>
                      {part.text}
                    </del>
                  ) : (
                    <ins
                      key={index}
                      className="bg-emerald-100 text-emerald-900 no-underline"
                      title={t('editor.compareMine')}
                    >
                      {part.text}
                    </ins>
                  ),
                )}
              </p>
            </div>
          ))}
          <p className="text-xs text-ink-faint">
            <del className="bg-rose-100 px-1 text-rose-900">{t('editor.compareTheirs')}</del>{' '}
            <ins className="bg-emerald-100 px-1 text-emerald-900 no-underline">{t('editor.compareMine')}</ins>
          </p>
        </div>
      ) : null}
    </section>
  );
}
