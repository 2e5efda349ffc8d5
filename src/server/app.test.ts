import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DEFAULT_QUEUE_VIEW, listPageQuery } from '#shared/queue-page.ts';
import { buildApp } from './app.ts';
import { describeEachDatabase, testConfig } from '../test-support/harness.ts';

describeEachDatabase('health and API description', (env) => {
  it('/healthz answers while the process is up; /readyz checks the database and migrations', async () => {
    expect((await env().app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await env().app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', database: env().dialect });
  });

  it('documents every API route in OpenAPI generated from the zod schemas', async () => {
    const response = await env().app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    for (const [path, method] of [
      ['/api/items', 'get'],
      ['/api/items/facets', 'get'],
      ['/api/items/{id}', 'patch'],
      ['/api/items/{id}/actions/{action}', 'post'],
      ['/api/session', 'post'],
      ['/api/items', 'post'],
      ['/feeds/published.atom', 'get'],
    ] as const) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
    const list = doc.paths['/api/items'].get;
    expect(list.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(
      expect.arrayContaining([
        'status',
        'country',
        'region',
        'topic',
        'q',
        'assignee',
        'desk',
        'since',
        'cursor',
        'limit',
      ]),
    );
    const patch = doc.paths['/api/items/{id}'].patch.requestBody.content['application/json'].schema;
    expect(Object.keys(patch.properties)).toEqual(
      expect.arrayContaining(['headline', 'countries', 'topics', 'urgency']),
    );
  });

  it('unknown API paths are a JSON 404', async () => {
    const response = await env().app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});

it('serves the app at / to plain clients (no Accept-Encoding) and to browsers, and at client routes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mirsad-client-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Mirsad</title>');
  const config = testConfig(`sqlite:${join(dir, 'app.db')}`, { STATIC_DIR: dir });
  const { app } = await buildApp({ config, logger: false });
  try {
    for (const headers of [{}, { accept: 'text/html', 'accept-encoding': 'gzip, deflate, br' }]) {
      const root = await app.inject({ method: 'GET', url: '/', headers });
      expect(root.statusCode, JSON.stringify(headers)).toBe(200);
      expect(root.body).toContain('<title>Mirsad</title>');
    }
    const route = await app.inject({ method: 'GET', url: '/items/5', headers: { accept: 'text/html' } });
    expect(route.statusCode).toBe(200);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

it('tells a signed-in browser opening the queue to preload its first page, the page the client asks for', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mirsad-client-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Mirsad</title>');
  const config = testConfig(`sqlite:${join(dir, 'app.db')}`, { STATIC_DIR: dir });
  const { app } = await buildApp({ config, logger: false });
  try {
    const html = { accept: 'text/html' };
    const signedIn = await app.inject({
      method: 'GET',
      url: '/',
      headers: html,
      cookies: { mirsad_session: 'x' },
    });
    // The query the client builds for the view a bare `/` shows (its filters.test.ts checks that view).
    const firstPage = `/api/items?${listPageQuery(DEFAULT_QUEUE_VIEW, null)}`;
    expect(firstPage).toBe('/api/items?collapse=true&sort=newest&limit=50');
    expect(signedIn.headers.link).toBe(`<${firstPage}>; rel=preload; as=fetch; crossorigin`);
    // Another view: its own first page, as the client reads the view from the address (the grouping written out).
    const kazakhstan = await app.inject({
      method: 'GET',
      url: '/?country=KZ&colour=red',
      headers: html,
      cookies: { mirsad_session: 'x' },
    });
    expect(kazakhstan.headers.link).toBe(
      '</api/items?country=KZ&collapse=true&sort=newest&limit=50>; rel=preload; as=fetch; crossorigin',
    );
    // Nobody signed in (the login page follows), or another page: nothing to preload.
    for (const [url, cookies] of [
      ['/', {}],
      ['/items/5/edit', { mirsad_session: 'x' }],
    ] as const) {
      const response = await app.inject({ method: 'GET', url, headers: html, cookies });
      expect(response.statusCode).toBe(200);
      expect(response.headers.link, url).toBeUndefined();
    }
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
