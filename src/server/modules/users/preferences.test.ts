import { beforeAll, describe, expect, it } from 'vitest';
import type { Desk, SessionResponse } from '#shared/schemas/users.ts';
import { describeEachDatabase, TEST_PASSWORD, type Client } from '../../../test-support/harness.ts';
import { createUser, ensureDesk } from './service.ts';
import { SYSTEM_ACTOR } from '../events/actors.ts';

/**
 * Language preferences that stick: the login page's language becomes the user's own at the first sign-in and
 * is never overwritten by a later one; the digits of the Arabic interface are the user's own too.
 */
describeEachDatabase('interface preferences (login page language, digits)', (env) => {
  const signIn = async (username: string, locale?: string) => {
    const response = await env().app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username, password: TEST_PASSWORD, ...(locale ? { locale } : {}) },
    });
    return response;
  };
  const newUser = (username: string) =>
    createUser(env().ctx, SYSTEM_ACTOR, { username, roles: ['editor'], password: TEST_PASSWORD });

  it('the login page language becomes the preference at the first sign-in, not at later ones', async () => {
    await newUser('pref-first');
    const first = await signIn('pref-first', 'en');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<SessionResponse>().user.locale).toBe('en');

    const later = await signIn('pref-first', 'ar');
    expect(later.json<SessionResponse>().user.locale).toBe('en');
    const cookie = later.cookies.find((entry) => entry.name === 'mirsad_session')!;
    const session = await env().app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: `mirsad_session=${cookie.value}` },
    });
    expect(session.json<SessionResponse>().user.locale).toBe('en');
  });

  it('a sign-in without a language (a script) chooses nothing; the first one from the login page does', async () => {
    await newUser('pref-script');
    expect((await signIn('pref-script')).json<SessionResponse>().user.locale).toBe('ar');
    expect((await signIn('pref-script', 'en')).json<SessionResponse>().user.locale).toBe('en');
    expect((await signIn('pref-script', 'ar')).json<SessionResponse>().user.locale).toBe('en');
  });

  it('Arabic chosen on the login page sticks as well', async () => {
    await newUser('pref-arabic');
    expect((await signIn('pref-arabic', 'ar')).json<SessionResponse>().user.locale).toBe('ar');
    expect((await signIn('pref-arabic', 'en')).json<SessionResponse>().user.locale).toBe('ar');
  });

  it('a language chosen in the user menu is a choice: the login page never overrides it', async () => {
    const user = await env().signIn('pref-menu', ['editor']);
    const changed = await user.patch('/api/me', { locale: 'en' });
    expect(changed.json().user.locale).toBe('en');
    expect((await signIn('pref-menu', 'ar')).json<SessionResponse>().user.locale).toBe('en');
  });

  it('a login page language that is not one of ours is refused, and nothing is signed in', async () => {
    await newUser('pref-bad');
    const response = await signIn('pref-bad', 'fr');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    expect(response.cookies.find((entry) => entry.name === 'mirsad_session')).toBeUndefined();
  });

  describe('digits of the Arabic interface', () => {
    let user: Client;
    beforeAll(async () => {
      user = await env().signIn('pref-digits', ['editor']);
    });

    it('digits are Latin until chosen; Arabic-Indic digits are saved and kept', async () => {
      expect(user.user.digits).toBe('latn');
      const changed = await user.patch('/api/me', { digits: 'arab' });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json().user).toMatchObject({ digits: 'arab', locale: 'ar' });
      expect((await user.get('/api/session')).json().user.digits).toBe('arab');
      // A new session (another browser) has them too.
      expect((await signIn('pref-digits', 'en')).json<SessionResponse>().user.digits).toBe('arab');
    });

    it('digits and language change together or not at all; bad values are refused with a code', async () => {
      const both = await user.patch('/api/me', { locale: 'en', digits: 'latn' });
      expect(both.json().user).toMatchObject({ locale: 'en', digits: 'latn' });
      for (const body of [
        { digits: 'hindi' },
        { digits: 'arab', locale: 'fr' },
        {},
        { digits: 'arab', theme: 'x' },
      ]) {
        const refused = await user.patch('/api/me', body);
        expect(refused.statusCode, JSON.stringify(body)).toBe(400);
        expect(refused.json().error.code).toBe('validation_failed');
      }
      expect((await user.get('/api/session')).json().user).toMatchObject({ locale: 'en', digits: 'latn' });
    });
  });

  it('desks carry their English name (null when none)', async () => {
    const named = await ensureDesk(env().ctx, 'مكتب الخليج', 'Gulf Desk');
    const plain = await ensureDesk(env().ctx, 'مكتب المغرب العربي');
    const user = await env().signIn('pref-desks', ['editor']);
    const desks = (await user.get('/api/desks')).json<{ desks: Desk[] }>().desks;
    expect(desks.find((desk) => desk.id === named)).toMatchObject({
      name: 'مكتب الخليج',
      nameEn: 'Gulf Desk',
    });
    expect(desks.find((desk) => desk.id === plain)).toMatchObject({ nameEn: null });
  });
});
