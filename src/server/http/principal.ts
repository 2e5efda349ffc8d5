/** Who is making a request: a signed-in user, a service token, or nobody. Resolved once per request. */
import type { FastifyRequest } from 'fastify';
import type { User } from '#shared/schemas/users.ts';
import type { AppContext } from '../context.ts';
import type { Executor } from '../db/index.ts';
import { prepared } from '../db/prepared.ts';
import { findSignedIn, SESSION_COOKIE, type SessionRecord } from '../modules/auth/sessions.ts';
import { tokenHash } from '../modules/auth/tokens.ts';

/** A signed-in user with their session. */
export interface UserPrincipal {
  kind: 'user';
  user: User;
  session: SessionRecord;
}

export type Principal =
  UserPrincipal | { kind: 'token'; tokenId: number; name: string } | { kind: 'anonymous' };

// Every pushed item asks: prepared.
const liveServiceToken = prepared((db: Executor, hash: string) =>
  db
    .selectFrom('service_tokens')
    .select(['id', 'name', 'last_used_at'])
    .where('token_hash', '=', hash)
    .where('revoked_at', 'is', null),
);

/** Resolves the request's credentials: `Authorization: Bearer` first, then the session cookie. */
export async function resolvePrincipal(ctx: AppContext, request: FastifyRequest): Promise<Principal> {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const token = authorization.slice('Bearer '.length).trim();
    const [row] = await liveServiceToken(ctx.database.db, tokenHash(token));
    if (!row) return { kind: 'anonymous' };
    const now = Date.now();
    if (!row.last_used_at || now - row.last_used_at > 60_000) {
      await ctx.database.db
        .updateTable('service_tokens')
        .set({ last_used_at: now })
        .where('id', '=', row.id)
        .execute();
    }
    return { kind: 'token', tokenId: row.id, name: row.name };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return { kind: 'anonymous' };
  const signedIn = await findSignedIn(ctx, cookie);
  return signedIn ? { kind: 'user', ...signedIn } : { kind: 'anonymous' };
}
