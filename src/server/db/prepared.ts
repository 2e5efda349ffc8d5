/**
 * Statements whose shape never changes, built and compiled by Kysely once per database and then run with each
 * call's values. Building a query (immutable nodes, frozen at every step) and compiling it costs about a tenth of
 * a millisecond per statement; for the few statements that run on every request (who is signed in) or every
 * stored item, that was a visible share of the request itself, on both databases.
 *
 * The builder is called once, with stand-ins for the arguments; each stand-in must reach the statement as a
 * bound parameter, where the call's value takes its place. A stand-in written into the SQL text is refused when
 * the statement is first built. A list argument must be bound through `isOneOf` (one-of.ts), as one value;
 * one that Kysely expanded into a parameter per value (a different statement for every length) is refused.
 *
 * On PostgreSQL each is also sent as a named statement (db/index.ts), so each connection parses and plans it
 * once, not at every call. On SQLite's main connection each runs straight on the driver when that is safe
 * (sqlite-main-connection.ts), since Kysely's way to it costs about as much as many of these statements.
 */
import type { Compilable, CompiledQuery, DialectAdapter, RawBuilder } from 'kysely';
import type { Executor } from './index.ts';
import { isPostgres } from './is-postgres.ts';
import { oneOfValue } from './one-of.ts';
import { runOnMainConnection } from './sqlite-main-connection.ts';
import { statementNames } from './statement-names.ts';

interface Built {
  compiled: CompiledQuery;
  /** For each bound parameter, the argument that fills it, or -1 for a constant of the statement itself. */
  slots: number[];
  /** Which arguments are lists (bound through isOneOf, as one value each). */
  lists: boolean[];
}

const standIn = (index: number) => `\u0000prepared argument ${index}\u0000`;

/**
 * Wraps a query builder (or a raw `sql` statement) as a function of an executor and the arguments. The compiled
 * form is kept per database (per Kysely adapter: a transaction shares its database's), so it also serves inside
 * transactions. Whether an argument is a list is settled by the first call.
 */
export function prepared<Args extends unknown[], Row>(
  build: (db: Executor, ...args: Args) => Compilable<Row> | RawBuilder<Row>,
): (db: Executor, ...args: Args) => Promise<Row[]> {
  const byAdapter = new WeakMap<DialectAdapter, Built>();
  const compile = (db: Executor, first: Args): Built => {
    const lists = first.map((value) => Array.isArray(value));
    const standIns = first.map((_, index) => (lists[index] ? [standIn(index)] : standIn(index)));
    const statement = build(db, ...(standIns as Args));
    const compiled = 'isRawBuilder' in statement ? statement.compile(db) : statement.compile();
    // On PostgreSQL a connection keeps the statement's result columns: once a migration changed what `*` stands
    // for (another instance upgrading), it would fail until the connection closed.
    if (/(?:select|,)\s*(?:"\w+"\.)?\*/i.test(compiled.sql))
      throw new Error(`prepared statement: name the columns, not *, in\n${compiled.sql}`);
    // A list is bound as oneOfValue makes it: its stand-in is recognised in that form.
    const bound = standIns.map((value, index) =>
      lists[index] ? JSON.stringify(oneOfValue(db, value as unknown[])) : JSON.stringify(value),
    );
    const slots = compiled.parameters.map((value) => bound.indexOf(JSON.stringify(value)));
    standIns.forEach((_, index) => {
      if (!slots.includes(index) || compiled.sql.includes(standIn(index)))
        throw new Error(
          lists[index]
            ? `prepared statement: argument ${index} is a list, to be bound as one value (isOneOf), in\n${compiled.sql}`
            : `prepared statement: argument ${index} is not a bound parameter of\n${compiled.sql}`,
        );
    });
    if (isPostgres(db) && !statementNames.has(compiled.sql))
      statementNames.set(compiled.sql, `mirsad_${statementNames.size + 1}`);
    return { compiled, slots, lists };
  };
  return async (db, ...args) => {
    const adapter = db.getExecutor().adapter;
    let built = byAdapter.get(adapter);
    if (!built) byAdapter.set(adapter, (built = compile(db, args)));
    const { compiled, slots, lists } = built;
    args.forEach((value, index) => {
      if (Array.isArray(value) !== lists[index])
        throw new Error(
          `prepared statement: argument ${index} is ${lists[index] ? 'a list' : 'a single value'}, as at its first call`,
        );
    });
    const parameters = compiled.parameters.map((value, index) => {
      const slot = slots[index]!;
      if (slot < 0) return value;
      return lists[slot] ? oneOfValue(db, args[slot] as unknown[]) : args[slot];
    });
    const direct = runOnMainConnection<Row>(db, compiled.sql, parameters);
    if (direct) return direct;
    return (await db.executeQuery<Row>({ ...compiled, parameters } as CompiledQuery<Row>)).rows;
  };
}
