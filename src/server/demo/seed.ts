/**
 * Demo data, seeded once per database (an empty users table is the signal): the four demo accounts plus two
 * more editors, a desk, and a few hundred Arabic wire items spread over three days, some already moved
 * through the workflow so every view has something in it.
 */
import type { Role, User } from '#shared/schemas/users.ts';
import type { WorkflowAction } from '#shared/workflow.ts';
import type { AppContext } from '../context.ts';
import { SYSTEM_ACTOR } from '../modules/events/actors.ts';
import { storeWireItems } from '../ingest/store-wire-items.ts';
import { createUser, ensureDesk } from '../modules/users/service.ts';
import { setSourceNameEn } from '../modules/feeds/repository.ts';
import { performAction } from '../modules/workflow/service.ts';
import { demoStory, type DemoItem } from './content.ts';

export const DEMO_DESK = 'مكتب آسيا الوسطى والقوقاز';
export const DEMO_DESK_EN = 'Central Asia and Caucasus Desk';

/** The demo's agencies (content.ts, wire.ts) by their English names, as the English interface shows them. */
export const DEMO_AGENCIES_EN: Readonly<Record<string, string>> = {
  'قازاق خبر': 'Khabar',
  تاس: 'TASS',
  شينخوا: 'Xinhua',
  الأناضول: 'Anadolu Agency',
  ترند: 'Trend',
  كابار: 'Kabar',
  أوزا: 'UzA',
  دنيا: 'Dunyo',
  سبوتنيك: 'Sputnik',
};

export const DEMO_USERS: ReadonlyArray<{ username: string; displayName: string; roles: Role[] }> = [
  { username: 'editor', displayName: 'ليلى حداد', roles: ['editor'] },
  { username: 'samir', displayName: 'سمير الخطيب', roles: ['editor'] },
  { username: 'huda', displayName: 'هدى العلي', roles: ['editor'] },
  { username: 'chief', displayName: 'رامي ناصر', roles: ['chief'] },
  { username: 'reviewer', displayName: 'منى سليمان', roles: ['reviewer'] },
  { username: 'admin', displayName: 'مدير النظام', roles: ['admin'] },
];

const DEMO_STORIES = 320;
const SPACING_MS = 13 * 60_000;

/** Seeds the demo unless the database already has users. */
export async function seedDemo(ctx: AppContext): Promise<{ seeded: boolean; items: number }> {
  const existing = await ctx.database.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (existing) return { seeded: false, items: 0 };

  const deskId = await ensureDesk(ctx, DEMO_DESK, DEMO_DESK_EN);
  for (const [name, nameEn] of Object.entries(DEMO_AGENCIES_EN))
    await setSourceNameEn(ctx.database.db, name, nameEn, ctx.now());
  const users = new Map<string, User>();
  for (const account of DEMO_USERS) {
    const user = await createUser(ctx, SYSTEM_ACTOR, {
      ...account,
      password: ctx.config.demoPassword,
      deskIds: [deskId],
    });
    users.set(account.username, user);
  }

  // Every ninth story also arrives from other agencies with the same headline: near-duplicates to group.
  const now = Date.now();
  const stories: Array<DemoItem & { receivedAt: number }> = [];
  for (let n = 0; n < DEMO_STORIES; n++) {
    const receivedAt = now - (DEMO_STORIES - n) * SPACING_MS;
    const story = demoStory(n);
    stories.push({ ...story, receivedAt });
    if (n % 9 === 0) {
      for (const [copy, source] of ['سبوتنيك', 'أوزا'].entries()) {
        if (source === story.source) continue;
        stories.push({
          source,
          item: { ...story.item, guid: `${story.item.guid}:${copy}` },
          receivedAt: receivedAt + (copy + 1) * 90_000,
        });
      }
    }
  }
  // Stored oldest first, so that ids (the queue's order) follow the receive times; consecutive stories from
  // one agency share a batch.
  stories.sort((a, b) => a.receivedAt - b.receivedAt);
  const ids: number[] = [];
  for (let start = 0; start < stories.length;) {
    let end = start + 1;
    while (end < stories.length && stories[end]!.source === stories[start]!.source) end++;
    const batch = stories.slice(start, end);
    const { source } = batch[0]!;
    const result = await storeWireItems(
      ctx,
      { kind: 'system', id: null, name: source },
      batch.map((story) => story.item),
      { source, deskId, receivedAt: (index) => batch[index]!.receivedAt },
    );
    ids.push(...result.items.map((item) => item.id));
    start = end;
  }

  await moveThroughWorkflow(
    ctx,
    ids.sort((a, b) => a - b),
    users,
  );
  return { seeded: true, items: ids.length };
}

/** Plays a plausible morning's work on the older items; the newest sixty stay incoming. */
async function moveThroughWorkflow(ctx: AppContext, ids: number[], users: Map<string, User>): Promise<void> {
  const editors = ['editor', 'samir', 'huda'].map((name) => users.get(name)!);
  const chief = users.get('chief')!;
  const reviewer = users.get('reviewer')!;
  const older = ids.slice(0, Math.max(0, ids.length - 60));
  for (const [index, id] of older.entries()) {
    const editor = editors[index % editors.length]!;
    const steps: Array<[User, WorkflowAction, Record<string, unknown>?]> = [];
    switch (index % 10) {
      case 0:
      case 1:
        steps.push([editor, 'accept']);
        break;
      case 2:
        steps.push([editor, 'spike']);
        break;
      case 3:
        steps.push([editor, 'accept'], [chief, 'assign', { assignee: editor.id }]);
        break;
      case 4:
        steps.push([editor, 'accept'], [chief, 'assign', { assignee: editor.id }], [editor, 'submit']);
        break;
      case 5:
        steps.push(
          [editor, 'accept'],
          [chief, 'assign', { assignee: editor.id }],
          [editor, 'submit'],
          [reviewer, 'return', { comment: 'يرجى إضافة تصريح المتحدث الرسمي وتدقيق الأرقام.' }],
        );
        break;
      case 6:
      case 7:
        steps.push(
          [editor, 'accept'],
          [chief, 'assign', { assignee: editor.id }],
          [editor, 'submit'],
          [reviewer, 'approve'],
          [reviewer, 'publish'],
        );
        if (index % 40 === 7)
          steps.push([reviewer, 'kill', { reason: 'خطأ في اسم المسؤول؛ ستصدر نسخة مصححة.' }]);
        break;
      default:
        break;
    }
    for (const [user, action, body] of steps) await performAction(ctx, user, id, action, body ?? {});
  }
}
