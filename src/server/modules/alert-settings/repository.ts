/** A user's flash-alert settings as stored (user_alert_settings); no row means the defaults. */
import {
  DEFAULT_ALERT_SETTINGS,
  type AlertSettings,
  type AlertSettingsPatch,
} from '#shared/schemas/alert-settings.ts';
import type { Executor } from '../../db/index.ts';

const flag = (value: boolean | undefined) => (value === undefined ? undefined : value ? 1 : 0);

export async function readAlertSettings(db: Executor, userId: number): Promise<AlertSettings> {
  const row = await db
    .selectFrom('user_alert_settings')
    .select(['sound', 'desktop'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? { sound: row.sound === 1, desktop: row.desktop === 1 } : { ...DEFAULT_ALERT_SETTINGS };
}

/**
 * Changes the switches the patch names and keeps the others, in one statement (an upsert), so two tabs turning
 * on different switches at the same moment both count.
 */
export async function patchAlertSettings(
  db: Executor,
  userId: number,
  patch: AlertSettingsPatch,
  now: number,
): Promise<AlertSettings> {
  const changes = {
    ...(patch.sound === undefined ? {} : { sound: flag(patch.sound)! }),
    ...(patch.desktop === undefined ? {} : { desktop: flag(patch.desktop)! }),
    updated_at: now,
  };
  const row = await db
    .insertInto('user_alert_settings')
    .values({
      user_id: userId,
      sound: flag(patch.sound) ?? 0,
      desktop: flag(patch.desktop) ?? 0,
      updated_at: now,
    })
    .onConflict((conflict) => conflict.column('user_id').doUpdateSet(changes))
    .returning(['sound', 'desktop'])
    .executeTakeFirstOrThrow();
  return { sound: row.sound === 1, desktop: row.desktop === 1 };
}
