import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Item, type ItemPatch } from '#shared/schemas/items.ts';
import { Button } from '#client/components/ui/button.tsx';
import { ApiError } from '#client/lib/api-client.ts';
import { errorMessage } from '#client/lib/i18n.ts';
import { useUpdateItem } from '../api/update-item.ts';
import { sanitizeBody } from '#client/lib/sanitize-html.ts';

/**
 * The text editor (headline, summary, body, urgency), loaded only when someone edits. The body is edited as
 * rich text in place; the server sanitises what is saved, like wire copy.
 *
 * The editor works from the item as it was when editing began (`base`), whatever live updates bring
 * meanwhile: saving sends that version as If-Match, so a concurrent edit by someone else is refused (412) and
 * never silently overwritten. The user's text stays in the editor; they may then save over the other version
 * knowingly (If-Match of the version now on the server) or discard their own.
 */
export default function ItemEditor({ item, onDone }: { item: Item; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateItem({ toastErrors: false });
  const [base] = useState(item);
  // After a refused save, the version the user has seen and chosen to write over.
  const [overwrite, setOverwrite] = useState<number | null>(null);
  const [headline, setHeadline] = useState(item.headline);
  const [summary, setSummary] = useState(item.summary);
  const [urgency, setUrgency] = useState(item.urgency);
  const body = useRef<HTMLDivElement>(null);
  // Fixed for the editor's lifetime: a new string would make React replace what the user has typed.
  const initialBody = useMemo(() => ({ __html: sanitizeBody(base.body) }), [base.body]);
  const initialHtml = useRef<string | null>(null);
  useEffect(() => {
    initialHtml.current = body.current?.innerHTML ?? null;
  }, []);

  const conflict = update.error instanceof ApiError && update.error.status === 412;
  const changedUnderneath = item.version !== base.version;

  const format = (command: 'bold' | 'italic' | 'insertUnorderedList') => {
    body.current?.focus();
    // execCommand is deprecated but remains the only built-in way to format contenteditable without a library.
    document.execCommand(command);
  };

  const save = (version: number) => {
    const patch: ItemPatch = {};
    if (headline.trim() !== base.headline) patch.headline = headline.trim();
    if (summary !== base.summary) patch.summary = summary;
    if (urgency !== base.urgency) patch.urgency = urgency;
    const html = body.current?.innerHTML ?? null;
    if (html !== null && html !== initialHtml.current) patch.body = html;
    if (Object.keys(patch).length === 0) return onDone();
    update.mutate({ item, patch, version }, { onSuccess: onDone });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(overwrite ?? base.version);
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" data-testid="item-editor">
      <div className="flex flex-col gap-1">
        <label htmlFor="edit-headline" className="text-xs font-medium text-ink-soft">
          {t('fields.headline')}
        </label>
        <input
          id="edit-headline"
          dir="auto"
          required
          maxLength={LIMITS.headline}
          value={headline}
          onChange={(event) => setHeadline(event.target.value)}
          className="h-10 rounded-md border border-surface-line bg-white px-3 text-base font-semibold"
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="edit-summary" className="text-xs font-medium text-ink-soft">
          {t('fields.summary')}
        </label>
        <textarea
          id="edit-summary"
          dir="auto"
          rows={3}
          maxLength={LIMITS.summary}
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
          className="rounded-md border border-surface-line bg-white px-3 py-2 text-sm"
        />
      </div>
      <div className="flex flex-col gap-1">
        <span id="edit-body-label" className="text-xs font-medium text-ink-soft">
          {t('fields.body')}
        </span>
        <div className="flex gap-1" role="toolbar" aria-label={t('editor.toolbar')}>
          <Button
            size="sm"
            variant="ghost"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => format('bold')}
          >
            <b>{t('editor.bold')}</b>
          </Button>
          <Button
            size="sm"
            variant="ghost"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => format('italic')}
          >
            <i>{t('editor.italic')}</i>
          </Button>
          <Button
            size="sm"
            variant="ghost"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => format('insertUnorderedList')}
          >
            {t('editor.list')}
          </Button>
        </div>
        <div
          // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- rich text needs contenteditable, not a textarea
          role="textbox"
          ref={body}
          aria-multiline="true"
          aria-labelledby="edit-body-label"
          tabIndex={0}
          contentEditable
          suppressContentEditableWarning
          dir="auto"
          className="prose-wire min-h-40 rounded-md border border-surface-line bg-white px-3 py-2"
          // oxlint-disable-next-line react/no-danger -- sanitised twice (server, then sanitizeBody)
          dangerouslySetInnerHTML={initialBody}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="edit-urgency" className="text-xs font-medium text-ink-soft">
          {t('fields.urgency')}
        </label>
        <select
          id="edit-urgency"
          value={urgency}
          onChange={(event) => setUrgency(Number(event.target.value))}
          className="h-8 w-40 rounded-md border border-surface-line bg-white px-2 text-sm"
        >
          {[1, 2, 3].map((level) => (
            <option key={level} value={level}>
              {t(`urgency.${level}`)}
            </option>
          ))}
        </select>
      </div>
      {update.error ? (
        <div
          role="alert"
          className="flex flex-col gap-2 rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-900 ring-1 ring-inset ring-rose-200"
          data-testid="editor-error"
        >
          <p>{errorMessage(update.error)}</p>
          {conflict ? (
            <>
              <p>{t('editor.conflictKept')}</p>
              <div className="flex flex-wrap gap-2">
                <Button
                  size="sm"
                  variant="danger"
                  disabled={update.isPending || !changedUnderneath}
                  onClick={() => {
                    setOverwrite(item.version);
                    save(item.version);
                  }}
                  data-testid="editor-overwrite"
                >
                  {t('editor.overwrite')}
                </Button>
                <Button size="sm" variant="ghost" onClick={onDone} data-testid="editor-discard">
                  {t('editor.discard')}
                </Button>
              </div>
            </>
          ) : null}
        </div>
      ) : changedUnderneath ? (
        <p className="text-xs text-amber-900" data-testid="editor-changed">
          {t('editor.changedMeanwhile')}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" size="sm" variant="primary" disabled={update.isPending || !headline.trim()}>
          {t('common.save')}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
