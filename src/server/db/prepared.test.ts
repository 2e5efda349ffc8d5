import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/harness.ts';
import { SYSTEM_ACTOR } from '../modules/events/actors.ts';
import { createUser } from '../modules/users/service.ts';
import type { Executor } from './index.ts';
import { prepared } from './prepared.ts';

const usersNamed = prepared((db: Executor, prefix: string, limit: number) =>
  db
    .selectFrom('users')
    .select('username')
    .where('username', 'like', prefix)
    // A constant of the statement's own: it stays bound whatever the arguments.
    .where('disabled', '=', 0)
    .orderBy('username')
    .limit(limit),
);

const names = (rows: Array<{ username: string }>) => rows.map((row) => row.username);

describeEachDatabase('prepared statements', (env) => {
  it('runs the statement built once with each call’s values, in and out of transactions', async () => {
    const { ctx } = env();
    for (const username of ['prepared-amal', 'prepared-basel', 'prepared-carim'])
      await createUser(ctx, SYSTEM_ACTOR, {
        username,
        roles: ['editor'],
        password: 'quiet-harbour-lantern-7',
      });
    const { db } = ctx.database;
    expect(names(await usersNamed(db, 'prepared-%', 10))).toEqual([
      'prepared-amal',
      'prepared-basel',
      'prepared-carim',
    ]);
    expect(names(await usersNamed(db, 'prepared-b%', 10))).toEqual(['prepared-basel']);
    expect(names(await usersNamed(db, 'prepared-%', 2))).toEqual(['prepared-amal', 'prepared-basel']);
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ disabled: 1 }).where('username', '=', 'prepared-amal').execute();
      // The transaction sees its own write: the statement ran on its connection.
      expect(names(await usersNamed(trx, 'prepared-%', 10))).toEqual(['prepared-basel', 'prepared-carim']);
    });
    expect(names(await usersNamed(db, 'prepared-%', 10))).toEqual(['prepared-basel', 'prepared-carim']);
  });

  it('refuses a list, and an argument written into the statement instead of bound', async () => {
    const { db: database } = env().ctx.database;
    const expanded = prepared((db: Executor, ids: number[]) =>
      db.selectFrom('users').select('id').where('id', 'in', ids),
    );
    await expect(expanded(database, [1, 2])).rejects.toThrow(/single values, not lists/);
    const written = prepared((db: Executor, name: string) =>
      db.selectFrom('users').select('id').where('username', '=', sql.lit(name)),
    );
    await expect(written(database, 'admin')).rejects.toThrow(/argument 0 is not a bound parameter/);
  });
});
