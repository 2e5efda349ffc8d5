import { Button } from '#client/components/ui/button.tsx';
import { useFeedsTranslation } from '../i18n.ts';

/**
 * Someone else saved the feed after this form opened it (412): save this admin's changes over their version,
 * or take theirs and drop what was typed.
 */
export function FeedConflictNotice({ onOverwrite, onDiscard }: { onOverwrite(): void; onDiscard(): void }) {
  const { t } = useFeedsTranslation();
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950"
      data-testid="form-conflict"
    >
      <p>{t('form.conflict.message')}</p>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="primary" onClick={onOverwrite} data-testid="conflict-overwrite">
          {t('form.conflict.overwrite')}
        </Button>
        <Button size="sm" onClick={onDiscard} data-testid="conflict-discard">
          {t('form.conflict.discard')}
        </Button>
      </div>
    </div>
  );
}
