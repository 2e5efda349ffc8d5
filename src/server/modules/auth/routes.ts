import { z } from 'zod';
import {
  LoginRequestSchema,
  SessionResponseSchema,
  UserPreferencesPatchSchema,
  UserSchema,
} from '#shared/schemas/users.ts';
import type { FastifyReply } from 'fastify';
import { sessionKey } from './tokens.ts';
import type { RouteContext } from '../../http/register.ts';
import { SESSION_COOKIE } from './sessions.ts';
import { login, logout, ThrottledError } from './service.ts';
import { setPreferences } from '../users/service.ts';

/** A sign-in request's largest body (username ≤ 64, password ≤ 256 characters, a locale, JSON around them). */
const LOGIN_BODY_LIMIT_BYTES = 8_192;
export function registerAuthRoutes({ route, ctx }: RouteContext): void {
  const cookieOptions = (expires?: Date) => ({
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: ctx.config.cookieSecure,
    ...(expires ? { expires } : {}),
  });
  const clearCookie = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, cookieOptions());

  route({
    method: 'POST',
    url: '/api/session',
    summary: 'Sign in; sets the HttpOnly session cookie and returns the CSRF token',
    tag: 'session',
    access: { kind: 'public' },
    csrfToken: false,
    // The one body anyone may send without a session: a name, a password and a language fit in far less, and
    // a bigger one is refused (413) before it is read or parsed.
    bodyLimit: LOGIN_BODY_LIMIT_BYTES,
    body: LoginRequestSchema,
    responses: { 200: SessionResponseSchema },
    handler: async ({ request, reply, body }) => {
      try {
        // A session the browser already had ends here: signing in rotates the session id.
        const previous = request.cookies[SESSION_COOKIE];
        const { token, response, expiresAt } = await login(
          ctx,
          body.username,
          body.password,
          request.ip,
          previous ? sessionKey(ctx.config.sessionSecret, previous) : null,
          body.locale,
        );
        reply.setCookie(SESSION_COOKIE, token, cookieOptions(new Date(expiresAt)));
        return response;
      } catch (error) {
        if (error instanceof ThrottledError) reply.header('retry-after', String(error.retryAfter));
        throw error;
      }
    },
  });

  route({
    method: 'GET',
    url: '/api/session',
    summary: 'The signed-in user and the CSRF token for state-changing requests',
    tag: 'session',
    access: { kind: 'user' },
    duringPasswordChange: true,
    responses: { 200: SessionResponseSchema },
    handler: async ({ principal }) => {
      return { user: principal.user, csrfToken: principal.session.csrfToken };
    },
  });

  route({
    method: 'DELETE',
    url: '/api/session',
    summary: 'Sign out',
    tag: 'session',
    access: { kind: 'user' },
    duringPasswordChange: true,
    handler: async ({ principal, reply }) => {
      await logout(ctx, principal.user, principal.session.id);
      clearCookie(reply);
    },
  });

  route({
    method: 'PATCH',
    url: '/api/me',
    summary: "Change the signed-in user's preferences (interface language, digits of the Arabic interface)",
    tag: 'session',
    access: { kind: 'user' },
    body: UserPreferencesPatchSchema,
    responses: { 200: z.object({ user: UserSchema }) },
    handler: async ({ principal, body }) => {
      return { user: await setPreferences(ctx, principal.user.id, body) };
    },
  });
}
