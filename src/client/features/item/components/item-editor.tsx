import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Item, type ItemPatch } from '#shared/schemas/items.ts';
import { Button } from '#client/components/ui/button.tsx';
import { useUpdateItem } from '../api/update-item.ts';

/**
 * The text editor (headline, summary, body, urgency), loaded only when someone edits. The body is edited as
 * rich text in place; the server sanitises what is saved, like wire copy. Saving sends If-Match.
 */
export default function ItemEditor({ item, onDone }: { item: Item; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateItem();
  const [headline, setHeadline] = useState(item.headline);
  const [summary, setSummary] = useState(item.summary);
  const [urgency, setUrgency] = useState(item.urgency);
  const body = useRef<HTMLDivElement>(null);

  const format = (command: 'bold' | 'italic' | 'insertUnorderedList') => {
    body.current?.focus();
    // execCommand is deprecated but remains the only built-in way to format contenteditable without a library.
    document.execCommand(command);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const patch: ItemPatch = {};
    if (headline.trim() !== item.headline) patch.headline = headline.trim();
    if (summary !== item.summary) patch.summary = summary;
    if (urgency !== item.urgency) patch.urgency = urgency;
    const html = body.current?.innerHTML ?? item.body;
    if (html !== item.body) patch.body = html;
    if (Object.keys(patch).length === 0) return onDone();
    update.mutate({ item, patch }, { onSuccess: onDone });
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
          // oxlint-disable-next-line react/no-danger -- the item's body, sanitised by the server
          dangerouslySetInnerHTML={{ __html: item.body }}
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
