import type { Kysely } from 'kysely';

/**
 * wire_copies.urgency: the urgency an agency's copy gives its report on its own (its headline's markers and the
 * urgency the agency states, src/shared/tagging/urgency.ts), so that a story in the desk's hands that its agency
 * upgraded to a flash says so, and taking the copy takes the upgrade. Null for copies kept before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('wire_copies').addColumn('urgency', 'integer').execute();
}
