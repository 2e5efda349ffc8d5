import { useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '#shared/schemas/items.ts';
import { Button } from '#client/components/ui/button.tsx';
import { isOverLimit, LengthNote } from '#client/components/ui/length-note.tsx';
import { RelativeTime } from '#client/components/ui/relative-time.tsx';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { errorMessage } from '#client/lib/i18n.ts';
import { useAddComment } from '../api/add-comment.ts';
import { useItemComments } from '../api/get-item-comments.ts';
import { useUnsentComment } from '../lib/unsent-comment.ts';
import { DirectedText, textDirection } from '#client/lib/directed-text.tsx';

export function ItemComments({ itemId }: { itemId: number }) {
  const { t } = useTranslation();
  const { data, isPending } = useItemComments(itemId);
  const add = useAddComment();
  const [body, setBody] = useUnsentComment(itemId);
  const field = useRef<HTMLTextAreaElement>(null);
  const tooLong = isOverLimit(body, LIMITS.comment);
  const noteId = `comment-${itemId}-length`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim() || tooLong) return;
    // The button disables as the text clears: focus goes back to the field, ready for the next comment, rather
    // than to the page's start.
    add.mutate(
      { itemId, body: body.trim() },
      {
        onSuccess: () => {
          setBody('');
          field.current?.focus();
        },
      },
    );
  };
  const comments = data?.comments ?? [];
  return (
    <div className="flex flex-col gap-3">
      {isPending ? <Spinner /> : null}
      {!isPending && comments.length === 0 ? (
        <p className="text-sm text-ink-faint">{t('item.noComments')}</p>
      ) : null}
      {/* A pasted address or any unbroken run of letters wraps inside its card (inherited by each comment). */}
      <ul className="flex flex-col gap-2 [overflow-wrap:anywhere]" data-testid="comments">
        {comments.map((comment) => (
          <li key={comment.id} className="rounded-md border border-surface-line bg-surface-raised px-3 py-2">
            <div className="flex items-center justify-between gap-2 text-xs text-ink-faint">
              <span className="font-semibold text-ink-soft">
                <bdi>{comment.author.displayName}</bdi>
              </span>
              <RelativeTime iso={comment.createdAt} />
            </div>
            <DirectedText as="p" text={comment.body} className="mt-1 whitespace-pre-wrap text-sm" />
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="flex flex-col gap-2">
        <label htmlFor={`comment-${itemId}`} className="sr-only">
          {t('item.addComment')}
        </label>
        <textarea
          ref={field}
          id={`comment-${itemId}`}
          dir={textDirection(body)}
          rows={2}
          aria-describedby={noteId}
          aria-invalid={tooLong || undefined}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          placeholder={t('item.commentPlaceholder')}
          className="rounded-md border border-surface-line bg-white px-3 py-2 text-sm"
        />
        <LengthNote id={noteId} text={body} limit={LIMITS.comment} />
        {add.error ? (
          <p role="alert" className="text-xs text-rose-800">
            {errorMessage(add.error)}
          </p>
        ) : null}
        <Button
          type="submit"
          size="sm"
          className="self-end"
          disabled={!body.trim() || tooLong || add.isPending}
        >
          {t('item.postComment')}
        </Button>
      </form>
    </div>
  );
}
