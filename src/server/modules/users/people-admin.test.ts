import { beforeAll, expect, it } from 'vitest';
import type { MirsadEvent } from '#shared/schemas/events.ts';
import type { AdminUser, ServiceTokenSecret, UserCreated } from '#shared/schemas/users.ts';
import { describeEachDatabase, signInAs, type Client } from '../../../test-support/harness.ts';
import { SseClient } from '../../../test-support/sse-client.ts';
import { SYSTEM_ACTOR } from '../events/actors.ts';
import { ensureDesk, setUserDisabled, updateUser } from './service.ts';

describeEachDatabase(
  'people administration',
  (env) => {
    let admin: Client;
    let chief: Client;
    let editor: Client;
    let reviewer: Client;
    let deskId: number;
    beforeAll(async () => {
      admin = await env().signIn('people-admin', ['admin']);
      chief = await env().signIn('people-chief', ['chief']);
      editor = await env().signIn('people-editor', ['editor']);
      reviewer = await env().signIn('people-reviewer', ['reviewer']);
      deskId = await ensureDesk(env().ctx, 'مكتب آسيا الوسطى');
    });

    const userCount = async () => (await admin.get('/api/users')).json<{ users: AdminUser[] }>().users.length;
    const auditAfter = async (seq: number) =>
      (await admin.get(`/api/events?after=${seq}&limit=1000`)).json<{ events: MirsadEvent[] }>().events;
    const lastSeq = async () => (await auditAfter(0)).at(-1)?.seq ?? 0;
    const push = (secret: string, guid: string) =>
      env().app.inject({
        method: 'POST',
        url: '/api/items',
        headers: { authorization: `Bearer ${secret}` },
        payload: { source: 'روبوت الوكالة', guid, headline: 'خبر من الروبوت' },
      });
    const signInWith = (username: string, password: string) =>
      env().app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });

    it('admins manage people; desk chiefs read the list; editors and reviewers are refused', async () => {
      const list = await chief.get('/api/users');
      expect(list.statusCode).toBe(200);
      const people = list.json<{ users: AdminUser[] }>().users;
      expect(people.find((user) => user.username === 'people-editor')).toMatchObject({
        roles: ['editor'],
        disabled: false,
        mustChangePassword: false,
        lastSignInAt: expect.stringMatching(/^\d{4}-/),
      });
      expect((await chief.get('/api/tokens')).statusCode).toBe(200);
      for (const client of [editor, reviewer]) {
        expect((await client.get('/api/users')).statusCode).toBe(403);
        expect((await client.get('/api/tokens')).statusCode).toBe(403);
      }
      const target = people.find((user) => user.username === 'people-reviewer')!;
      for (const client of [chief, editor, reviewer]) {
        const refusals = [
          await client.post('/api/users', { username: 'not-by-you', roles: ['editor'] }),
          await client.patch(`/api/users/${target.id}`, { roles: ['editor'] }),
          await client.post(`/api/users/${target.id}/disable`),
          await client.post(`/api/users/${target.id}/enable`),
          await client.post(`/api/users/${target.id}/password-reset`),
          await client.post('/api/tokens', { name: 'not-by-you' }),
        ];
        expect(refusals.map((response) => response.statusCode)).toEqual([403, 403, 403, 403, 403, 403]);
      }
      // CSRF as everywhere: the admin's cookie without the token is refused before anything happens.
      const forged = await env().app.inject({
        method: 'POST',
        url: `/api/users/${target.id}/disable`,
        headers: { cookie: admin.cookie },
      });
      expect(forged.statusCode).toBe(403);
      expect(forged.json().error.code).toBe('csrf_failed');
      expect((await admin.get('/api/users')).json<{ users: AdminUser[] }>().users).toContainEqual(
        expect.objectContaining({ id: target.id, disabled: false }),
      );
    });

    it('two admins creating one username at once: one account, and the other a clear 409', async () => {
      const second = await env().signIn('people-admin-2', ['admin']);
      const responses = await Promise.all(
        [admin, second].map((client) =>
          client.post('/api/users', { username: 'nargiza', displayName: 'نرجس', roles: ['editor'] }),
        ),
      );
      expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
      // Refused by the check (one ran after the other) or by the key (both at once): either says what happened.
      const refused = responses.find((response) => response.statusCode === 409)!.json().error.code;
      expect(['user.exists', 'concurrent_change']).toContain(refused);
      const users = (await admin.get('/api/users')).json<{ users: AdminUser[] }>().users;
      expect(users.filter((user) => user.username === 'nargiza')).toHaveLength(1);
    });

    it('a new user signs in with the one-time password and can do nothing but choose their own', async () => {
      const before = await lastSeq();
      const created = await admin.post('/api/users', {
        username: 'Layla',
        displayName: 'ليلى حداد',
        roles: ['editor'],
        deskIds: [deskId],
      });
      expect(created.statusCode, created.body).toBe(201);
      const layla = created.json<UserCreated>();
      expect(layla).toMatchObject({
        username: 'layla',
        displayName: 'ليلى حداد',
        deskIds: [deskId],
        mustChangePassword: true,
        lastSignInAt: null,
      });
      const oneTime = layla.oneTimePassword!;
      expect(oneTime).toMatch(/^(\w{4}-){3}\w{4}$/);
      // Shown once: the list never carries it.
      expect((await admin.get('/api/users')).body).not.toContain(oneTime);

      const signedIn = await signInWith('layla', oneTime);
      expect(signedIn.statusCode).toBe(200);
      expect(signedIn.json().user.mustChangePassword).toBe(true);
      const session = await signInAs(env().app, 'layla', oneTime);
      expect((await session.get('/api/session')).statusCode).toBe(200);
      const blocked = await session.get('/api/items');
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().error.code).toBe('password.change_required');

      const weak = await session.post('/api/me/password', {
        currentPassword: oneTime,
        newPassword: 'layla12345',
      });
      expect(weak.statusCode).toBe(422);
      expect(weak.json().error).toMatchObject({
        code: 'password.weak',
        details: { reason: 'contains_username' },
      });
      const wrong = await session.post('/api/me/password', {
        currentPassword: 'not-the-one-time-password',
        newPassword: 'a strong new passphrase',
      });
      expect(wrong.statusCode).toBe(422);
      expect(wrong.json().error.code).toBe('password.current_wrong');
      expect((await session.get('/api/items')).statusCode).toBe(403);

      const changed = await session.post('/api/me/password', {
        currentPassword: oneTime,
        newPassword: 'a strong new passphrase',
      });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json().user.mustChangePassword).toBe(false);
      expect((await session.get('/api/items')).statusCode).toBe(200);
      expect((await signInWith('layla', oneTime)).statusCode).toBe(401);
      expect((await signInWith('layla', 'a strong new passphrase')).statusCode).toBe(200);

      const events = await auditAfter(before);
      const created1 = events.find((event) => event.type === 'user.created');
      expect(created1).toMatchObject({
        actor: { kind: 'user', id: admin.user.id },
        payload: { username: 'layla' },
      });
      expect(events.find((event) => event.type === 'user.password_changed')).toMatchObject({
        actor: { id: layla.id },
        payload: { userId: layla.id },
      });
      expect(JSON.stringify(events)).not.toContain(oneTime);
      expect(JSON.stringify(events)).not.toContain('a strong new passphrase');
    });

    it('bad input is refused with its own code, and nothing is half-saved', async () => {
      const count = await userCount();
      const refusal = async (body: unknown) => {
        const response = await admin.post('/api/users', body);
        return [response.statusCode, response.json().error?.code];
      };
      expect(await refusal({ username: 'people-editor', roles: ['editor'] })).toEqual([409, 'user.exists']);
      expect(await refusal({ username: 'PEOPLE-EDITOR', roles: ['editor'] })).toEqual([409, 'user.exists']);
      expect(await refusal({ username: 'ليلى', roles: ['editor'] })).toEqual([422, 'user.username_invalid']);
      expect(await refusal({ username: 'has space', roles: ['editor'] })).toEqual([
        422,
        'user.username_invalid',
      ]);
      expect(await refusal({ username: 'omar', roles: ['editor'], password: 'short' })).toEqual([
        422,
        'password.weak',
      ]);
      // The desk is checked inside the transaction that would have created the user: no user is left behind.
      expect(await refusal({ username: 'omar', roles: ['editor'], deskIds: [deskId, 999_999] })).toEqual([
        422,
        'user.unknown_desk',
      ]);
      expect(await refusal({ username: 'omar', roles: [] })).toEqual([400, 'validation_failed']);
      expect(await userCount()).toBe(count);

      const target = (await admin.get('/api/users'))
        .json<{ users: AdminUser[] }>()
        .users.find((user) => user.username === 'people-reviewer')!;
      const badDesk = await admin.patch(`/api/users/${target.id}`, { roles: ['chief'], deskIds: [999_999] });
      expect(badDesk.json().error.code).toBe('user.unknown_desk');
      const after = (await admin.get('/api/users'))
        .json<{ users: AdminUser[] }>()
        .users.find((user) => user.id === target.id)!;
      expect(after.roles).toEqual(['reviewer']);
      expect((await admin.patch(`/api/users/${target.id}`, {})).statusCode).toBe(400);
    });

    it('changes roles and desks, as events; nobody removes their own admin role or the last admin', async () => {
      const before = await lastSeq();
      const second = await env().signIn('people-admin-2', ['admin']);
      const changed = await admin.patch(`/api/users/${second.user.id}`, {
        roles: ['chief', 'editor'],
        deskIds: [deskId],
      });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json()).toMatchObject({ roles: ['chief', 'editor'], deskIds: [deskId] });
      expect((await second.get('/api/users')).statusCode).toBe(200); // now a chief: reads
      expect((await second.post(`/api/users/${admin.user.id}/disable`)).statusCode).toBe(403);

      const own = await admin.patch(`/api/users/${admin.user.id}`, { roles: ['editor'] });
      expect(own.statusCode).toBe(409);
      expect(own.json().error.code).toBe('user.own_admin');
      const self = await admin.post(`/api/users/${admin.user.id}/disable`);
      expect(self.json().error.code).toBe('user.disable_self');
      const ownReset = await admin.post(`/api/users/${admin.user.id}/password-reset`);
      expect(ownReset.statusCode).toBe(409);
      expect(ownReset.json().error.code).toBe('user.reset_self');
      // The admin is still signed in: nothing ended their session.
      expect((await admin.get('/api/users')).statusCode).toBe(200);
      // The CLI goes through the same service: the last enabled admin can neither lose the role nor be disabled.
      await expect(
        updateUser(env().ctx, SYSTEM_ACTOR, admin.user.id, { roles: ['chief'] }),
      ).rejects.toMatchObject({
        code: 'user.last_admin',
      });
      await expect(setUserDisabled(env().ctx, SYSTEM_ACTOR, admin.user.id, true)).rejects.toMatchObject({
        code: 'user.last_admin',
      });
      const still = (await admin.get('/api/users'))
        .json<{ users: AdminUser[] }>()
        .users.find((user) => user.id === admin.user.id)!;
      expect(still).toMatchObject({ roles: ['admin'], disabled: false });

      // With a second admin again, the first may be demoted by the second (and a disabled admin does not count).
      expect((await admin.patch(`/api/users/${second.user.id}`, { roles: ['admin'] })).statusCode).toBe(200);
      expect((await admin.post(`/api/users/${second.user.id}/disable`)).statusCode).toBe(200);
      await expect(
        updateUser(env().ctx, SYSTEM_ACTOR, admin.user.id, { roles: ['chief'] }),
      ).rejects.toMatchObject({
        code: 'user.last_admin',
      });
      expect((await admin.post(`/api/users/${second.user.id}/enable`)).statusCode).toBe(200);

      const events = (await auditAfter(before)).filter((event) => event.type === 'user.updated');
      expect(events.map((event) => event.payload)).toEqual([
        {
          userId: second.user.id,
          fields: ['roles', 'deskIds'],
          roles: ['chief', 'editor'],
          deskIds: [deskId],
        },
        { userId: second.user.id, fields: ['roles'], roles: ['admin'] },
        { userId: second.user.id, fields: ['disabled'], disabled: true },
        { userId: second.user.id, fields: ['disabled'], disabled: false },
      ]);
      expect(events.every((event) => event.actor.id === admin.user.id)).toBe(true);
    });

    it('a new display name is an event of its own (everyone hears it), beside the roles changed with it', async () => {
      const before = await lastSeq();
      const target = await env().signIn('renamed-editor', ['editor']);
      const both = await admin.patch(`/api/users/${target.user.id}`, {
        displayName: '  سارة القاضي ',
        roles: ['reviewer'],
      });
      expect(both.statusCode, both.body).toBe(200);
      expect(both.json()).toMatchObject({ displayName: 'سارة القاضي', roles: ['reviewer'] });
      const nameOnly = await admin.patch(`/api/users/${target.user.id}`, { displayName: 'سارة' });
      expect(nameOnly.statusCode, nameOnly.body).toBe(200);
      const events = (await auditAfter(before)).filter(
        (event) => event.type === 'user.updated' || event.type === 'user.renamed',
      );
      expect(events.map((event) => [event.type, event.payload])).toEqual([
        ['user.updated', { userId: target.user.id, fields: ['roles'], roles: ['reviewer'] }],
        ['user.renamed', { userId: target.user.id, displayName: 'سارة القاضي' }],
        ['user.renamed', { userId: target.user.id, displayName: 'سارة' }],
      ]);
    });

    it('disabling a user ends their open stream and sessions at once; enabling lets them back', async () => {
      const base = await env().app.listen({ port: 0, host: '127.0.0.1' });
      const leaver = await env().signIn('people-leaver', ['editor']);
      const stream = await SseClient.connect(`${base}/api/events/stream`, { cookie: leaver.cookie });
      await stream.waitFor((frames) => frames.some((frame) => frame.event === 'hello'));
      const disabled = await admin.post(`/api/users/${leaver.user.id}/disable`);
      expect(disabled.json()).toMatchObject({ disabled: true });
      await stream.waitFor(
        (frames) => stream.closed && frames.some((frame) => frame.event === 'unauthorized'),
      );
      expect((await leaver.get('/api/session')).statusCode).toBe(401);
      expect((await signInWith('people-leaver', 'correct horse battery')).statusCode).toBe(401);
      await admin.post(`/api/users/${leaver.user.id}/enable`);
      expect((await signInWith('people-leaver', 'correct horse battery')).statusCode).toBe(200);
    });

    it('a password reset ends the sessions and hands out a new one-time password', async () => {
      const forgetful = await env().signIn('people-forgetful', ['editor']);
      const reset = await admin.post(`/api/users/${forgetful.user.id}/password-reset`);
      expect(reset.statusCode).toBe(200);
      const { oneTimePassword, user } = reset.json<{ oneTimePassword: string; user: AdminUser }>();
      expect(user.mustChangePassword).toBe(true);
      expect((await forgetful.get('/api/session')).statusCode).toBe(401);
      expect((await signInWith('people-forgetful', 'correct horse battery')).statusCode).toBe(401);
      const session = await signInAs(env().app, 'people-forgetful', oneTimePassword);
      expect((await session.get('/api/items')).json().error.code).toBe('password.change_required');
      const events = await auditAfter(0);
      expect(events.filter((event) => event.type === 'user.password_reset').at(-1)).toMatchObject({
        actor: { id: admin.user.id },
        payload: { userId: forgetful.user.id },
      });
    });

    it('service tokens: created, rotated (the old secret stops working) and revoked, each an event', async () => {
      const before = await lastSeq();
      const created = await admin.post('/api/tokens', { name: 'wire-bot' });
      expect(created.statusCode).toBe(201);
      const first = created.json<ServiceTokenSecret>();
      expect(first.secret).toMatch(/^mirsad_/);
      expect((await push(first.secret, 'bot-1')).statusCode).toBe(201);
      expect((await admin.post('/api/tokens', { name: 'wire-bot' })).json().error.code).toBe('token.exists');

      const rotated = (await admin.post(`/api/tokens/${first.token.id}/rotate`)).json<ServiceTokenSecret>();
      expect(rotated.secret).not.toBe(first.secret);
      expect((await push(first.secret, 'bot-2')).statusCode).toBe(401);
      expect((await push(rotated.secret, 'bot-3')).statusCode).toBe(201);

      const revoked = await admin.request('DELETE', `/api/tokens/${first.token.id}`);
      expect(revoked.json().revokedAt).toMatch(/^\d{4}-/);
      expect((await push(rotated.secret, 'bot-4')).statusCode).toBe(401);
      expect((await admin.post(`/api/tokens/${first.token.id}/rotate`)).json().error.code).toBe(
        'token.revoked',
      );
      const listed = (await chief.get('/api/tokens')).body;
      expect(listed).toContain('wire-bot');
      expect(listed).not.toContain(rotated.secret);

      const events = (await auditAfter(before)).filter((event) => event.type.startsWith('user.token_'));
      expect(events.map((event) => event.type)).toEqual([
        'user.token_created',
        'user.token_rotated',
        'user.token_revoked',
      ]);
      expect(JSON.stringify(events)).not.toContain(rotated.secret);
    });
  },
  { stream: { heartbeatMs: 3_600_000 } },
);
