/**
 * Finding 3: editing must not bypass review. An editor tries to change a story that is in review, approved,
 * assigned to someone else, or published — with a lease, If-Match and the editor tab, as the editor does — and
 * must be refused (403/409) with nothing changed. A control edit of the editor's own assigned story must succeed,
 * so that a refusal is the rule and not a broken request.
 */
import type { Item } from '#shared/schemas/items.ts';
import type { ItemStatus } from '#shared/workflow.ts';
import type { AttackContext } from './support/context.ts';
import type { Account } from './support/desk.ts';
import { json, type Session } from './support/http.ts';

const refused = (code: number) => code === 403 || code === 409;

/** Takes the lease and saves a headline and (separately) a tag change; returns the three statuses. */
async function tryToEdit(
  editor: Session,
  item: Item,
): Promise<{ lease: number; text: number; tags: number }> {
  const tab = `attack-${editor.user.username}-${item.id}`;
  const lease = await editor.post(`/api/items/${item.id}/lease`, { tabId: tab });
  const headers = { 'if-match': `"${item.version}"`, 'x-edit-tab': tab };
  const text = await editor.patch(
    `/api/items/${item.id}`,
    { headline: `${item.headline} (معدل دون مراجعة)` },
    headers,
  );
  const tags = await editor.patch(`/api/items/${item.id}`, { countries: ['IQ'] }, headers);
  if (lease.status === 200) await editor.delete(`/api/items/${item.id}/lease`, { tabId: tab });
  return { lease: lease.status, text: text.status, tags: tags.status };
}

export async function editingBypass({ desk, rows }: AttackContext): Promise<void> {
  const base = desk.servers.desk.url;
  const cases: Array<{ attack: string; status: ItemStatus; assignee: Account; editor: Account }> = [
    {
      attack: 'assignee edits own story while in review',
      status: 'in_review',
      assignee: 'editor',
      editor: 'editor',
    },
    {
      attack: 'assignee edits own story once approved',
      status: 'approved',
      assignee: 'editor',
      editor: 'editor',
    },
    {
      attack: 'editor edits a story assigned to someone else',
      status: 'assigned',
      assignee: 'editor',
      editor: 'samir',
    },
    { attack: 'assignee edits a published story', status: 'published', assignee: 'editor', editor: 'editor' },
  ];
  for (const { attack, status, assignee, editor } of cases) {
    await rows.check('3', attack, async () => {
      const item = await desk.itemInState(base, status, assignee);
      const session = desk.sessions[editor];
      const statuses = await tryToEdit(session, item);
      const after = json<Item>(await desk.sessions.admin.get(`/api/items/${item.id}`));
      const unchanged = after.version === item.version && after.headline === item.headline;
      return {
        held: refused(statuses.text) && refused(statuses.tags) && unchanged,
        figure: `lease ${statuses.lease}, save text ${statuses.text}, save tags ${statuses.tags}; story ${unchanged ? 'unchanged' : `CHANGED (v${item.version}→v${after.version})`}`,
      };
    });
  }
  await rows.check('3', 'an editor who may not edit takes the lease of a story in review', async () => {
    // Saves are refused, but a lease taken by someone who may not edit still says "editing" to everyone and
    // keeps the one who may (the reviewer) from starting to edit for as long as it is renewed.
    const item = await desk.itemInState(base, 'in_review', 'editor');
    const intruder = await desk.sessions.samir.post(`/api/items/${item.id}/lease`, {
      tabId: `intruder-${item.id}`,
    });
    const { reviewer } = desk.sessions;
    const tab = `reviewer-${item.id}`;
    const reviewerLease = await reviewer.post(`/api/items/${item.id}/lease`, { tabId: tab });
    const reviewerSave = await reviewer.patch(
      `/api/items/${item.id}`,
      { headline: `${item.headline} (مراجَع)` },
      { 'if-match': `"${item.version}"`, 'x-edit-tab': tab },
    );
    await desk.sessions.samir.delete(`/api/items/${item.id}/lease`, { tabId: `intruder-${item.id}` });
    return {
      held: refused(intruder.status) || reviewerSave.status === 200,
      figure: `the editor's lease ${intruder.status}; then the reviewer's lease ${reviewerLease.status}, the reviewer's save ${reviewerSave.status}`,
    };
  });

  await rows.check('3', 'control: assignee edits own assigned story', async () => {
    const item = await desk.itemInState(base, 'assigned', 'editor');
    const statuses = await tryToEdit(desk.sessions.editor, item);
    return {
      held: statuses.lease === 200 && statuses.text === 200,
      figure: `lease ${statuses.lease}, save text ${statuses.text} (must be allowed: proves the refusals are the rule)`,
    };
  });
}
