import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase, type Client } from '../../../test-support/harness.ts';

describeEachDatabase('flash alert settings (GET|PATCH /api/me/alert-settings)', (env) => {
  let editor: Client;
  let reviewer: Client;
  beforeAll(async () => {
    editor = await env().signIn('alerts-editor', ['editor']);
    reviewer = await env().signIn('alerts-reviewer', ['reviewer']);
  });

  it('are off until the user turns them on', async () => {
    const response = await editor.get('/api/me/alert-settings');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ sound: false, desktop: false });
  });

  it('change only the switches sent, for this user only, and are remembered', async () => {
    const sound = await editor.patch('/api/me/alert-settings', { sound: true });
    expect(sound.statusCode, sound.body).toBe(200);
    expect(sound.json()).toEqual({ sound: true, desktop: false });
    const desktop = await editor.patch('/api/me/alert-settings', { desktop: true });
    expect(desktop.json()).toEqual({ sound: true, desktop: true });
    expect((await editor.get('/api/me/alert-settings')).json()).toEqual({ sound: true, desktop: true });
    // Another user's are their own.
    expect((await reviewer.get('/api/me/alert-settings')).json()).toEqual({ sound: false, desktop: false });
    const off = await editor.patch('/api/me/alert-settings', { sound: false });
    expect(off.json()).toEqual({ sound: false, desktop: true });
  });

  it('refuse bad input with a validation error and change nothing', async () => {
    const before = (await reviewer.get('/api/me/alert-settings')).json();
    for (const body of [{}, { sound: 'yes' }, { desktop: true, volume: 11 }, { userId: 1, sound: true }]) {
      const response = await reviewer.patch('/api/me/alert-settings', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
    }
    expect((await reviewer.get('/api/me/alert-settings')).json()).toEqual(before);
  });

  it('need a signed-in user, and the CSRF token to change', async () => {
    const anonymous = await env().app.inject({ method: 'GET', url: '/api/me/alert-settings' });
    expect(anonymous.statusCode).toBe(401);
    const forged = await env().app.inject({
      method: 'PATCH',
      url: '/api/me/alert-settings',
      headers: { cookie: reviewer.cookie },
      payload: { sound: true },
    });
    expect(forged.statusCode).toBe(403);
    expect((await reviewer.get('/api/me/alert-settings')).json().sound).toBe(false);
  });
});
