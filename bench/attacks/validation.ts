/**
 * Finding 7: both databases must validate alike. Ids beyond a 32-bit integer reach PostgreSQL as an out-of-range
 * error (a 500) unless the edge refuses them; NUL bytes PostgreSQL cannot store; a bulk action with one bad id
 * must change nothing. The id endpoints are read from the server's own OpenAPI document, so a new one is covered
 * the day it is added.
 */
import { randomBytes } from 'node:crypto';
import type { Item } from '#shared/schemas/items.ts';
import type { AttackContext } from './support/context.ts';
import { PASSWORD } from './support/desk.ts';
import {
  expectStatus,
  formatTally,
  freshAddress,
  json,
  request,
  tally,
  type HttpResponse,
} from './support/http.ts';

const MAX_ID = 2_147_483_647;
const TOO_BIG = [MAX_ID + 1, 99_999_999_999];

interface Operation {
  method: string;
  path: string;
}

/** Every operation whose path has an `{id}` parameter. */
async function idOperations(base: string): Promise<Operation[]> {
  const document = json<{ paths: Record<string, Record<string, unknown>> }>(
    await request(base, 'GET', '/api/openapi.json'),
  );
  return Object.entries(document.paths)
    .filter(([path]) => path.includes('{id}'))
    .flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
}

export async function validation(ctx: AttackContext): Promise<void> {
  const { desk, rows } = ctx;
  const base = desk.servers.desk.url;
  const { admin, editor } = desk.sessions;

  await rows.check('7', 'ids above 2^31−1 on every id endpoint (and id query parameters)', async () => {
    const operations = await idOperations(base);
    const responses: Array<[string, HttpResponse]> = [];
    const headers = { 'if-match': '"1"', 'x-edit-tab': 'attack-tab-1' };
    for (const { method, path } of operations)
      for (const id of TOO_BIG) {
        const url = path.replace('{id}', String(id)).replace('{number}', '1').replace('{action}', 'accept');
        const body = method === 'GET' ? undefined : { tabId: 'attack-tab-1' };
        responses.push([
          `${method} ${path}`,
          await admin.request(method, url, { headers, ...(body ? { body } : {}) }),
        ]);
      }
    for (const query of ['/api/items?desk=', '/api/items?assignee=', '/api/users/assignees?desk='])
      for (const id of TOO_BIG) responses.push([`GET ${query}`, await admin.get(`${query}${id}`)]);
    const bad = responses.filter(([, response]) => response.status !== 400 && response.status !== 404);
    return {
      held: bad.length === 0,
      figure:
        `${operations.length} id endpoints + 3 query ids × ${TOO_BIG.length} ids: ${formatTally(tally(responses.map(([, r]) => r)))}` +
        (bad.length
          ? `; wrong: ${bad
              .slice(0, 6)
              .map(([what, r]) => `${what} → ${r.status}`)
              .join(', ')}`
          : ''),
    };
  });

  await rows.check('7', 'NUL bytes in a headline, comment, sign-in and view name', async () => {
    const NUL = '\u0000';
    const results: string[] = [];
    let clean = true;
    const note = (what: string, ok: boolean, detail: string) => {
      clean &&= ok;
      results.push(`${what} ${ok ? 'stripped' : `NOT stripped (${detail})`}`);
    };
    const pushed = await request(base, 'POST', '/api/items', {
      headers: { authorization: desk.token },
      body: {
        source: 'وكالة الأصفار',
        guid: `nul-${randomBytes(3).toString('hex')}`,
        headline: `خبر${NUL} بصفر`,
      },
    });
    note(
      'pushed headline',
      pushed.status === 201 && json<{ item: Item }>(pushed).item.headline === 'خبر بصفر',
      `${pushed.status} ${pushed.body.slice(0, 80)}`,
    );
    const item = json<{ item: Item }>(pushed).item;
    const tab = 'attack-nul-tab';
    await editor.post(`/api/items/${item.id}/lease`, { tabId: tab });
    const edited = await editor.patch(
      `/api/items/${item.id}`,
      { headline: `عنوان${NUL} معدل` },
      { 'if-match': `"${item.version}"`, 'x-edit-tab': tab },
    );
    await editor.delete(`/api/items/${item.id}/lease`, { tabId: tab });
    note(
      'edited headline',
      edited.status === 200 && json<Item>(edited).headline === 'عنوان معدل',
      `${edited.status} ${edited.body.slice(0, 80)}`,
    );
    const comment = await editor.post(`/api/items/${item.id}/comments`, { body: `تعليق${NUL} بصفر` });
    note(
      'comment',
      comment.status === 201 && json<{ body: string }>(comment).body === 'تعليق بصفر',
      `${comment.status} ${comment.body.slice(0, 80)}`,
    );
    const login = await request(base, 'POST', '/api/session', {
      body: { username: `nour${NUL}`, password: PASSWORD },
      localAddress: freshAddress(),
    });
    note('sign-in name', login.status === 200, `${login.status} ${login.body.slice(0, 80)}`);
    const view = await editor.post('/api/views', {
      name: `عرض${NUL} ${randomBytes(2).toString('hex')}`,
      filters: { q: `غاز${NUL}` },
    });
    const saved = view.status === 201 ? json<{ name: string; filters: { q?: string } }>(view) : null;
    note(
      'view name',
      saved !== null && !saved.name.includes(NUL) && saved.filters.q === 'غاز',
      `${view.status} ${view.body.slice(0, 80)}`,
    );
    return { held: clean, figure: results.join('; ') };
  });

  await rows.check('7', 'bulk action with one bad id applies nothing', async () => {
    const [first, second] = [
      await desk.push(base, { headline: 'خبر أول للإجراء الجماعي' }),
      await desk.push(base, { headline: 'خبر ثان للإجراء الجماعي' }),
    ];
    const statuses: number[] = [];
    for (const bad of [MAX_ID + 1, -1, 'abc', 0])
      statuses.push(
        (await editor.post('/api/items/actions/accept', { ids: [first.id, second.id, bad] })).status,
      );
    const states = await Promise.all(
      [first, second].map(
        async (item) =>
          json<Item>(expectStatus(await admin.get(`/api/items/${item.id}`), 'item', 200)).status,
      ),
    );
    return {
      held: statuses.every((status) => status === 400) && states.every((state) => state === 'incoming'),
      figure: `statuses ${statuses.join(', ')} (ids 2^31, -1, "abc", 0 beside two good ones); the good items stay ${states.join(', ')}`,
    };
  });
}
