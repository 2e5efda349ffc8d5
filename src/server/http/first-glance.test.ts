import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIRST_GLANCE_ROWS } from '#shared/first-glance.ts';
import { listPageQuery } from '#shared/queue-page.ts';
import { describeEachDatabase, signInAs } from '../../test-support/harness.ts';
import { SYSTEM_ACTOR } from '../modules/events/actors.ts';
import { createUser } from '../modules/users/service.ts';
import { queueViewOf } from './first-glance.ts';
import { ROOT } from '../../test-support/server-process.ts';

// A served directory as the build makes it: the page, and the glance's renderer built from the client's source
// by the same configuration (scripts/build.mjs), which the server loads from `ssr/`.
const dir = mkdtempSync(join(tmpdir(), 'mirsad-first-glance-'));
const PAGE =
  '<!doctype html>\n<html lang="ar" dir="rtl">\n<head><title>مرصد</title></head>\n<body>\n<div id="root"></div>\n<script type="module" src="/assets/index.js"></script>\n</body>\n</html>\n';
writeFileSync(join(dir, 'index.html'), PAGE);
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'assets', 'index.js'), '');

beforeAll(async () => {
  // As scripts/build.mjs runs it: the test runner's NODE_ENV would make React's development JSX.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(ROOT, 'vite.config.ts'),
      root: ROOT,
      logLevel: 'silent',
      build: { ssr: 'src/client/first-glance.tsx', outDir: join(dir, 'ssr'), sourcemap: false },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Markup in a wire headline: ingest keeps its text, and the page must show that text, not make elements of it. */
const HOSTILE = '<b>عاجل</b>: سعر النفط < 80 & "الذهب" > 2000 <img src=x onerror=alert(1)>';

describeEachDatabase(
  'the queue’s first glance in the page for /',
  (env) => {
    const html = { accept: 'text/html' };
    /** The page for `url` as a browser asks for it, with these headers besides (a cookie, an encoding…). */
    const openPage = (url: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET') =>
      env().app.inject({ method, url, headers: { ...html, ...headers } });

    beforeAll(async () => {
      const authorization = await env().serviceToken();
      const headlines = ['أذربيجان تستضيف مؤتمر المناخ', 'أوزبكستان تفتتح خط شحن جديداً', HOSTILE];
      for (const [at, headline] of headlines.entries()) {
        const response = await env().app.inject({
          method: 'POST',
          url: '/api/items',
          headers: { authorization },
          payload: { source: 'agency-g', guid: `glance-${at}`, headline },
        });
        expect(response.statusCode, response.body).toBe(201);
      }
    });

    it('puts a signed-in editor’s first rows into the page, newest first, as text, never to be cached', async () => {
      const editor = await env().signIn('glance-editor', ['editor']);
      const page = await openPage('/', { cookie: editor.cookie });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['cache-control']).toBe('private, no-store');
      expect(page.headers.vary).toBe('cookie, accept-encoding');
      // The security headers every page has, and the first page still preloaded for the desk.
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.headers.link).toContain('/api/items?collapse=true');
      const body = page.body;
      expect(body).toContain('<html lang="ar" dir="rtl">');
      expect(body).toContain('<script type="module" src="/assets/index.js"></script>');
      // The rows are the desk's first page, in its order, each headline as the API gives it, as text.
      const first = (
        await editor.get(`/api/items?${listPageQuery(queueViewOf('/')!, null, FIRST_GLANCE_ROWS)}`)
      ).json<{
        items: Array<{ headline: string }>;
      }>();
      expect(first.items).toHaveLength(3);
      const document = new JSDOM(body).window.document;
      expect(document.querySelector('[data-testid=first-glance]')).not.toBeNull();
      const headlines = [...document.querySelectorAll('[data-testid=queue-glance-row] h3 a')].map(
        (link) => link.textContent,
      );
      expect(headlines).toEqual(first.items.map((item) => item.headline));
      expect(headlines).toContain(first.items.find((item) => item.headline.includes('النفط'))!.headline);
      expect(document.querySelectorAll('#root img')).toHaveLength(1); // the logo
      expect(document.querySelector('#root b, #root script')).toBeNull();
    });

    it('shows the view the address names, as the desk reads it', async () => {
      const editor = await env().signIn('glance-editor', ['editor']);
      const page = await openPage('/?country=UZ&collapse=false&colour=red', { cookie: editor.cookie });
      // What the desk itself asks for on that address (its first page, 30 rows of it).
      const view = queueViewOf('/?country=UZ&collapse=false&colour=red')!;
      const expected = (await editor.get(`/api/items?${listPageQuery(view, null, FIRST_GLANCE_ROWS)}`)).json<{
        items: Array<{ headline: string }>;
      }>();
      expect(expected.items.map((item) => item.headline)).toEqual(['أوزبكستان تفتتح خط شحن جديداً']);
      const headlines = [
        ...new JSDOM(page.body).window.document.querySelectorAll('[data-testid=queue-glance-row] h3 a'),
      ].map((link) => link.textContent);
      expect(headlines).toEqual(expected.items.map((item) => item.headline));
    });

    it('is compressed as the browser accepts it', async () => {
      const editor = await env().signIn('glance-editor', ['editor']);
      const asked = async (acceptEncoding: string) =>
        openPage('/', { cookie: editor.cookie, 'accept-encoding': acceptEncoding });
      const plain = (await asked('identity')).body;
      expect(plain).toContain('queue-glance-row');
      const brotli = await asked('gzip, deflate, br');
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(plain);
      expect(brotli.rawPayload.length).toBeLessThan(plain.length / 3);
      const gzip = await asked('br;q=0, gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain);
      expect((await asked('identity')).headers['content-encoding']).toBeUndefined();
    });

    it('speaks the user’s language: an English user gets an English page', async () => {
      const reader = await env().signIn('glance-english', ['editor']);
      expect((await reader.patch('/api/me', { locale: 'en' })).statusCode).toBe(200);
      const page = await openPage('/', { cookie: reader.cookie });
      expect(page.body).toContain('<html lang="en" dir="ltr">');
      expect(page.body).toContain('>Queue</h1>');
    });

    it('sends the page as built to anyone not signed in, to another view, and when the glance cannot be made', async () => {
      const editor = await env().signIn('glance-editor', ['editor']);
      const asBuilt = async (url: string, cookie?: string) => {
        const page = await openPage(url, cookie ? { cookie } : {});
        expect(page.statusCode, url).toBe(200);
        expect(page.body, url).toBe(PAGE);
        expect(page.headers['cache-control'], url).toBe('no-cache');
      };
      await asBuilt('/');
      await asBuilt('/', 'mirsad_session=not-a-session');
      // A search runs under the desk's search allowance, not here; other pages are the desk's.
      await asBuilt('/?q=النفط', editor.cookie);
      await asBuilt('/items/1', editor.cookie);
      // An address far longer than any view (its query is not even read), and HEAD (headers only).
      await asBuilt(`/?${'country=KZ&'.repeat(300)}`, editor.cookie);
      const head = await openPage('/', { cookie: editor.cookie }, 'HEAD');
      expect(head.statusCode).toBe(200);
      expect(head.headers['cache-control']).toBe('no-cache');
      // A service token is not a reader of the desk; nor is a user who must first choose a password.
      const authorization = await env().serviceToken();
      const token = await openPage('/', { authorization, cookie: editor.cookie });
      expect(token.body).toBe(PAGE);
      const created = await createUser(env().ctx, SYSTEM_ACTOR, {
        username: 'glance-new',
        roles: ['editor'],
      });
      const newcomer = await signInAs(env().app, 'glance-new', created.oneTimePassword);
      await asBuilt('/', newcomer.cookie);
      // Signed out: the session is gone, so is the glance.
      expect((await editor.request('DELETE', '/api/session')).statusCode).toBe(204);
      await asBuilt('/', editor.cookie);
      // No renderer (a build without it, or one being replaced): the page as built, and nothing else breaks.
      const again = await env().signIn('glance-editor', ['editor']);
      renameSync(join(dir, 'ssr'), join(dir, 'ssr-away'));
      try {
        await asBuilt('/', again.cookie);
      } finally {
        renameSync(join(dir, 'ssr-away'), join(dir, 'ssr'));
      }
      expect((await openPage('/', { cookie: again.cookie })).body).toContain('queue-glance-row');
    });

    it('never serves the renderer itself', async () => {
      const response = await env().app.inject({ method: 'GET', url: '/ssr/first-glance.js' });
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('renderFirstGlance');
    });
  },
  // A budget no test machine's load reaches: these tests are about what the glance shows, not how fast.
  { env: { STATIC_DIR: dir, FIRST_GLANCE_BUDGET_MS: '60000' } },
);
