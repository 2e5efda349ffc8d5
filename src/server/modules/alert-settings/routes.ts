/**
 * GET|PATCH /api/me/alert-settings: the signed-in user's own switches for flashes (a tone, a desktop
 * notification). Every signed-in user may read and change their own, and only their own: the user comes from
 * the session, never from the request.
 */
import { AlertSettingsPatchSchema, AlertSettingsSchema } from '#shared/schemas/alert-settings.ts';
import type { RouteContext } from '../../http/register.ts';
import { patchAlertSettings, readAlertSettings } from './repository.ts';

export function registerAlertSettingsRoutes({ route, ctx }: RouteContext): void {
  const { db } = ctx.database;

  route({
    method: 'GET',
    url: '/api/me/alert-settings',
    summary: 'How flashes reach the signed-in user besides the alert on the page (off until turned on)',
    tag: 'session',
    access: { kind: 'user' },
    responses: { 200: AlertSettingsSchema },
    handler: async ({ principal }) => readAlertSettings(db, principal.user.id),
  });

  route({
    method: 'PATCH',
    url: '/api/me/alert-settings',
    summary: 'Turn the flash tone or desktop notifications on or off (only the switches sent change)',
    tag: 'session',
    access: { kind: 'user' },
    body: AlertSettingsPatchSchema,
    responses: { 200: AlertSettingsSchema },
    handler: async ({ principal, body }) => patchAlertSettings(db, principal.user.id, body, ctx.now()),
  });
}
