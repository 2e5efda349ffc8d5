import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAlertSettings } from '../api/get-alert-settings.ts';
import { useUpdateAlertSettings } from '../api/update-alert-settings.ts';
import {
  askNotificationAccess,
  notificationAccess,
  type NotificationAccess,
} from '../lib/desktop-notification.ts';
import { playFlashTone } from '../lib/flash-tone.ts';

/**
 * The user's own switches for flashes, in the user menu: a tone, and a desktop notification. Both are off until
 * turned on and are remembered on the server. The browser's permission for notifications is asked only here, on
 * the user's click; when the browser refuses, the switch stays off and says why.
 */
export function FlashAlertSettings() {
  const { t } = useTranslation();
  const settings = useAlertSettings();
  const update = useUpdateAlertSettings();
  const [access, setAccess] = useState<NotificationAccess>(notificationAccess);

  const askAndTurnOn = async () => {
    const answer = await askNotificationAccess();
    setAccess(answer);
    if (answer === 'granted' && !settings.desktop) update.mutate({ desktop: true });
  };

  return (
    <fieldset className="border-b border-surface-line px-3 py-2" data-testid="flash-alert-settings">
      <legend className="text-xs font-semibold text-ink-soft">{t('flashAlerts.settings.title')}</legend>
      <p className="mt-0.5 text-xs text-ink-soft">{t('flashAlerts.settings.hint')}</p>
      <label className="mt-1.5 flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-brand"
          checked={settings.sound}
          data-testid="flash-sound"
          onChange={(event) => {
            const on = event.target.checked;
            // Turning it on is the user's gesture the browser wants before a page may sound: play the sample now.
            if (on) void playFlashTone();
            update.mutate({ sound: on });
          }}
        />
        {t('flashAlerts.settings.sound')}
      </label>
      <label className="mt-1 flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-brand"
          checked={settings.desktop}
          disabled={access === 'unsupported'}
          data-testid="flash-desktop"
          onChange={(event) => {
            if (event.target.checked) void askAndTurnOn();
            else update.mutate({ desktop: false });
          }}
        />
        {t('flashAlerts.settings.desktop')}
      </label>
      {access === 'unsupported' ? (
        <p className="mt-1 text-xs text-ink-soft">{t('flashAlerts.settings.desktopUnsupported')}</p>
      ) : access === 'denied' ? (
        <output className="mt-1 block text-xs text-rose-800">
          {t('flashAlerts.settings.desktopBlocked')}
        </output>
      ) : settings.desktop && access === 'default' ? (
        // On for this user, not yet allowed in this browser (another computer turned it on).
        <button
          type="button"
          className="mt-1 text-xs font-medium text-brand hover:underline"
          onClick={() => void askAndTurnOn()}
        >
          {t('flashAlerts.settings.allowHere')}
        </button>
      ) : null}
    </fieldset>
  );
}
