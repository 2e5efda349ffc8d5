import { JSDOM } from 'jsdom';
import { beforeAll, expect, it } from 'vitest';
import type { Item } from '#shared/schemas/items.ts';
import type { User } from '#shared/schemas/users.ts';
import { describeEachDatabase, type Client } from '../../../test-support/harness.ts';
import { itemInState } from '../../../test-support/wire-items.ts';
import { performAction } from '../workflow/service.ts';
import { TOMBSTONES_NS } from './atom.ts';

function parseXml(xml: string): Document {
  const { window } = new JSDOM(xml, { contentType: 'application/xml' });
  const error = window.document.querySelector('parsererror');
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return window.document;
}

const entryIds = (doc: Document) =>
  [...doc.getElementsByTagName('entry')].map((entry) =>
    Number(entry.getElementsByTagName('id')[0]!.textContent!.split(':').at(-1)),
  );

/** A movable clock: publications are ordered by time, and tests must not depend on the machine's. */
let now = Date.UTC(2026, 10, 20, 8);
const tick = () => (now += 60_000);

describeEachDatabase(
  'published output: Atom and ninjs, updates and withdrawals',
  (env) => {
    let admin: Client;
    let reviewer: Client;
    let editorClient: Client;
    let editor: User;
    const published: number[] = [];
    let pending: number;

    const atom = async () =>
      parseXml((await env().app.inject({ method: 'GET', url: '/feeds/published.atom' })).body);
    const ninjsList = async () =>
      (await env().app.inject({ method: 'GET', url: '/api/published' })).json().items as Array<
        Record<string, unknown>
      >;
    const publish = async (id: number) => {
      tick();
      await performAction(env().ctx, admin.user, id, 'publish', {});
    };

    beforeAll(async () => {
      admin = await env().signIn('publish-admin', ['admin']);
      reviewer = await env().signIn('publish-reviewer', ['reviewer']);
      editorClient = await env().signIn('publish-editor', ['editor']);
      editor = editorClient.user;
      for (let n = 0; n < 3; n++) {
        const item = await itemInState(env().ctx, admin.user, 'approved', editor);
        await publish(item.id);
        published.push(item.id);
      }
      pending = (await itemInState(env().ctx, admin.user, 'approved', editor)).id;
      // A headline with characters XML cannot carry and markup that must stay text, edited while in review.
      const tricky = await itemInState(env().ctx, admin.user, 'in_review', editor);
      await reviewer.lease(tricky.id);
      const saved = await reviewer.save(tricky.id, { headline: 'عنوان <b>&amp;</b> \u0001 \u200F"خاص"' });
      expect(saved.statusCode, saved.body).toBe(200);
      tick();
      await performAction(env().ctx, admin.user, tricky.id, 'approve', {});
      await publish(tricky.id);
      published.push(tricky.id);
    });

    it('the Atom feed is well-formed Atom in Arabic, newest first, with published stories only', async () => {
      const doc = await atom();
      const feed = doc.documentElement;
      expect(feed.localName).toBe('feed');
      expect(feed.namespaceURI).toBe('http://www.w3.org/2005/Atom');
      expect(feed.getAttribute('xml:lang')).toBe('ar');
      const ids = entryIds(doc);
      expect(ids).toEqual(published.toReversed());
      expect(ids).not.toContain(pending);
      for (const entry of doc.getElementsByTagName('entry'))
        for (const required of ['id', 'title', 'updated', 'published', 'author', 'content'])
          expect(entry.getElementsByTagName(required)[0], required).toBeDefined();
      expect(doc.getElementsByTagName('entry')[0]!.getElementsByTagName('title')[0]!.textContent).toBe(
        'عنوان <b>&amp;</b>  \u200F"خاص"',
      );
    });

    it('ninjs lists the same stories, and every uri answers', async () => {
      const items = await ninjsList();
      expect(items.map((item) => Number(String(item.uri).split('/').at(-1)))).toEqual(published.toReversed());
      for (const item of items) {
        expect(item).toMatchObject({ type: 'text', pubstatus: 'usable', language: 'ar', version: '1' });
        const path = new URL(String(item.uri)).pathname;
        const one = await env().app.inject({ method: 'GET', url: path });
        expect(one.statusCode, path).toBe(200);
        expect(one.json()).toEqual(item);
      }
      expect((await env().app.inject({ method: 'GET', url: `/api/published/${pending}` })).statusCode).toBe(
        404,
      );
    });

    it('a correction goes back through review; readers keep the published text until the update', async () => {
      const id = published[0]!;
      const before = (await env().app.inject({ method: 'GET', url: `/api/published/${id}` })).json();
      // Published: nobody edits it as it is.
      const refused = await editorClient.save(id, { headline: 'تصحيح مباشر' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('edit.wrong_state');
      const corrected = await reviewer.post(`/api/items/${id}/actions/correct`, { assignee: editor.id });
      expect(corrected.statusCode, corrected.body).toBe(200);
      expect(corrected.json()).toMatchObject({
        status: 'assigned',
        publishedVersion: 1,
        approvedVersion: null,
      });
      await editorClient.lease(id);
      const saved = await editorClient.save(id, { headline: 'العنوان بعد التصحيح' });
      expect(saved.statusCode, saved.body).toBe(200);
      // Still the published version out there.
      expect((await env().app.inject({ method: 'GET', url: `/api/published/${id}` })).json()).toEqual(before);
      await editorClient.post(`/api/items/${id}/actions/submit`);
      const preview = (await reviewer.get(`/api/items/${id}/publication-preview`)).json();
      expect(preview.version.headline).toBe('العنوان بعد التصحيح');
      expect(preview.published.number).toBe(1);
      expect(preview.ninjs).toMatchObject({ version: '2', headlines: [{ value: 'العنوان بعد التصحيح' }] });
      tick();
      await reviewer.post(`/api/items/${id}/actions/approve`);
      tick();
      const republished = await reviewer.post(`/api/items/${id}/actions/publish`, { note: 'صُحّح العنوان' });
      expect(republished.statusCode, republished.body).toBe(200);
      const after = (await env().app.inject({ method: 'GET', url: `/api/published/${id}` })).json();
      expect(after).toMatchObject({ version: '2', ednote: 'صُحّح العنوان', pubstatus: 'usable' });
      expect(after.headlines[0].value).toBe('العنوان بعد التصحيح');
      expect(after.firstpublished).toBe(before.firstpublished);
      expect(Date.parse(after.versioncreated)).toBeGreaterThan(Date.parse(before.versioncreated));
      const entry = [...(await atom()).getElementsByTagName('entry')].find((candidate) =>
        candidate.getElementsByTagName('id')[0]!.textContent!.endsWith(`:${id}`),
      )!;
      expect(entry.getElementsByTagName('updated')[0]!.textContent).toBe(after.versioncreated);
      expect(entry.getElementsByTagName('published')[0]!.textContent).toBe(before.firstpublished);
    });

    it('killing a story sends a withdrawal: an Atom tombstone and ninjs pubstatus canceled', async () => {
      const victim = published[1]!;
      tick();
      const killed = await reviewer.post(`/api/items/${victim}/actions/kill`, { reason: 'خطأ في المصدر' });
      expect(killed.statusCode, killed.body).toBe(200);
      const doc = await atom();
      expect(entryIds(doc)).not.toContain(victim);
      const tombstones = [...doc.getElementsByTagNameNS(TOMBSTONES_NS, 'deleted-entry')];
      const tombstone = tombstones.find((node) => node.getAttribute('ref') === `urn:mirsad:item:${victim}`)!;
      expect(tombstone).toBeDefined();
      expect(tombstone.getAttribute('when')).toBeTruthy();
      expect(tombstone.getElementsByTagNameNS(TOMBSTONES_NS, 'comment')[0]!.textContent).toBe(
        'خطأ في المصدر',
      );
      const ninjs = (await env().app.inject({ method: 'GET', url: `/api/published/${victim}` })).json();
      expect(ninjs).toMatchObject({
        pubstatus: 'canceled',
        version: '2',
        ednote: 'خطأ في المصدر',
        bodies: [],
      });
      expect((await ninjsList()).find((item) => String(item.uri).endsWith(`/${victim}`))).toMatchObject({
        pubstatus: 'canceled',
      });
    });

    it('a story being corrected can still be killed: readers lose the published text at once', async () => {
      const victim = published[2]!;
      const corrected = await reviewer.post(`/api/items/${victim}/actions/correct`, { assignee: editor.id });
      expect(corrected.statusCode, corrected.body).toBe(200);
      await editorClient.lease(victim);
      expect((await editorClient.save(victim, { headline: 'تصحيح لم يكتمل' })).statusCode).toBe(200);
      // The reviewer, not waiting for the correction to be written and reviewed.
      tick();
      const killed = await reviewer.post(`/api/items/${victim}/actions/kill`, { reason: 'خطأ قانوني عاجل' });
      expect(killed.statusCode, killed.body).toBe(200);
      expect(killed.json()).toMatchObject({ status: 'killed', publishedVersion: 1 });
      const ninjs = (await env().app.inject({ method: 'GET', url: `/api/published/${victim}` })).json();
      expect(ninjs).toMatchObject({ pubstatus: 'canceled', ednote: 'خطأ قانوني عاجل', bodies: [] });
      // The unfinished correction was never out, and stays a version of the story; nothing is edited further.
      expect(JSON.stringify(ninjs)).not.toContain('تصحيح لم يكتمل');
      const version = (await reviewer.get(`/api/items/${victim}/versions/2`)).json();
      expect(JSON.stringify(version)).toContain('تصحيح لم يكتمل');
      expect((await editorClient.save(victim, { headline: 'بعد السحب' })).json().error.code).toBe(
        'edit.wrong_state',
      );
      // Killed once: not again, and a story never published cannot be killed at all.
      const again = await reviewer.post(`/api/items/${victim}/actions/kill`, { reason: 'مرة أخرى' });
      expect(again.json().error.code).toBe('workflow.wrong_state');
      const never = await reviewer.post(`/api/items/${pending}/actions/kill`, { reason: 'لم يُنشر' });
      expect(never.statusCode).toBe(409);
    });

    it('publishes the approved version, not text saved after approval', async () => {
      const item: Item = await itemInState(env().ctx, admin.user, 'in_review', editor);
      await reviewer.lease(item.id);
      await reviewer.save(item.id, { headline: 'النص الذي وافق عليه المراجع' });
      tick();
      await reviewer.post(`/api/items/${item.id}/actions/approve`);
      // Nobody edits an approved story.
      expect((await reviewer.save(item.id, { headline: 'تعديل بعد الموافقة' })).statusCode).toBe(409);
      await publish(item.id);
      const out = (await env().app.inject({ method: 'GET', url: `/api/published/${item.id}` })).json();
      expect(out.headlines[0].value).toBe('النص الذي وافق عليه المراجع');
    });
  },
  { now: () => now },
);
