import { useTranslation } from 'react-i18next';
import { Button } from '#client/components/ui/button.tsx';
import { Dialog } from '#client/components/ui/dialog.tsx';

/** Asked before leaving the editor with unsaved changes (they stay as the draft either way). */
export function LeaveDialog({ onStay, onLeave }: { onStay: () => void; onLeave: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open onClose={onStay} title={t('editor.leaveTitle')}>
      <div className="flex flex-col gap-4" data-testid="leave-dialog">
        <p className="text-sm text-ink-soft">{t('editor.leaveBody')}</p>
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" size="sm" onClick={onStay}>
            {t('editor.leaveStay')}
          </Button>
          <Button variant="secondary" size="sm" onClick={onLeave} data-testid="leave-confirm">
            {t('editor.leaveGo')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
