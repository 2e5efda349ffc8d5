/**
 * Desktop notifications through the browser's Notification API. The permission is asked only from the user's
 * own click on the setting (browsers ignore or penalise a prompt nobody asked for).
 */
export type NotificationAccess = NotificationPermission | 'unsupported';

export function notificationAccess(): NotificationAccess {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks for the permission; call from a click handler only. */
export async function askNotificationAccess(): Promise<NotificationAccess> {
  if (typeof Notification === 'undefined') return 'unsupported';
  if (Notification.permission !== 'default') return Notification.permission;
  try {
    return await Notification.requestPermission();
  } catch {
    return Notification.permission;
  }
}

export interface DesktopNotice {
  title: string;
  body: string;
  /** One notice per tag: the same flash signalled by two tabs of the user shows once. */
  tag: string;
  lang: string;
  dir: 'rtl' | 'ltr';
  onClick(): void;
}

/** Shows a notice that stays until the user acts on it (a flash must not slip away unseen). */
export function showDesktopNotice(notice: DesktopNotice): boolean {
  if (notificationAccess() !== 'granted') return false;
  try {
    const shown = new Notification(notice.title, {
      body: notice.body,
      tag: notice.tag,
      lang: notice.lang,
      dir: notice.dir,
      icon: '/favicon.svg',
      requireInteraction: true,
    });
    shown.addEventListener('click', () => {
      window.focus();
      notice.onClick();
      shown.close();
    });
    return true;
  } catch {
    // Some browsers allow notifications only from a service worker: the page's alert still stands.
    return false;
  }
}
