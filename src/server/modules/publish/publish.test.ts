import { JSDOM } from 'jsdom';
import { beforeAll, expect, it } from 'vitest';
import type { User } from '#shared/schemas/users.ts';
import { describeEachDatabase, type Client } from '../../../test-support/harness.ts';
import { itemInState } from '../../../test-support/wire-items.ts';
import { performAction } from '../workflow/service.ts';

function parseXml(xml: string): Document {
  const { window } = new JSDOM(xml, { contentType: 'application/xml' });
  const error = window.document.querySelector('parsererror');
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return window.document;
}

describeEachDatabase('published output: Atom and ninjs', (env) => {
  let admin: Client;
  let editor: User;
  const published: number[] = [];
  let killed: number;
  let pending: number;

  beforeAll(async () => {
    admin = await env().signIn('publish-admin', ['admin']);
    editor = (await env().signIn('publish-editor', ['editor'])).user;
    for (let n = 0; n < 3; n++) {
      const item = await itemInState(env().ctx, admin.user, 'published', editor);
      published.push(item.id);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const toKill = await itemInState(env().ctx, admin.user, 'published', editor);
    await performAction(env().ctx, admin.user, toKill.id, 'kill', { reason: 'خطأ' });
    killed = toKill.id;
    pending = (await itemInState(env().ctx, admin.user, 'approved', editor)).id;
    // A headline with characters XML cannot carry and markup that must stay text.
    const tricky = await itemInState(env().ctx, admin.user, 'approved', editor);
    await admin.patch(
      `/api/items/${tricky.id}`,
      { headline: 'عنوان <b>&amp;</b> \u0001 \u200F"خاص"' },
      { 'if-match': `"${tricky.version}"` },
    );
    await performAction(env().ctx, admin.user, tricky.id, 'publish', {});
    published.push(tricky.id);
  });

  it('the Atom feed is well-formed Atom in Arabic, newest first, with published items only', async () => {
    const response = await env().app.inject({ method: 'GET', url: '/feeds/published.atom' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/atom+xml');
    const doc = parseXml(response.body);
    const feed = doc.documentElement;
    expect(feed.localName).toBe('feed');
    expect(feed.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(feed.getAttribute('xml:lang')).toBe('ar');
    for (const required of ['id', 'title', 'updated'])
      expect(feed.querySelector(`:scope > ${required}`)).not.toBeNull();
    const entries = [...doc.querySelectorAll('entry')];
    const ids = entries.map((entry) => Number(entry.querySelector('id')!.textContent!.split(':').at(-1)));
    expect(ids).toEqual(published.toReversed());
    expect(ids).not.toContain(killed);
    expect(ids).not.toContain(pending);
    for (const entry of entries) {
      for (const required of ['id', 'title', 'updated', 'published', 'author', 'content']) {
        expect(entry.querySelector(required), required).not.toBeNull();
      }
    }
    const publishedTimes = entries.map((entry) => entry.querySelector('published')!.textContent!);
    expect(publishedTimes).toEqual(publishedTimes.toSorted().toReversed());
    expect(entries[0]!.querySelector('title')!.textContent).toBe('عنوان <b>&amp;</b>  \u200F"خاص"');
  });

  it('ninjs output lists the same items as ninjs 2.x objects', async () => {
    const response = await env().app.inject({ method: 'GET', url: '/api/published' });
    expect(response.statusCode).toBe(200);
    const { items } = response.json();
    expect(items.map((item: { uri: string }) => Number(item.uri.split('/').at(-1)))).toEqual(
      published.toReversed(),
    );
    for (const item of items) {
      expect(item).toMatchObject({ type: 'text', pubstatus: 'usable', language: 'ar' });
      expect(item.headlines[0].role).toBe('main');
      expect(item.bodies[0].contenttype).toBe('text/html');
      expect(item.urgency).toBeGreaterThanOrEqual(1);
      expect(item.urgency).toBeLessThanOrEqual(9);
    }
  });

  it('killing an item takes it out of both outputs', async () => {
    const victim = published[0]!;
    await performAction(env().ctx, admin.user, victim, 'kill', { reason: 'سحب' });
    const atom = (await env().app.inject({ method: 'GET', url: '/feeds/published.atom' })).body;
    expect(atom).not.toContain(`urn:mirsad:item:${victim}<`);
    const ninjs = (await env().app.inject({ method: 'GET', url: '/api/published' })).json();
    expect(ninjs.items.some((item: { uri: string }) => item.uri.endsWith(`/${victim}`))).toBe(false);
  });
});
