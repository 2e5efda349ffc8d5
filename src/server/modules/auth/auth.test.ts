import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase, signInAs, TEST_PASSWORD, type Client } from '../../../test-support/harness.ts';
import { hashPassword, needsRehash } from './passwords.ts';
import { ADDRESS_ATTEMPTS_PER_HOUR, delayAfter, MAX_DELAY_MS, PAIR_FREE_ATTEMPTS } from './throttle.ts';

/** The suite's clock: throttling delays pass when a test moves it. */
let now = Date.UTC(2026, 10, 21, 9);

describeEachDatabase(
  'sessions, CSRF and service tokens',
  (env) => {
    let editor: Client;
    beforeAll(async () => {
      editor = await env().signIn('auth-editor', ['editor']);
    });

    it('login sets an HttpOnly SameSite cookie and answers {user, csrfToken}', async () => {
      const response = await env().app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'auth-editor', password: TEST_PASSWORD },
      });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.user).toMatchObject({ username: 'auth-editor', roles: ['editor'] });
      expect(body.user).not.toHaveProperty('passwordHash');
      expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
      const cookie = response.cookies.find((entry) => entry.name === 'mirsad_session')!;
      expect(cookie.httpOnly).toBe(true);
      expect(cookie.sameSite).toBe('Lax');
      expect(cookie.path).toBe('/');
    });

    it('GET /api/session answers the user and the same CSRF token', async () => {
      const response = await editor.get('/api/session');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        user: { username: 'auth-editor' },
        csrfToken: editor.csrfToken,
      });
      expect((await env().app.inject({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
    });

    it('wrong password and unknown user get the same generic 401', async () => {
      const wrong = await env().app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'auth-editor', password: 'nope-nope' },
        remoteAddress: '10.0.0.1',
      });
      const unknown = await env().app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'nobody-here', password: 'nope-nope' },
        remoteAddress: '10.0.0.1',
      });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual(unknown.json());
    });

    const attempt = (username: string, password: string, remoteAddress: string) =>
      env().app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username, password },
        remoteAddress,
      });

    it(`after ${PAIR_FREE_ATTEMPTS} failures from one address, that address waits; the right password elsewhere works`, async () => {
      await env().signIn('auth-throttled', ['editor']);
      for (let n = 0; n < PAIR_FREE_ATTEMPTS; n++)
        expect((await attempt('auth-throttled', 'wrong-password', '10.1.0.1')).statusCode).toBe(401);
      const blocked = await attempt('auth-throttled', TEST_PASSWORD, '10.1.0.1');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.code).toBe('too_many_attempts');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      // The real user, at another address, is not locked out.
      expect((await attempt('auth-throttled', TEST_PASSWORD, '10.1.9.9')).statusCode).toBe(200);
    });

    it('the delay grows with each failure and lets the next attempt through once it has passed', async () => {
      await env().signIn('auth-delayed', ['editor']);
      for (let n = 0; n < PAIR_FREE_ATTEMPTS; n++) await attempt('auth-delayed', 'wrong', '10.5.0.1');
      expect((await attempt('auth-delayed', 'wrong', '10.5.0.1')).statusCode).toBe(429);
      now += delayAfter(PAIR_FREE_ATTEMPTS) + 1;
      expect((await attempt('auth-delayed', 'wrong', '10.5.0.1')).statusCode).toBe(401);
      const waiting = await attempt('auth-delayed', TEST_PASSWORD, '10.5.0.1');
      expect(waiting.statusCode).toBe(429);
      expect(Number(waiting.headers['retry-after'])).toBeGreaterThan(delayAfter(PAIR_FREE_ATTEMPTS) / 1000);
      now += MAX_DELAY_MS;
      expect((await attempt('auth-delayed', TEST_PASSWORD, '10.5.0.1')).statusCode).toBe(200);
    });

    it('concurrent guesses are counted before they are checked: fifty at once, at most the free ones checked', async () => {
      await env().signIn('auth-raced', ['editor']);
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => attempt('auth-raced', 'wrong-password', '10.6.0.1')),
      );
      const checked = responses.filter((response) => response.statusCode === 401).length;
      expect(checked).toBeLessThanOrEqual(PAIR_FREE_ATTEMPTS);
      expect(responses.filter((response) => response.statusCode === 429)).toHaveLength(50 - checked);
      // Every refused or failed attempt is in the audit trail.
      const failures = await env()
        .ctx.database.db.selectFrom('events')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('type', '=', 'auth.failed')
        .where('payload', 'like', '%auth-raced%')
        .executeTakeFirstOrThrow();
      expect(Number(failures.n)).toBe(50);
    });

    it(`one address gets ${ADDRESS_ATTEMPTS_PER_HOUR} attempts an hour over all accounts`, async () => {
      for (let n = 0; n < ADDRESS_ATTEMPTS_PER_HOUR; n++)
        await attempt(`guess-${n}`, 'wrong-password', '10.2.0.1');
      expect((await attempt('auth-editor', TEST_PASSWORD, '10.2.0.1')).statusCode).toBe(429);
      expect((await attempt('auth-editor', TEST_PASSWORD, '10.2.0.2')).statusCode).toBe(200);
    });

    it(`a newsroom behind one address signs in more than ${ADDRESS_ATTEMPTS_PER_HOUR} times an hour: only failures count`, async () => {
      for (let n = 0; n < ADDRESS_ATTEMPTS_PER_HOUR + 20; n++)
        expect((await attempt('auth-editor', TEST_PASSWORD, '10.3.0.1')).statusCode).toBe(200);
      // The allowance is still there for mistakes.
      expect((await attempt('auth-nobody', 'wrong-password', '10.3.0.1')).statusCode).toBe(401);
    });

    it('signing in again ends the session the browser had (rotation)', async () => {
      const first = await signInAs(env().app, 'auth-editor');
      const again = await env().app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'auth-editor', password: TEST_PASSWORD },
        headers: { cookie: first.cookie },
      });
      expect(again.statusCode).toBe(200);
      expect((await first.get('/api/session')).statusCode).toBe(401);
    });

    it('a hash made with weaker parameters is upgraded at sign-in', async () => {
      await env().signIn('auth-old-hash', ['editor']);
      const { db } = env().ctx.database;
      await db
        .updateTable('users')
        .set({ password_hash: await hashPassword(TEST_PASSWORD, 10) })
        .where('username', '=', 'auth-old-hash')
        .execute();
      expect((await attempt('auth-old-hash', TEST_PASSWORD, '10.7.0.1')).statusCode).toBe(200);
      const row = await db
        .selectFrom('users')
        .select('password_hash')
        .where('username', '=', 'auth-old-hash')
        .executeTakeFirstOrThrow();
      expect(needsRehash(row.password_hash, env().ctx.config.passwordHashCost)).toBe(false);
      expect(row.password_hash.split('$')[1]).toBe(String(2 ** env().ctx.config.passwordHashCost));
    });

    it('a state-changing request with the cookie but without the CSRF token is refused (403) and changes nothing', async () => {
      const response = await env().app.inject({
        method: 'PATCH',
        url: '/api/me',
        headers: { cookie: editor.cookie },
        payload: { locale: 'en' },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('csrf_failed');
      const wrongToken = await editor.request('PATCH', '/api/me', {
        body: { locale: 'en' },
        headers: { 'x-csrf-token': 'forged' },
      });
      expect(wrongToken.statusCode).toBe(403);
      expect((await editor.get('/api/session')).json().user.locale).toBe('ar');
    });

    it('a foreign Origin is refused even with the right token; the own origin passes', async () => {
      const foreign = await editor.request('PATCH', '/api/me', {
        body: { locale: 'en' },
        headers: { origin: 'https://evil.example' },
      });
      expect(foreign.statusCode).toBe(403);
      expect(foreign.json().error.code).toBe('origin_refused');
      const crossSite = await editor.request('PATCH', '/api/me', {
        body: { locale: 'en' },
        headers: { 'sec-fetch-site': 'cross-site' },
      });
      expect(crossSite.statusCode).toBe(403);
      const own = await editor.request('PATCH', '/api/me', {
        body: { locale: 'en' },
        headers: { origin: 'http://localhost:80', host: 'localhost:80' },
      });
      expect(own.statusCode, own.body).toBe(200);
      expect(own.json().user.locale).toBe('en');
    });

    it('login from a foreign origin is refused (login CSRF)', async () => {
      const response = await env().app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { origin: 'https://evil.example' },
        payload: { username: 'auth-editor', password: TEST_PASSWORD },
      });
      expect(response.statusCode).toBe(403);
    });

    it('logout ends the session server-side', async () => {
      const session = await signInAs(env().app, 'auth-editor');
      expect((await session.request('DELETE', '/api/session')).statusCode).toBe(204);
      expect((await session.get('/api/session')).statusCode).toBe(401);
      expect((await session.get('/api/items')).statusCode).toBe(401);
    });

    it('a service token ingests without cookie or CSRF token, and may do nothing else', async () => {
      const authorization = await env().serviceToken();
      const ingest = await env().app.inject({
        method: 'POST',
        url: '/api/items',
        headers: { authorization },
        payload: { source: 'bot', guid: 'tok-1', headline: 'خبر من الروبوت' },
      });
      expect(ingest.statusCode, ingest.body).toBe(201);
      const read = await env().app.inject({ method: 'GET', url: '/api/items', headers: { authorization } });
      expect(read.statusCode).toBe(403);
      const forged = await env().app.inject({
        method: 'POST',
        url: '/api/items',
        headers: { authorization: 'Bearer mirsad_forged' },
        payload: { source: 'bot', headline: 'x' },
      });
      expect(forged.statusCode).toBe(401);
    });

    it('editors may not ingest; admins may', async () => {
      const denied = await editor.post('/api/items', { source: 'hand', headline: 'خبر' });
      expect(denied.statusCode).toBe(403);
      const admin = await env().signIn('auth-admin', ['admin']);
      expect((await admin.post('/api/items', { source: 'hand', headline: 'خبر يدوي' })).statusCode).toBe(201);
    });

    it('responses carry security headers and a strict CSP', async () => {
      const response = await env().app.inject({ method: 'GET', url: '/healthz' });
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBeDefined();
      expect(response.headers['x-request-id']).toBeDefined();
    });
  },
  { now: () => now },
);
