import { z } from 'zod';
import { rolesFor } from '#shared/permissions.ts';
import { IdSchema } from '#shared/schemas/common.ts';
import { AssigneeCandidateSchema, DeskSchema, UserCreateSchema, UserSchema } from '#shared/schemas/users.ts';
import type { RouteContext } from '../../http/register.ts';
import { actorOf } from '../events/actors.ts';
import { deskIdsOf, listDesks, listEditorsWithLoad, toUser } from './repository.ts';
import { createUser } from './service.ts';

export function registerUserRoutes({ route, ctx }: RouteContext): void {
  const { db } = ctx.database;

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
    summary: 'All users (admin)',
    tag: 'users',
    access: { kind: 'user', roles: rolesFor('users.manage') },
    responses: { 200: z.object({ users: z.array(UserSchema) }) },
    handler: async () => {
      const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
      return { users: await Promise.all(rows.map(async (row) => toUser(row, await deskIdsOf(db, row.id)))) };
    },
  });

  route({
    method: 'POST',
    url: '/api/users',
    summary: 'Create a user (admin)',
    tag: 'users',
    access: { kind: 'user', roles: rolesFor('users.manage') },
    body: UserCreateSchema,
    responses: { 201: UserSchema },
    handler: async ({ body, principal, reply }) => {
      const user = await createUser(ctx, actorOf(principal), body);
      reply.code(201);
      return user;
    },
  });
}
