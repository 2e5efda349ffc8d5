import { z } from 'zod';
import { rolesFor } from '#shared/permissions.ts';
import { IdSchema } from '#shared/schemas/common.ts';
import {
  AdminUserSchema,
  AssigneeCandidateSchema,
  DeskSchema,
  PasswordChangeSchema,
  PasswordResetResponseSchema,
  ServiceTokenCreateSchema,
  ServiceTokenSchema,
  ServiceTokenSecretSchema,
  UserCreatedSchema,
  UserCreateSchema,
  UserSchema,
  UserUpdateSchema,
} from '#shared/schemas/users.ts';
import type { RouteContext } from '../../http/register.ts';
import { notFound } from '../../http/errors.ts';
import { actorOf } from '../events/actors.ts';
import { listAdminUsers, listDesks, listEditorsWithLoad } from './repository.ts';
import { changeOwnPassword, createUser, resetPassword, setUserDisabled, updateUser } from './service.ts';
import {
  createServiceToken,
  listServiceTokens,
  revokeServiceToken,
  rotateServiceToken,
} from './service-tokens.ts';

const IdParams = z.strictObject({ id: IdSchema });

export function registerUserRoutes({ route, ctx }: RouteContext): void {
  const { db } = ctx.database;
  const readers = rolesFor('users.read');
  const managers = rolesFor('users.manage');

  route({
    method: 'GET',
    url: '/api/users/assignees',
    summary: 'Editors who can be assigned items, with their current load (least loaded first)',
    tag: 'users',
    access: { kind: 'user' },
    query: z.strictObject({ desk: IdSchema.optional() }),
    responses: { 200: z.object({ users: z.array(AssigneeCandidateSchema) }) },
    handler: async ({ query }) => ({ users: await listEditorsWithLoad(db, query.desk) }),
  });

  route({
    method: 'GET',
    url: '/api/desks',
    summary: 'Desks and their members',
    tag: 'users',
    access: { kind: 'user' },
    responses: { 200: z.object({ desks: z.array(DeskSchema) }) },
    handler: async () => ({ desks: await listDesks(db) }),
  });

  route({
    method: 'GET',
    url: '/api/users',
    summary: 'All users with roles, desks, last sign-in and state (admins; desk chiefs read)',
    tag: 'users',
    access: { kind: 'user', roles: readers },
    responses: { 200: z.object({ users: z.array(AdminUserSchema) }) },
    handler: async () => ({ users: await listAdminUsers(db) }),
  });

  route({
    method: 'POST',
    url: '/api/users',
    summary:
      'Create a user (admin). Without a password, a one-time password is generated and answered once; ' +
      'the user must choose their own at first sign-in',
    tag: 'users',
    access: { kind: 'user', roles: managers },
    body: UserCreateSchema,
    responses: { 201: UserCreatedSchema },
    handler: async ({ body, principal, reply }) => {
      const user = await createUser(ctx, actorOf(principal), body);
      reply.code(201);
      return user;
    },
  });

  route({
    method: 'PATCH',
    url: '/api/users/:id',
    summary: "Change a user's roles, desks or display name (admin; the last admin keeps the role)",
    tag: 'users',
    access: { kind: 'user', roles: managers },
    params: IdParams,
    body: UserUpdateSchema,
    responses: { 200: AdminUserSchema },
    handler: async ({ params, body, principal }) => updateUser(ctx, actorOf(principal), params.id, body),
  });

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    route({
      method: 'POST',
      url: `/api/users/:id/${action}`,
      summary:
        action === 'disable'
          ? 'Disable a user (admin): their sessions and open live streams end at once'
          : 'Enable a disabled user again (admin)',
      tag: 'users',
      access: { kind: 'user', roles: managers },
      params: IdParams,
      responses: { 200: AdminUserSchema },
      handler: async ({ params, principal }) => {
        const user = await setUserDisabled(ctx, actorOf(principal), params.id, disabled);
        if (!user) throw notFound('User');
        return user;
      },
    });
  }

  route({
    method: 'POST',
    url: '/api/users/:id/password-reset',
    summary: 'Give a user a new one-time password (admin; answered once); their sessions end',
    tag: 'users',
    access: { kind: 'user', roles: managers },
    params: IdParams,
    responses: { 200: PasswordResetResponseSchema },
    handler: async ({ params, principal }) => resetPassword(ctx, actorOf(principal), params.id),
  });

  route({
    method: 'POST',
    url: '/api/me/password',
    summary: 'Choose your own password (required after signing in with a one-time password)',
    tag: 'session',
    access: { kind: 'user' },
    duringPasswordChange: true,
    body: PasswordChangeSchema,
    responses: { 200: z.object({ user: UserSchema }) },
    handler: async ({ body, principal }) => ({
      user: await changeOwnPassword(
        ctx,
        principal.user,
        principal.session.id,
        body.currentPassword,
        body.newPassword,
      ),
    }),
  });

  route({
    method: 'GET',
    url: '/api/tokens',
    summary: 'Service tokens (admins; desk chiefs read); never their secrets',
    tag: 'users',
    access: { kind: 'user', roles: readers },
    responses: { 200: z.object({ tokens: z.array(ServiceTokenSchema) }) },
    handler: async () => ({ tokens: await listServiceTokens(db) }),
  });

  route({
    method: 'POST',
    url: '/api/tokens',
    summary: 'Create a service token (admin); its secret is answered once',
    tag: 'users',
    access: { kind: 'user', roles: managers },
    body: ServiceTokenCreateSchema,
    responses: { 201: ServiceTokenSecretSchema },
    handler: async ({ body, principal, reply }) => {
      const created = await createServiceToken(ctx, actorOf(principal), body.name);
      reply.code(201);
      return created;
    },
  });

  route({
    method: 'POST',
    url: '/api/tokens/:id/rotate',
    summary: 'Give a service token a new secret (admin; answered once); the old secret stops working',
    tag: 'users',
    access: { kind: 'user', roles: managers },
    params: IdParams,
    responses: { 200: ServiceTokenSecretSchema },
    handler: async ({ params, principal }) => rotateServiceToken(ctx, actorOf(principal), params.id),
  });

  route({
    method: 'DELETE',
    url: '/api/tokens/:id',
    summary: 'Revoke a service token (admin): it stops working at once',
    tag: 'users',
    access: { kind: 'user', roles: managers },
    params: IdParams,
    responses: { 200: ServiceTokenSchema },
    handler: async ({ params, principal }) => revokeServiceToken(ctx, actorOf(principal), params.id),
  });
}
