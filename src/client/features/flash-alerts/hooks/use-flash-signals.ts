import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '#client/lib/i18n.ts';
import { useSourceName } from '#client/lib/local-names.ts';
import { useFlashAlertStore } from '#client/stores/flash-alert-store.ts';
import { useAlertSettings } from '../api/get-alert-settings.ts';
import { showDesktopNotice } from '../lib/desktop-notification.ts';
import { onFlashBatch, signalFlashes } from '../lib/flash-signals.ts';
import { playFlashTone } from '../lib/flash-tone.ts';

/**
 * Follows raised flashes: sounds the tone and shows the desktop notice when the user turned them on, and
 * returns the sentence screen readers announce for the latest batch ('' when no alert is waiting).
 */
export function useFlashSignals(onOpenItem: (id: number) => void): string {
  const { t, i18n } = useTranslation();
  const sourceName = useSourceName();
  const settings = useAlertSettings();
  const waiting = useFlashAlertStore((state) => state.alerts.length);
  const [announcement, setAnnouncement] = useState('');
  // The subscription lives as long as the shell; it reads the current settings and language from here.
  const current = useRef({ settings, onOpenItem, t, sourceName, language: i18n.language });
  useEffect(() => {
    current.current = { settings, onOpenItem, t, sourceName, language: i18n.language };
  });

  useEffect(
    () =>
      onFlashBatch((alerts) => {
        const now = current.current;
        const { t: translate, language } = now;
        const newest = alerts[0]!;
        // The source as the queue names it in the UI language (Sputnik, not سبوتنيك, in English).
        const source = now.sourceName(newest.source);
        const more = alerts.length - 1;
        const sentence = translate('flashAlerts.announce', {
          source,
          headline: newest.headline,
        });
        setAnnouncement(
          more > 0 ? `${sentence} ${translate('flashAlerts.more', { count: more })}` : sentence,
        );
        signalFlashes(alerts, now.settings, {
          tone: () => void playFlashTone(),
          notice: () =>
            showDesktopNotice({
              title: translate('flashAlerts.noticeTitle', { source }),
              body:
                more > 0
                  ? `${newest.headline}\n${translate('flashAlerts.more', { count: more })}`
                  : newest.headline,
              tag: `mirsad-flash-${newest.itemId}`,
              lang: language,
              dir: directionOf(language),
              onClick: () => {
                useFlashAlertStore.getState().dismiss(newest.itemId);
                now.onOpenItem(newest.itemId);
              },
            }),
        });
      }),
    [],
  );

  return waiting > 0 ? announcement : '';
}
