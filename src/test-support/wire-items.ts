/** Test data: wire items and items placed in a given workflow state, made through the real services. */
import type { Item } from '#shared/schemas/items.ts';
import type { User } from '#shared/schemas/users.ts';
import type { ItemStatus, WorkflowAction } from '#shared/workflow.ts';
import type { AppContext } from '../server/context.ts';
import { SYSTEM_ACTOR } from '../server/modules/events/actors.ts';
import type { WireItem } from '../server/ingest/wire-item.ts';
import { getItem } from '../server/modules/items/service.ts';
import { storeWireItems } from '../server/ingest/store-wire-items.ts';
import { performAction } from '../server/modules/workflow/service.ts';

let counter = 0;

export function wireItem(overrides: Partial<WireItem> = {}): WireItem {
  counter++;
  return {
    guid: `test-${process.pid}-${Date.now()}-${counter}`,
    url: null,
    title: `خبر تجريبي رقم ${counter} عن التعاون بين كازاخستان وأوزبكستان`,
    summary: 'ملخص الخبر.',
    bodyHtml: '<p dir="rtl">نص الخبر.</p>',
    publishedAt: null,
    author: null,
    language: 'ar',
    categories: [],
    urgency: null,
    ...overrides,
  };
}

/** Stores wire items directly through the ingest store (fast), returning their ids in order. */
export async function ingestItems(
  ctx: AppContext,
  items: WireItem[],
  source = 'test-wire',
  receivedAt?: (index: number) => number,
) {
  const result = await storeWireItems(ctx, SYSTEM_ACTOR, items, { source, receivedAt });
  return result.items.map((entry) => entry.id);
}

const PATH_TO: Record<ItemStatus, WorkflowAction[]> = {
  incoming: [],
  accepted: ['accept'],
  spiked: ['spike'],
  assigned: ['accept', 'assign'],
  in_review: ['accept', 'assign', 'submit'],
  approved: ['accept', 'assign', 'submit', 'approve'],
  published: ['accept', 'assign', 'submit', 'approve', 'publish'],
  killed: ['accept', 'assign', 'submit', 'approve', 'publish', 'kill'],
};

/** A new item moved into `status` by an admin, assigned (where relevant) to `assignee`. */
export async function itemInState(
  ctx: AppContext,
  admin: User,
  status: ItemStatus,
  assignee: User,
): Promise<Item> {
  const [id] = await ingestItems(ctx, [wireItem()]);
  for (const action of PATH_TO[status]) {
    await performAction(ctx, admin, id!, action, actionBody(action, assignee));
  }
  return getItem(ctx, id!);
}

/** The body an action needs: an assignee for assign, a comment for return, a reason for kill. */
export function actionBody(action: WorkflowAction, assignee: Pick<User, 'id'>) {
  if (action === 'assign' || action === 'correct') return { assignee: assignee.id };
  if (action === 'return') return { comment: 'يرجى تدقيق الأرقام' };
  if (action === 'kill') return { reason: 'خطأ في المصدر' };
  return {};
}
