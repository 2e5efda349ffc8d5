import { sql, type Kysely } from 'kysely';

/**
 * Language preferences that stick, and names in the reader's language (issue 12, item 4).
 *
 * - users.locale_chosen_at: when the user's interface language was chosen (on the login page at the first
 *   sign-in, or later in the user menu). Null until then: only then does the login page's language become the
 *   user's own, so a later sign-in from a browser showing the other language never overwrites a choice.
 *   Existing users with a language other than the default chose it themselves, so theirs counts as chosen.
 * - users.digits: the digits of the Arabic interface, 'latn' (0-9, the wire's own) or 'arab' (٠-٩).
 * - desks.name_en: the desk's English name, shown in the English interface (the other name when absent).
 * - source_names: the English name of a source (agency or feed), keyed by the name items carry as `source`.
 *   One table for both, since a feed's name is the source name of every item it brings.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('locale_chosen_at', 'bigint').execute();
  await db.schema
    .alterTable('users')
    .addColumn('digits', 'text', (c) => c.notNull().defaultTo('latn'))
    .execute();
  await sql`update users set locale_chosen_at = updated_at where locale <> 'ar'`.execute(db);

  await db.schema.alterTable('desks').addColumn('name_en', 'text').execute();

  await db.schema
    .createTable('source_names')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}
