import { describe, expect, it } from 'vitest';
import { droppedMeanwhile } from './migrate.ts';

/**
 * Kysely's migrator reads every schema's tables; instances isolated in schemas of one PostgreSQL database (test
 * suites, benches) drop theirs when done. What PostgreSQL says when that happens mid-read, and whether the
 * migration is asked again (nothing was applied) or its failure stands.
 */
/** A pg error as the driver throws it: a message and PostgreSQL's SQLSTATE. */
const error = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('a migration that failed because another instance dropped its schema meanwhile', () => {
  const ours = { pgSchema: 't_0123456789ab' };

  it('is tried again when the vanished schema or table is another’s', () => {
    expect(droppedMeanwhile(ours, error('3F000', 'schema "t_51bf5f890c34" does not exist'))).toBe(true);
    expect(
      droppedMeanwhile(ours, error('42P01', 'relation "t_51bf5f890c34.item_versions" does not exist')),
    ).toBe(true);
    // The introspection's pg_get_serial_sequence on a table dropped under it (seen in CI on 6 December).
    expect(
      droppedMeanwhile(ours, error('42703', 'column "created_at" of relation "comments" does not exist')),
    ).toBe(true);
  });

  it('fails when it is our own schema or table, another error, or SQLite', () => {
    expect(droppedMeanwhile(ours, error('42P01', 'relation "t_0123456789ab.items" does not exist'))).toBe(
      false,
    );
    expect(droppedMeanwhile(ours, error('3F000', 'schema "t_0123456789ab" does not exist'))).toBe(false);
    expect(droppedMeanwhile(ours, error('42601', 'syntax error at or near "tabel"'))).toBe(false);
    expect(droppedMeanwhile(ours, error('42703', 'column "headlin" does not exist'))).toBe(false);
    expect(
      droppedMeanwhile({ pgSchema: null }, error('42703', 'column "x" of relation "y" does not exist')),
    ).toBe(false);
    expect(droppedMeanwhile(ours, undefined)).toBe(false);
    expect(droppedMeanwhile({ pgSchema: null }, error('42P01', 'relation "x.y" does not exist'))).toBe(false);
  });
});
