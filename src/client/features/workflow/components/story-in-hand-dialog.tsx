import { useTranslation } from 'react-i18next';
import type { Item } from '#shared/schemas/items.ts';
import { Button } from '#client/components/ui/button.tsx';
import { Dialog } from '#client/components/ui/dialog.tsx';
import { isolatedText, textDirection } from '#client/lib/directed-text.tsx';
import { useInHandWords } from '#client/lib/in-hand-words.ts';

/**
 * Asked before an incoming report is accepted while another report of the same story is already in the desk's
 * hands (shared/workflow.ts, inHandCopyOf): accepting it too puts a second copy of the story on the desk. Open
 * that report to work from it, or accept this one anyway (another event grouped with it by mistake, or a copy
 * the desk wants on its own).
 */
export function StoryInHandDialog({
  copy,
  onClose,
  onOpen,
  onAccept,
}: {
  copy: Item;
  onClose: () => void;
  /** Absent where the screen cannot open another report (then only the choice to accept or not). */
  onOpen?: () => void;
  onAccept: () => void;
}) {
  const { t } = useTranslation();
  const values = useInHandWords()(copy);
  return (
    <Dialog open onClose={onClose} title={t('workflow.inHandTitle')} describedBy="story-in-hand-body">
      <div className="flex flex-col gap-4" data-testid="story-in-hand-dialog">
        <p id="story-in-hand-body" className="text-sm text-ink-soft">
          {copy.assignee ? t('workflow.inHandBodyWith', values) : t('workflow.inHandBody', values)}
        </p>
        {/* The bar on the page's side, the headline in its own direction inside it. */}
        <div className="border-s-2 border-amber-400 ps-3">
          <p dir={textDirection(copy.headline, copy.language)} className="text-sm font-medium text-ink">
            {isolatedText(copy.headline)}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {onOpen ? (
            <Button
              variant="primary"
              size="sm"
              onClick={onOpen}
              data-testid="story-in-hand-open-copy"
              data-autofocus
            >
              {t('workflow.inHandOpen')}
            </Button>
          ) : null}
          <Button variant="secondary" size="sm" onClick={onAccept} data-testid="story-in-hand-accept">
            {t('workflow.inHandAccept')}
          </Button>
          <Button variant="ghost" size="sm" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
