import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/harness.ts';
import { SYSTEM_ACTOR } from '../modules/events/actors.ts';
import { createUser } from '../modules/users/service.ts';
import type { Executor } from './index.ts';
import { isOneOf } from './one-of.ts';
import { prepared } from './prepared.ts';
import { statementNames } from './statement-names.ts';

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

const usersById = prepared((db: Executor, ids: number[], disabled: number) =>
  db
    .selectFrom('users')
    .select('username')
    .where(isOneOf(db, 'id', ids, 'bigint'))
    .where('disabled', '=', disabled)
    .orderBy('username'),
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

  it('takes a list bound as one value (isOneOf), of any length, empty too, in built and raw statements', async () => {
    const { db } = env().ctx.database;
    const ids = (
      await db
        .selectFrom('users')
        .select('id')
        .where('username', 'like', 'prepared-%')
        .orderBy('username')
        .execute()
    ).map((row) => row.id);
    expect(ids).toHaveLength(3);
    expect(names(await usersById(db, ids, 0))).toEqual(['prepared-basel', 'prepared-carim']);
    expect(names(await usersById(db, ids.slice(0, 1), 1))).toEqual(['prepared-amal']);
    expect(names(await usersById(db, [], 0))).toEqual([]);
    await db.transaction().execute(async (trx) => {
      expect(names(await usersById(trx, ids, 1))).toEqual(['prepared-amal']);
    });
    // A raw `sql` statement is prepared the same way, its list and its values bound as the builder's are.
    const rawById = prepared(
      (executor: Executor, wanted: number[], disabled: number) =>
        sql<{ username: string }>`select username from users
          where ${isOneOf(executor, 'id', wanted, 'bigint')} and disabled = ${disabled} order by username`,
    );
    expect(names(await rawById(db, ids, 0))).toEqual(['prepared-basel', 'prepared-carim']);
    expect(names(await rawById(db, ids, 1))).toEqual(['prepared-amal']);
    expect(names(await rawById(db, [], 0))).toEqual([]);
    // A list where the first call had a single value, or the other way round, is refused.
    await expect(usersById(db, ids[0] as unknown as number[], 0)).rejects.toThrow(
      /is a list, as at its first/,
    );
  });

  it('refuses a list expanded into a parameter per value, and an argument written into the statement', async () => {
    const { db: database } = env().ctx.database;
    const expanded = prepared((db: Executor, ids: number[]) =>
      db.selectFrom('users').select('id').where('id', 'in', ids),
    );
    await expect(expanded(database, [1, 2])).rejects.toThrow(
      /argument 0 is a list, to be bound as one value/,
    );
    const written = prepared((db: Executor, name: string) =>
      db.selectFrom('users').select('id').where('username', '=', sql.lit(name)),
    );
    await expect(written(database, 'admin')).rejects.toThrow(/argument 0 is not a bound parameter/);
  });

  it('refuses * for columns: a migration would change what a prepared statement returns', async () => {
    const { db: database } = env().ctx.database;
    const everything = prepared((db: Executor, id: number) =>
      db.selectFrom('users').selectAll().where('id', '=', id),
    );
    await expect(everything(database, 1)).rejects.toThrow(/name the columns, not \*/);
    const joined = prepared((db: Executor, id: string) =>
      db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .selectAll('users')
        .where('sessions.id', '=', id),
    );
    await expect(joined(database, 'key')).rejects.toThrow(/name the columns, not \*/);
    // A count is not a column list.
    const counted = prepared((db: Executor, role: string) =>
      db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('roles', 'like', role),
    );
    expect((await counted(database, '%editor%'))[0]!.count).toBeGreaterThanOrEqual(0);
  });
});

describeEachDatabase(
  'prepared statements on PostgreSQL',
  (env) => {
    it('are named statements: the connection parses and plans them once', async () => {
      const { ctx } = env();
      await createUser(ctx, SYSTEM_ACTOR, {
        username: 'prepared-dalia',
        roles: ['editor'],
        password: 'quiet-harbour-lantern-7',
      });
      await ctx.database.db.transaction().execute(async (trx) => {
        // Twice on one connection: parsed and planned the first time, only bound and run the second.
        expect(names(await usersNamed(trx, 'prepared-%', 10))).toEqual(['prepared-dalia']);
        expect(names(await usersNamed(trx, 'prepared-x%', 10))).toEqual([]);
        const { rows } = await sql<{ name: string; statement: string }>`
          select name, statement from pg_prepared_statements`.execute(trx);
        const ours = rows.find((row) => row.statement.includes('"username" like $1'));
        expect(ours).toBeDefined();
        expect(statementNames.get(ours!.statement)).toBe(ours!.name);
      });
    });
  },
  { only: ['postgres'] },
);
