import { useEffect, useRef } from 'react';
import type { Feed } from '#shared/schemas/feeds.ts';
import type { Desk } from '#shared/schemas/users.ts';
import { Button } from '#client/components/ui/button.tsx';
import { Dialog } from '#client/components/ui/dialog.tsx';
import { useFeedForm } from '../hooks/use-feed-form.ts';
import { useFeedsTranslation } from '../i18n.ts';
import { FeedConflictNotice } from './feed-conflict-notice.tsx';
import { FeedDeskLanguageSection } from './feed-desk-language-section.tsx';
import { FeedFetchingToggle, FeedScheduleSection } from './feed-schedule-section.tsx';
import { FeedSourceSection } from './feed-source-section.tsx';

/**
 * Add a feed, or edit one. Edits are made on the version the form opened with (If-Match); if someone else saved
 * in between, the form says so, keeps what was typed, and offers to save over their version or take it.
 */
export function FeedFormDialog({
  mode,
  feed,
  desks,
  onClose,
}: {
  mode: 'add' | 'edit';
  /** The feed being edited, as the form opened it. */
  feed?: Feed;
  desks: readonly Desk[] | undefined;
  onClose(): void;
}) {
  const { t, tc } = useFeedsTranslation();
  const { fields, base, pending, conflict, formError, formRef, submit, overwrite, discard } = useFeedForm({
    mode,
    feed,
    onClose,
  });
  const nameRef = useRef<HTMLInputElement>(null);

  // After the dialog opened (its own effect runs first), the first field takes focus, not the close button.
  // Here, not in the section that renders the field: a child's effect would run before the dialog's.
  useEffect(() => nameRef.current?.focus(), []);

  return (
    <Dialog
      open
      onClose={onClose}
      title={mode === 'add' ? t('form.addTitle') : t('form.editTitle')}
      className="w-[min(36rem,calc(100vw-2rem))]"
    >
      <form
        ref={formRef}
        onSubmit={submit}
        noValidate
        className="flex flex-col gap-4"
        data-testid="feed-form"
      >
        {mode === 'edit' && base ? (
          <p className="-mt-1 text-sm text-ink-soft">
            <bdi className="font-medium text-ink">{base.name}</bdi>
            {' · '}
            {t('form.format')}: {base.format ? t(`format.${base.format}`) : t('format.unknown')}
          </p>
        ) : null}

        <FeedSourceSection fields={fields} nameRef={nameRef} />
        <FeedScheduleSection fields={fields} />
        <FeedDeskLanguageSection fields={fields} desks={desks} />
        <FeedFetchingToggle fields={fields} />

        {formError ? (
          <p
            role="alert"
            className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-900"
            data-testid="form-error"
          >
            {formError}
          </p>
        ) : null}
        {conflict ? (
          <FeedConflictNotice onOverwrite={() => void overwrite()} onDiscard={() => void discard()} />
        ) : null}

        <div className="flex justify-end gap-2 border-t border-surface-line pt-3">
          <Button variant="ghost" onClick={onClose}>
            {tc('common.cancel')}
          </Button>
          <Button
            type="submit"
            variant="primary"
            aria-disabled={pending || conflict || undefined}
            className={pending || conflict ? 'opacity-60' : ''}
            data-testid="feed-form-submit"
          >
            {pending ? t('form.saving') : mode === 'add' ? t('form.submitAdd') : t('form.submitEdit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
