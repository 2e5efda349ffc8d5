import { z } from 'zod';

/**
 * How a flash (urgency 1) reaches a user besides the alert on the page: a short tone and a desktop notification.
 * Both are off until the user turns them on (a newsroom is loud enough); stored per user on the server, so they
 * follow the user to another browser. The browser's own permission for notifications is asked only when the
 * user turns them on.
 */
export const AlertSettingsSchema = z.object({
  sound: z.boolean(),
  desktop: z.boolean(),
});
export type AlertSettings = z.infer<typeof AlertSettingsSchema>;

export const DEFAULT_ALERT_SETTINGS: AlertSettings = { sound: false, desktop: false };

/** Only the switches sent change: two tabs turning on different ones do not undo each other. */
export const AlertSettingsPatchSchema = z
  .strictObject({ sound: z.boolean().optional(), desktop: z.boolean().optional() })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), 'nothing to change');
export type AlertSettingsPatch = z.infer<typeof AlertSettingsPatchSchema>;
