/**
 * Finding 2: an agency pushes the same source + guid again after the story was published. What readers get (the
 * Atom feed, ninjs) must stay the published text; the agency's copy is kept aside and the story flagged.
 */
import { randomBytes } from 'node:crypto';
import type { Item } from '#shared/schemas/items.ts';
import type { AttackContext } from './support/context.ts';
import { expectStatus, json, request } from './support/http.ts';

export async function wireUpdates({ desk, rows }: AttackContext): Promise<void> {
  const base = desk.servers.desk.url;
  await rows.check('2', 'agency re-sends a published item (same source+guid)', async () => {
    const tag = randomBytes(4).toString('hex');
    const guid = `published-${tag}`;
    const source = 'وكالة التحديثات';
    const published = `النص المنشور ${tag}: اتفاق تجاري بين العراق وتركيا`;
    const agency = `نسخة الوكالة المعدلة ${tag}: العراق وتركيا يؤجلان الاتفاق`;
    const item = await desk.push(base, {
      source,
      guid,
      headline: published,
      body: `<p>متن منشور ${tag}</p>`,
    });
    const admin = desk.sessions.admin;
    for (const [action, body] of [
      ['accept', {}],
      ['assign', { assignee: desk.sessions.editor.user.id }],
      ['submit', {}],
      ['approve', {}],
      ['publish', {}],
    ] as const)
      expectStatus(await admin.post(`/api/items/${item.id}/actions/${action}`, body), action, 200);

    const update = await request(base, 'POST', '/api/items', {
      headers: { authorization: desk.token },
      body: { source, guid, headline: agency, body: `<p>متن الوكالة الجديد ${tag}</p>` },
    });
    const atom = (await request(base, 'GET', '/feeds/published.atom?limit=200')).body;
    const ninjs = json<{ items: Array<{ uri: string }> }>(
      await request(base, 'GET', '/api/published?limit=200'),
    );
    const ours = JSON.stringify(
      ninjs.items.find((entry) => entry.uri.endsWith(`/api/published/${item.id}`)) ?? {},
    );
    const after = json<Item>(await admin.get(`/api/items/${item.id}`));
    const copies = json<{ copies: unknown[] }>(await admin.get(`/api/items/${item.id}/wire-copies`)).copies;

    const atomKeeps = atom.includes(published) && !atom.includes(agency);
    const ninjsKeeps = ours.includes(published) && !ours.includes(agency);
    return {
      held:
        update.status < 500 &&
        atomKeeps &&
        ninjsKeeps &&
        after.wireUpdate !== null &&
        after.headline === published,
      figure:
        `re-push ${update.status} ${update.status < 300 ? json<{ outcome: string }>(update).outcome : update.body.slice(0, 120)}; ` +
        `Atom keeps published text: ${atomKeeps ? 'yes' : 'NO'}; ninjs: ${ninjsKeeps ? 'yes' : 'NO'}; ` +
        `story headline unchanged: ${after.headline === published ? 'yes' : 'NO'}; wireUpdate=${after.wireUpdate}; ` +
        `${copies.length} wire copies kept`,
    };
  });
}
