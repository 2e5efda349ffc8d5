import { useTranslation } from 'react-i18next';
import { formatNumber, formatTime } from '#client/lib/format.ts';
import type { AutosaveStatus } from '../hooks/use-autosave.ts';
import { storyErrorMessage } from '../lib/story-errors.ts';

type SaveLine =
  | { kind: 'idle' | 'saving' | 'nothing' | 'refused' | 'error' | 'conflict' }
  | { kind: 'saved'; version: number; at: string };

/** Where the text is kept right now: a version just saved, the draft on the server, in this browser only… */
export function AutosaveStatusText({ status, saveState }: { status: AutosaveStatus; saveState: SaveLine }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  let text: string;
  switch (status.state) {
    case 'pending':
      text = t('editor.draftPending');
      break;
    case 'saving':
      text = t('editor.draftSaving');
      break;
    case 'saved':
      text = t('editor.draftSaved', { time: formatTime(status.savedAt, locale) });
      break;
    case 'local':
      text = t('editor.draftLocal');
      break;
    case 'error':
      text = t('editor.draftError', { message: storyErrorMessage(t, locale, status.error) });
      break;
    default:
      text =
        saveState.kind === 'saved'
          ? t('editor.saved', {
              version: formatNumber(saveState.version, locale),
              time: formatTime(saveState.at, locale),
            })
          : saveState.kind === 'nothing'
            ? t('editor.nothingToSave')
            : t('editor.draftClean');
  }
  return (
    <output className="text-xs text-ink-soft" data-testid="autosave-status" data-state={status.state}>
      {text}
    </output>
  );
}
