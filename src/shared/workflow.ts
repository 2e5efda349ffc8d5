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
  'correct',
] as const;
export type WorkflowAction = (typeof ACTIONS)[number];

export interface ActionRule {
  from: readonly ItemStatus[];
  /** Also from any state while a version of the story is out to readers (a correction under way). */
  whileOut?: true;
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
  /**
   * Withdraws what readers see. A story sent back for a correction is still out in its published version, and
   * the reason for a kill (a legal problem, a hoax) cannot wait for the correction to be written and reviewed.
   */
  kill: { from: ['published'], whileOut: true, to: 'killed', roles: ['reviewer'], requires: 'reason' },
  /**
   * A published story needs a correction: it goes back to an editor, and through review again. What readers
   * see stays the published version until the corrected one is published (an update of the same story).
   */
  correct: {
    from: ['published'],
    to: 'assigned',
    roles: ['chief', 'reviewer'],
    requires: 'assignee',
  },
};

/**
 * Who may edit a story (its text and its tags) in each state: the editor's job while it is triaged and
 * written, the reviewer's while it is reviewed, nobody's once it is approved or out (a published story changes
 * only through `correct`, which sends it back through review). Admins pass the role checks, not the states.
 */
export const EDIT_RULES: Readonly<Record<ItemStatus, { roles: readonly Role[]; assignee?: true }>> = {
  incoming: { roles: ['editor', 'chief'] },
  accepted: { roles: ['editor', 'chief'] },
  spiked: { roles: [] },
  assigned: { roles: ['chief'], assignee: true },
  in_review: { roles: ['reviewer'] },
  approved: { roles: [] },
  published: { roles: [] },
  killed: { roles: [] },
};

/** Roles that may edit in some state (others are refused with 403 whatever the item). */
export const EDIT_ROLES: readonly Role[] = [
  ...new Set(
    Object.values(EDIT_RULES).flatMap((rule) => [
      ...rule.roles,
      ...(rule.assignee ? ['editor' as const] : []),
    ]),
  ),
];

/**
 * The last actions that mean an assigned story was sent back to its editor, changes asked for: returned by a
 * reviewer, or published copy sent for a correction. My work lists these as "returned", and the desk overview
 * counts them so, the same stories on both screens.
 */
export const SENT_BACK_ACTIONS = ['return', 'correct'] as const satisfies readonly WorkflowAction[];

/**
 * The actions that pass the story's text on as it is saved (to review, approved, published). Taken while the one
 * taking them has unsaved text of the story in a draft, they ask first: a reviewer who corrected a story in the
 * editor, left it, and published from the item pane published the text before the correction.
 */
export const PASSES_TEXT_ON = ['submit', 'approve', 'publish'] as const satisfies readonly WorkflowAction[];

export function passesTextOn(action: WorkflowAction): boolean {
  return (PASSES_TEXT_ON as readonly WorkflowAction[]).includes(action);
}

/**
 * The statuses in which a report is in the desk's hands, the furthest along first: taken up, being written,
 * in review, approved or out. (Spiked and killed ones are set aside; an incoming one is nobody's yet.)
 */
export const IN_HAND_STATUSES = [
  'published',
  'approved',
  'in_review',
  'assigned',
  'accepted',
] as const satisfies readonly ItemStatus[];

/**
 * Another report of the same story that the desk already has in hand, the furthest along (then the newest):
 * accepting an incoming report beside it puts a second copy of the story on the desk, so the desk is asked
 * first. Null for a report that is not incoming, or whose story nobody has taken up.
 */
export function inHandCopyOf<T extends { id: number; status: ItemStatus }>(
  report: { id: number; status: ItemStatus },
  sameStory: readonly T[],
): T | null {
  if (report.status !== 'incoming') return null;
  let found: T | null = null;
  let rank: number = IN_HAND_STATUSES.length;
  for (const other of sameStory) {
    const at = (IN_HAND_STATUSES as readonly ItemStatus[]).indexOf(other.status);
    if (other.id === report.id || at < 0) continue;
    if (at < rank || (at === rank && found !== null && other.id > found.id)) {
      found = other;
      rank = at;
    }
  }
  return found;
}

/** Statuses counted as an editor's current load in the assignment picker. */
export const ACTIVE_STATUSES: readonly ItemStatus[] = ['assigned', 'in_review'];

export interface Actor {
  id: number;
  roles: readonly Role[];
}

export interface ItemState {
  status: ItemStatus;
  assigneeId: number | null;
  /** The version readers see, if one was published (kept through a correction, until a kill). */
  publishedVersion?: number | null;
}

/** Whether a version of the story is out to readers: published, or being corrected after it was. */
export function isOut(item: ItemState): boolean {
  return item.publishedVersion != null && item.status !== 'killed';
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
  if (!rule.from.includes(item.status) && !(rule.whileOut && isOut(item)))
    return { code: 'workflow.wrong_state', status: 409 };
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

/**
 * Checks an edit against EDIT_RULES, like checkAction: a role that may never edit is 403
 * (`edit.forbidden_role`), a state nobody edits in is 409 (`edit.wrong_state`), a state where someone else
 * may edit is 403 (`edit.not_yours`: assigned to another editor, in review for a reviewer).
 */
export function checkEdit(
  actor: Actor,
  item: ItemState,
):
  | { code: 'edit.forbidden_role' | 'edit.not_yours'; status: 403 }
  | { code: 'edit.wrong_state'; status: 409 }
  | null {
  if (!mayEverEdit(actor)) return { code: 'edit.forbidden_role', status: 403 };
  const rule = EDIT_RULES[item.status];
  if (rule.roles.length === 0 && !rule.assignee) return { code: 'edit.wrong_state', status: 409 };
  if (hasRole(actor, rule.roles)) return null;
  if (rule.assignee && item.assigneeId === actor.id) return null;
  return { code: 'edit.not_yours', status: 403 };
}

/** Whether the actor may edit the item's text and tags in its current state. */
export function mayEdit(actor: Actor, item: ItemState): boolean {
  return checkEdit(actor, item) === null;
}
