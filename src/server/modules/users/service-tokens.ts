/**
 * Service tokens: the credentials machines ingest with (`Authorization: Bearer …`). Only a hash is stored; the
 * secret is returned once, when a token is created or rotated. Revoking keeps the row (the audit trail and the
 * "last used" time stay readable); a revoked token no longer authenticates (http/principal.ts).
 */
import type { EventActor } from '#shared/schemas/events.ts';
import type { ServiceToken, ServiceTokenSecret } from '#shared/schemas/users.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/index.ts';
import type { ServiceTokensTable } from '../../db/schema.ts';
import type { Selectable } from 'kysely';
import { conflict, notFound } from '../../http/errors.ts';
import { withEvents } from '../events/with-events.ts';
import { randomToken, tokenHash } from '../auth/tokens.ts';

const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

function toServiceToken(row: Selectable<ServiceTokensTable>): ServiceToken {
  return {
    id: row.id,
    name: row.name,
    createdAt: iso(row.created_at)!,
    lastUsedAt: iso(row.last_used_at),
    revokedAt: iso(row.revoked_at),
  };
}

export async function listServiceTokens(db: Executor): Promise<ServiceToken[]> {
  const rows = await db.selectFrom('service_tokens').selectAll().orderBy('name').execute();
  return rows.map(toServiceToken);
}

async function loadToken(db: Executor, id: number): Promise<ServiceToken> {
  const row = await db.selectFrom('service_tokens').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Service token');
  return toServiceToken(row);
}

/** A new token (409 `token.exists` when the name is taken); the secret is in the answer, and nowhere else. */
export async function createServiceToken(
  ctx: AppContext,
  actor: EventActor,
  name: string,
): Promise<ServiceTokenSecret> {
  const secret = randomToken('mirsad_');
  const trimmed = name.trim();
  const id = await withEvents(ctx, actor, async (trx, emit) => {
    const taken = await trx
      .selectFrom('service_tokens')
      .select('id')
      .where('name', '=', trimmed)
      .executeTakeFirst();
    if (taken) throw conflict('token.exists', `A token named ${trimmed} exists already.`);
    const row = await trx
      .insertInto('service_tokens')
      .values({
        name: trimmed,
        token_hash: tokenHash(secret),
        created_at: ctx.now(),
        last_used_at: null,
        revoked_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    emit({ type: 'user.token_created', itemId: null, payload: { tokenId: row.id, name: trimmed } });
    return row.id;
  });
  return { token: await loadToken(ctx.database.db, id), secret };
}

/**
 * A new secret for an existing token: the old one stops working at once (the machine must be given the new
 * one). A revoked token cannot be rotated back to life (409 `token.revoked`): create a new one.
 */
export async function rotateServiceToken(
  ctx: AppContext,
  actor: EventActor,
  id: number,
): Promise<ServiceTokenSecret> {
  const secret = randomToken('mirsad_');
  await withEvents(ctx, actor, async (trx, emit) => {
    const row = await trx.selectFrom('service_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Service token');
    if (row.revoked_at !== null) throw conflict('token.revoked', 'This token is revoked; create a new one.');
    await trx
      .updateTable('service_tokens')
      .set({ token_hash: tokenHash(secret), last_used_at: null })
      .where('id', '=', id)
      .execute();
    emit({ type: 'user.token_rotated', itemId: null, payload: { tokenId: id, name: row.name } });
  });
  return { token: await loadToken(ctx.database.db, id), secret };
}

/** Revokes a token: it stops authenticating at once. Revoking a revoked token changes nothing. */
export async function revokeServiceToken(
  ctx: AppContext,
  actor: EventActor,
  id: number,
): Promise<ServiceToken> {
  await withEvents(ctx, actor, async (trx, emit) => {
    const row = await trx.selectFrom('service_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Service token');
    if (row.revoked_at !== null) return;
    await trx.updateTable('service_tokens').set({ revoked_at: ctx.now() }).where('id', '=', id).execute();
    emit({ type: 'user.token_revoked', itemId: null, payload: { tokenId: id, name: row.name } });
  });
  return loadToken(ctx.database.db, id);
}
