import { beforeAll, expect, it } from 'vitest';
import {
  ACTIONS,
  checkEdit,
  ITEM_STATUSES,
  WORKFLOW,
  type ItemStatus,
  type WorkflowAction,
} from '#shared/workflow.ts';
import type { Role, User } from '#shared/schemas/users.ts';
import { describeEachDatabase, type Client } from '../../../test-support/harness.ts';
import { actionBody, itemInState, wireItem } from '../../../test-support/wire-items.ts';
import { storeWireItems } from '../../ingest/store-wire-items.ts';
import { SYSTEM_ACTOR } from '../events/actors.ts';

const ROLES: Role[] = ['editor', 'chief', 'reviewer', 'admin'];

describeEachDatabase('workflow: every action by every role', (env) => {
  const clients = {} as Record<Role, Client>;
  let admin: User;
  let editor: User;

  beforeAll(async () => {
    for (const role of ROLES) clients[role] = await env().signIn(`matrix-${role}`, [role]);
    admin = clients.admin.user;
    editor = clients.editor.user;
  });

  const eventCount = async (itemId: number) =>
    Number(
      (
        await env()
          .ctx.database.db.selectFrom('events')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('item_id', '=', itemId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  for (const action of ACTIONS) {
    const rule = WORKFLOW[action];
    const wrongState = ITEM_STATUSES.find((status) => !rule.from.includes(status))!;
    for (const role of ROLES) {
      // The editor fixture is the assignee of every assigned item, so an editor may submit.
      const allowedByRole =
        role === 'admin' || rule.roles.includes(role) || (rule.assigneeMay === true && role === 'editor');

      it(`${role} ${action} from ${rule.from[0]}: ${allowedByRole ? 'succeeds' : '403 and nothing changes'}`, async () => {
        const item = await itemInState(env().ctx, admin, rule.from[0] as ItemStatus, editor);
        const before = await eventCount(item.id);
        const response = await clients[role].post(
          `/api/items/${item.id}/actions/${action}`,
          actionBody(action, editor),
        );
        const after = await clients[role].get(`/api/items/${item.id}`);
        if (allowedByRole) {
          expect(response.statusCode, response.body).toBe(200);
          expect(response.json().status).toBe(rule.to);
          expect(response.json().version).toBe(item.version + 1);
          expect(response.headers.etag).toBe(`"${item.version + 1}"`);
          const history = (await clients[role].get(`/api/items/${item.id}/history`)).json().events;
          const last = history.at(-1);
          expect(last.type).toBe(`item.${action}`);
          expect(last.actor).toMatchObject({ kind: 'user', id: clients[role].user.id });
          expect(Date.parse(last.at)).toBeGreaterThan(Date.now() - 60_000);
          expect(await eventCount(item.id)).toBe(before + 1);
        } else {
          expect(response.statusCode, response.body).toBe(403);
          expect(response.json().error.code).toMatch(/^workflow\.(forbidden_role|not_assignee)$/);
          expect(after.json().version).toBe(item.version);
          expect(after.json().status).toBe(item.status);
          expect(await eventCount(item.id)).toBe(before);
        }
      });

      it(`${role} ${action} from ${wrongState}: ${allowedByRole ? '409' : '403 (role before state)'} and nothing changes`, async () => {
        const item = await itemInState(env().ctx, admin, wrongState, editor);
        const before = await eventCount(item.id);
        const response = await clients[role].post(
          `/api/items/${item.id}/actions/${action}`,
          actionBody(action, editor),
        );
        expect(response.statusCode, response.body).toBe(allowedByRole ? 409 : 403);
        expect(response.json().error.code).toBe(
          allowedByRole ? 'workflow.wrong_state' : 'workflow.forbidden_role',
        );
        expect(response.json().error.message).toBeTruthy();
        const after = (await clients[role].get(`/api/items/${item.id}`)).json();
        expect(after.version).toBe(item.version);
        expect(after.status).toBe(item.status);
        expect(await eventCount(item.id)).toBe(before);
      });
    }
  }

  // Editing follows the workflow too (EDIT_RULES): every role in every state, from the same shared table.
  for (const status of ITEM_STATUSES) {
    for (const role of ROLES) {
      const refusal = checkEdit(
        { id: -1, roles: [role] },
        // The editor fixture is the assignee of every assigned item.
        { status, assigneeId: role === 'editor' ? -1 : null },
      );
      it(`${role} edits a story that is ${status}: ${refusal ? `${refusal.status} ${refusal.code}` : 'a new version'}`, async () => {
        const client = clients[role];
        const item = await itemInState(env().ctx, admin, status, role === 'editor' ? client.user : editor);
        const before = await eventCount(item.id);
        if (refusal === null) await client.lease(item.id);
        const response = await client.save(item.id, { headline: `${item.headline} (${role})` }, item.version);
        const after = (await client.get(`/api/items/${item.id}`)).json();
        if (refusal === null) {
          expect(response.statusCode, response.body).toBe(200);
          expect(after).toMatchObject({ headline: `${item.headline} (${role})`, latestVersion: 2 });
          return;
        }
        expect(response.statusCode, response.body).toBe(refusal.status);
        expect(response.json().error.code).toBe(refusal.code);
        expect(after).toMatchObject({ headline: item.headline, version: item.version, latestVersion: 1 });
        expect(await eventCount(item.id)).toBe(before);
      });
    }
  }

  it('an editor who is not the assignee may not submit (403)', async () => {
    const other = await env().signIn('matrix-other-editor', ['editor']);
    const item = await itemInState(env().ctx, admin, 'assigned', editor);
    const response = await other.post(`/api/items/${item.id}/actions/submit`);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('workflow.not_assignee');
  });

  const required: Array<[WorkflowAction, ItemStatus, string]> = [
    ['assign', 'accepted', 'workflow.assignee_required'],
    ['return', 'in_review', 'workflow.comment_required'],
    ['kill', 'published', 'workflow.reason_required'],
  ];
  for (const [action, status, code] of required) {
    it(`${action} without its ${code.split('.')[1]!.replace('_required', '')} is 422 and changes nothing`, async () => {
      const item = await itemInState(env().ctx, admin, status, editor);
      const response = await clients.admin.post(`/api/items/${item.id}/actions/${action}`, {});
      expect(response.statusCode).toBe(422);
      expect(response.json().error.code).toBe(code);
      expect((await clients.admin.get(`/api/items/${item.id}`)).json().version).toBe(item.version);
    });
  }

  it('assigning to someone who is not an editor is 422', async () => {
    const item = await itemInState(env().ctx, admin, 'accepted', editor);
    const response = await clients.chief.post(`/api/items/${item.id}/actions/assign`, {
      assignee: clients.reviewer.user.id,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('workflow.assignee_not_editor');
  });

  it('"returned to me" is the assignee with return as the last action; notifications name the item', async () => {
    const item = await itemInState(env().ctx, admin, 'in_review', editor);
    await clients.reviewer.post(`/api/items/${item.id}/actions/return`, { comment: 'راجع العنوان' });
    const returned = (
      await clients.editor.get('/api/items?assignee=me&status=assigned&lastAction=return&limit=200')
    ).json();
    expect(returned.items.map((entry: { id: number }) => entry.id)).toContain(item.id);
    expect(returned.items.every((entry: { lastAction: string }) => entry.lastAction === 'return')).toBe(true);
    const notifications = (await clients.editor.get('/api/notifications')).json().notifications;
    expect(notifications[0]).toMatchObject({
      kind: 'returned',
      event: { itemId: item.id },
      item: { id: item.id, status: 'assigned' },
    });
    expect(notifications[0].item.headline).toBe(item.headline);
  });

  it('the agency’s new copy of a report in an editor’s hands notifies that editor', async () => {
    const item = await itemInState(env().ctx, admin, 'assigned', editor);
    await storeWireItems(
      env().ctx,
      SYSTEM_ACTOR,
      [wireItem({ guid: item.guid, title: `${item.headline} (محدّث)` })],
      { source: item.source },
    );
    const notifications = (await clients.editor.get('/api/notifications')).json().notifications;
    expect(notifications[0]).toMatchObject({ kind: 'agencyUpdate', event: { itemId: item.id } });
    // Nobody else holds it: the reviewer is not told.
    const reviewers = (await clients.reviewer.get('/api/notifications')).json().notifications;
    expect(reviewers.some((entry: { kind: string }) => entry.kind === 'agencyUpdate')).toBe(false);
  });

  it('published copy sent back for a correction notifies the editor it is sent to', async () => {
    const item = await itemInState(env().ctx, admin, 'published', editor);
    const corrected = await clients.reviewer.post(`/api/items/${item.id}/actions/correct`, {
      assignee: editor.id,
      comment: 'الرقم خاطئ',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const notifications = (await clients.editor.get('/api/notifications')).json().notifications;
    expect(notifications[0]).toMatchObject({ kind: 'correction', event: { itemId: item.id } });
  });

  it('return keeps the assignee and records the comment', async () => {
    const item = await itemInState(env().ctx, admin, 'in_review', editor);
    const response = await clients.reviewer.post(`/api/items/${item.id}/actions/return`, {
      comment: 'أضف المصدر',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'assigned', assignee: { id: editor.id } });
    const comments = (await clients.reviewer.get(`/api/items/${item.id}/comments`)).json().comments;
    expect(comments.at(-1)).toMatchObject({ body: 'أضف المصدر', author: { id: clients.reviewer.user.id } });
  });

  it('submit, approve and publish ask first while the one taking them has unsaved text in a draft; the draft stays', async () => {
    const item = await itemInState(env().ctx, admin, 'approved', editor);
    const { reviewer } = clients;
    // The reviewer corrected the text in the editor and left it unsaved: a draft, not a version.
    const draft = await reviewer.request('PUT', `/api/items/${item.id}/draft`, {
      body: { tabId: reviewer.tab, baseVersion: item.version, fields: { body: '<p>النص المصحح</p>' } },
    });
    expect(draft.statusCode, draft.body).toBe(200);
    const asked = await reviewer.post(`/api/items/${item.id}/actions/publish`, {});
    expect(asked.statusCode).toBe(409);
    expect(asked.json().error).toMatchObject({
      code: 'workflow.unsaved_draft',
      details: { draftSavedAt: draft.json().savedAt },
    });
    expect((await reviewer.get(`/api/items/${item.id}`)).json().status).toBe('approved');
    // Told, they go on without it: published, and the draft is still theirs.
    const published = await reviewer.post(`/api/items/${item.id}/actions/publish`, { withoutDraft: true });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().status).toBe('published');
    expect((await reviewer.get(`/api/items/${item.id}/draft`)).json().drafts).toHaveLength(1);
    // Actions that do not pass the text on are not asked about.
    const correct = await clients.admin.post(`/api/items/${item.id}/actions/correct`, {
      assignee: editor.id,
    });
    expect(correct.statusCode, correct.body).toBe(200);
    // Someone else's draft is not asked about: only the one taking the action knows what they typed.
    const another = await itemInState(env().ctx, admin, 'approved', editor);
    const colleague = await env().signIn('matrix-reviewer-3', ['reviewer']);
    const theirs = await colleague.request('PUT', `/api/items/${another.id}/draft`, {
      body: { tabId: colleague.tab, baseVersion: another.version, fields: { headline: 'مسودة زميل' } },
    });
    expect(theirs.statusCode).toBe(200);
    expect((await reviewer.post(`/api/items/${another.id}/actions/publish`, {})).statusCode).toBe(200);
  });

  it('a stale If-Match on an action is 412', async () => {
    const item = await itemInState(env().ctx, admin, 'incoming', editor);
    const response = await clients.editor.post(
      `/api/items/${item.id}/actions/accept`,
      {},
      { 'if-match': `"${item.version + 5}"` },
    );
    expect(response.statusCode).toBe(412);
  });

  it('two reviewers publish one item at once: one publication, and the other is told it is published already', async () => {
    const item = await itemInState(env().ctx, admin, 'approved', editor);
    const second = await env().signIn('matrix-reviewer-2', ['reviewer']);
    const responses = await Promise.all(
      [clients.reviewer, second, clients.reviewer, second].map((client) =>
        client.post(`/api/items/${item.id}/actions/publish`, {}),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409, 409, 409]);
    for (const refused of responses.filter((response) => response.statusCode === 409))
      expect(refused.json().error.code).toBe('workflow.wrong_state');
    const publications = await env()
      .ctx.database.db.selectFrom('publications')
      .select('number')
      .where('item_id', '=', item.id)
      .execute();
    expect(publications.map((publication) => publication.number)).toEqual([1]);
  });

  it('bulk accept reports each item on its own', async () => {
    const good = await itemInState(env().ctx, admin, 'incoming', editor);
    const wrong = await itemInState(env().ctx, admin, 'published', editor);
    const response = await clients.editor.post('/api/items/actions/accept', {
      ids: [good.id, wrong.id, 99_999_999],
    });
    expect(response.statusCode).toBe(200);
    const results = response.json().results;
    expect(results.map((result: { ok: boolean }) => result.ok)).toEqual([true, false, false]);
    expect(results[1].error.code).toBe('workflow.wrong_state');
    expect(results[2].error.code).toBe('not_found');
  });

  it('unknown actions and bad ids are 400', async () => {
    expect((await clients.admin.post('/api/items/1/actions/publish-now')).statusCode).toBe(400);
    expect((await clients.admin.post('/api/items/abc/actions/accept')).statusCode).toBe(400);
    expect((await clients.admin.post('/api/items/-4/actions/accept')).statusCode).toBe(400);
  });
});
