/**
 * THE workflow table. The server enforces it (modules/workflow) and the client renders buttons from it, so
 * the two can never disagree about who may do what.
 */
import type { Role } from './schemas/users.ts';

export const ITEM_STATUSES = [
  'incoming',
  'accepted',
  'spiked',
  'assigned',
  'in_review',
  'approved',
  'published',
  'killed',
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ACTIONS = [
  'accept',
  'spike',
  'unspike',
  'assign',
  'submit',
  'return',
  'approve',
  'publish',
  'kill',
] as const;
export type WorkflowAction = (typeof ACTIONS)[number];

export interface ActionRule {
  from: readonly ItemStatus[];
  to: ItemStatus;
  /** Roles that may take the action on any item (admin may always). */
  roles: readonly Role[];
  /** Whether the item's assignee may take it too, whatever their roles. */
  assigneeMay?: boolean;
  /** What the request body must carry. */
  requires?: 'assignee' | 'comment' | 'reason';
}

export const WORKFLOW: Readonly<Record<WorkflowAction, ActionRule>> = {
  accept: { from: ['incoming'], to: 'accepted', roles: ['editor', 'chief'] },
  spike: { from: ['incoming', 'accepted'], to: 'spiked', roles: ['editor', 'chief'] },
  unspike: { from: ['spiked'], to: 'incoming', roles: ['editor', 'chief'] },
  assign: { from: ['accepted', 'assigned'], to: 'assigned', roles: ['chief'], requires: 'assignee' },
  submit: { from: ['assigned'], to: 'in_review', roles: ['chief'], assigneeMay: true },
  return: { from: ['in_review'], to: 'assigned', roles: ['reviewer'], requires: 'comment' },
  approve: { from: ['in_review'], to: 'approved', roles: ['reviewer'] },
  publish: { from: ['approved'], to: 'published', roles: ['reviewer'] },
  kill: { from: ['published'], to: 'killed', roles: ['reviewer'], requires: 'reason' },
};

/** Roles that may edit an item's text and tags, and in which states editing makes sense. */
export const EDIT_ROLES: readonly Role[] = ['editor', 'chief', 'reviewer'];
export const EDITABLE_STATUSES: readonly ItemStatus[] = [
  'incoming',
  'accepted',
  'assigned',
  'in_review',
  'approved',
];

/** Statuses counted as an editor's current load in the assignment picker. */
export const ACTIVE_STATUSES: readonly ItemStatus[] = ['assigned', 'in_review'];

export interface Actor {
  id: number;
  roles: readonly Role[];
}

export interface ItemState {
  status: ItemStatus;
  assigneeId: number | null;
}

export type Refusal =
  | { code: 'workflow.forbidden_role'; status: 403 }
  | { code: 'workflow.not_assignee'; status: 403 }
  | { code: 'workflow.wrong_state'; status: 409 };

function hasRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.roles.includes('admin') || actor.roles.some((role) => roles.includes(role));
}

/**
 * Whether this actor could ever take the action, whatever the item. An editor may sometimes submit
 * (when assigned), so `assigneeMay` actions are open to editors here and narrowed by `checkAction`.
 */
export function mayEverTake(actor: Actor, action: WorkflowAction): boolean {
  const rule = WORKFLOW[action];
  return hasRole(actor, rule.roles) || (rule.assigneeMay === true && actor.roles.includes('editor'));
}

/**
 * Checks an action against the table. Role comes first (403): someone who may never take an action is
 * refused as such whatever the item's state. Then the item's state (409), then, for actions an assignee may
 * take, whether this actor is the assignee (403).
 */
export function checkAction(actor: Actor, action: WorkflowAction, item: ItemState): Refusal | null {
  const rule = WORKFLOW[action];
  if (!mayEverTake(actor, action)) return { code: 'workflow.forbidden_role', status: 403 };
  if (!rule.from.includes(item.status)) return { code: 'workflow.wrong_state', status: 409 };
  if (!hasRole(actor, rule.roles) && item.assigneeId !== actor.id) {
    return { code: 'workflow.not_assignee', status: 403 };
  }
  return null;
}

/** The actions this actor may take on this item right now, in table order (what the UI shows). */
export function availableActions(actor: Actor, item: ItemState): WorkflowAction[] {
  return ACTIONS.filter((action) => checkAction(actor, action, item) === null);
}

/** Whether the actor's roles allow editing items at all (403 otherwise). */
export function mayEverEdit(actor: Actor): boolean {
  return hasRole(actor, EDIT_ROLES);
}

/** Whether the actor may edit the item's text and tags in its current state. */
export function mayEdit(actor: Actor, item: ItemState): boolean {
  return mayEverEdit(actor) && EDITABLE_STATUSES.includes(item.status);
}
