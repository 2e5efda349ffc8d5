import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase, type Client } from '../../../test-support/harness.ts';

// A 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

let agency: Server;
let base = '';
let requests = 0;

beforeAll(async () => {
  agency = createServer((request, response) => {
    requests++;
    if (request.url === '/photo.png') {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end(PNG);
    } else {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<script>alert(1)</script>');
    }
  });
  await new Promise<void>((resolve) => agency.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(agency.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => agency.close(() => resolve())));

const proxied = (url: string) => `/api/images?url=${encodeURIComponent(url)}`;

describeEachDatabase('wire images through the server', (env) => {
  let editor: Client;
  beforeAll(async () => {
    editor = await env().signIn('images-editor', ['editor']);
  });

  it('serves an image from its address, once, then from the cache', async () => {
    const before = requests;
    const first = await editor.get(proxied(`${base}/photo.png`));
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('image/png');
    expect(first.rawPayload.equals(PNG)).toBe(true);
    expect((await editor.get(proxied(`${base}/photo.png`))).statusCode).toBe(200);
    expect(requests - before).toBe(1);
  });

  it('refuses what is not an image, and anyone not signed in', async () => {
    const page = await editor.get(proxied(`${base}/page.html`));
    expect(page.statusCode).toBe(415);
    expect(page.json().error.code).toBe('image.not_an_image');
    const anonymous = await env().app.inject({ method: 'GET', url: proxied(`${base}/photo.png`) });
    expect(anonymous.statusCode).toBe(401);
    expect((await editor.get(proxied('javascript:alert(1)'))).statusCode).toBe(400);
    // Not an address at all: a clear 400, not a 500.
    for (const url of ['foo', '', 'http://a%b/'])
      expect((await editor.get(proxied(url))).json().error.code, url).toBe('validation_failed');
  });
});

describeEachDatabase(
  'wire images behind the address guard',
  (env) => {
    it('never fetches a private address when the guard is on', async () => {
      const editor = await env().signIn('guarded-editor', ['editor']);
      const before = requests;
      const response = await editor.get(proxied(`${base}/photo.png`));
      expect(response.statusCode).toBe(502);
      expect(response.json().error).toMatchObject({
        code: 'image.unavailable',
        details: { reason: 'feed.address_refused' },
      });
      expect(requests).toBe(before);
    });
  },
  { env: { FEED_ALLOW_PRIVATE: '0' } },
);
