/**
 * Statements whose shape never changes, built and compiled by Kysely once per database and then run with each
 * call's values. Building a query (immutable nodes, frozen at every step) and compiling it costs about a tenth of
 * a millisecond per statement; for the few statements that run on every request (who is signed in) or every
 * stored item, that was a visible share of the request itself, on both databases.
 *
 * The builder is called once, with stand-ins for the arguments; each stand-in must reach the statement as a
 * bound parameter, where the call's value takes its place. A stand-in written into the SQL text is refused when
 * the statement is first built, and a list at every call: Kysely would have expanded it into one parameter per
 * value, a different statement for every length.
 *
 * On PostgreSQL each is also sent as a named statement (db/index.ts), so each connection parses and plans it
 * once, not at every call.
 */
import type { Compilable, CompiledQuery, DialectAdapter } from 'kysely';
import type { Executor } from './index.ts';
import { isPostgres } from './is-postgres.ts';
import { statementNames } from './statement-names.ts';

interface Built {
  compiled: CompiledQuery;
  /** For each bound parameter, the argument that fills it, or -1 for a constant of the statement itself. */
  slots: number[];
}

const standIn = (index: number) => `\u0000prepared argument ${index}\u0000`;

/**
 * Wraps a query builder as a function of an executor and the arguments. The compiled form is kept per database
 * (per Kysely adapter: a transaction shares its database's), so it also serves inside transactions.
 */
export function prepared<Args extends unknown[], Row>(
  build: (db: Executor, ...args: Args) => Compilable<Row>,
): (db: Executor, ...args: Args) => Promise<Row[]> {
  const byAdapter = new WeakMap<DialectAdapter, Built>();
  const compile = (db: Executor, arity: number): Built => {
    const standIns = Array.from({ length: arity }, (_, index) => standIn(index));
    const compiled = build(db, ...(standIns as Args)).compile();
    if (isPostgres(db) && !statementNames.has(compiled.sql))
      statementNames.set(compiled.sql, `mirsad_${statementNames.size + 1}`);
    // On PostgreSQL a connection keeps the statement's result columns: once a migration changed what `*` stands
    // for (another instance upgrading), it would fail until the connection closed.
    if (/(?:select|,)\s*(?:"\w+"\.)?\*/i.test(compiled.sql))
      throw new Error(`prepared statement: name the columns, not *, in\n${compiled.sql}`);
    const slots = compiled.parameters.map((value) => standIns.indexOf(value as string));
    standIns.forEach((value, index) => {
      if (!slots.includes(index) || compiled.sql.includes(value))
        throw new Error(`prepared statement: argument ${index} is not a bound parameter of\n${compiled.sql}`);
    });
    return { compiled, slots };
  };
  return async (db, ...args) => {
    if (args.some((value) => Array.isArray(value)))
      throw new Error('prepared statement: arguments are single values, not lists');
    const adapter = db.getExecutor().adapter;
    let built = byAdapter.get(adapter);
    if (!built) byAdapter.set(adapter, (built = compile(db, args.length)));
    const { compiled, slots } = built;
    const parameters = compiled.parameters.map((value, index) => {
      const slot = slots[index]!;
      return slot < 0 ? value : args[slot];
    });
    return (await db.executeQuery<Row>({ ...compiled, parameters } as CompiledQuery<Row>)).rows;
  };
}
