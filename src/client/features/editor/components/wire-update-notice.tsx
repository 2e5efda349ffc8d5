import { useTranslation } from 'react-i18next';
import { Button } from '#client/components/ui/button.tsx';

/**
 * The agency sent a newer copy of this report after the desk started on it: it is kept, not applied. The item
 * pane shows the difference; here the editor may take it as the story's next version, once their own changes
 * are saved or discarded (taking it replaces headline, summary and body).
 */
export function WireUpdateNotice({
  canTake,
  unsaved,
  busy,
  error,
  onTake,
}: {
  canTake: boolean;
  unsaved: boolean;
  busy: boolean;
  error: string | null;
  onTake: () => void;
}) {
  const { t } = useTranslation();
  return (
    <output
      className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md bg-violet-50 px-3 py-2 text-sm text-violet-950 ring-1 ring-inset ring-violet-200"
      data-testid="wire-update-notice"
    >
      <span className="font-medium">{t('editor.wireUpdated')}</span>
      {canTake ? (
        <Button
          size="sm"
          variant="secondary"
          disabled={unsaved || busy}
          onClick={onTake}
          data-testid="wire-update-take"
          aria-describedby={unsaved ? 'wire-update-hint' : undefined}
        >
          {t('editor.wireTake')}
        </Button>
      ) : null}
      {canTake && unsaved ? (
        <span id="wire-update-hint" className="text-xs">
          {t('editor.wireSaveFirst')}
        </span>
      ) : null}
      {error ? (
        <span role="alert" className="w-full text-rose-800">
          {error}
        </span>
      ) : null}
    </output>
  );
}
