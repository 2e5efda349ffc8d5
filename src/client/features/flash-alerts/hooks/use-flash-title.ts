import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The tab's title counts the flashes waiting ("(2) عاجل جداً · مرصد"), so a desk in another tab sees them in
 * the tab strip; with none it is the app's own title again. Follows the language (i18n.ts sets the plain title
 * when the language changes; `t` changes with it, so this runs after).
 */
export function useFlashTitle(waiting: number): void {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = waiting > 0 ? t('flashAlerts.tabTitle', { count: waiting }) : t('app.title');
  }, [waiting, t]);
  // Signed out: no alert is waiting for anybody.
  useEffect(() => () => void (document.title = i18n.t('app.title')), [i18n]);
}
