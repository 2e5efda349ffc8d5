import { useTranslation } from 'react-i18next';
import { Button } from '#client/components/ui/button.tsx';
import { Dialog } from '#client/components/ui/dialog.tsx';

/**
 * Asked before the ticked reports are accepted when some are copies of stories the desk already has in hand
 * (shared/workflow.ts, inHandCopyOf), or a second report of a story ticked twice: accept only the others, all of
 * them anyway, or nothing.
 */
export function BulkInHandDialog({
  total,
  others,
  onAcceptOthers,
  onAcceptAll,
  onClose,
}: {
  /** Reports the accept applies to. */
  total: number;
  /** Those whose story nobody has in hand. */
  others: number;
  onAcceptOthers: () => void;
  onAcceptAll: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open onClose={onClose} title={t('bulk.inHandTitle')} describedBy="bulk-in-hand-body">
      <div className="flex flex-col gap-4" data-testid="bulk-in-hand-dialog">
        <p id="bulk-in-hand-body" className="text-sm text-ink-soft">
          {t('bulk.inHandBody', { held: total - others, total })}
        </p>
        <div className="flex flex-wrap gap-2">
          {others > 0 ? (
            <Button
              variant="primary"
              size="sm"
              onClick={onAcceptOthers}
              data-testid="bulk-in-hand-others"
              data-autofocus
            >
              {t('bulk.inHandOthers', { count: others })}
            </Button>
          ) : null}
          <Button variant="secondary" size="sm" onClick={onAcceptAll} data-testid="bulk-in-hand-all">
            {t('bulk.inHandAll', { count: total })}
          </Button>
          <Button variant="ghost" size="sm" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
