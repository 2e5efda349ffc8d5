import { describe, expect, it } from 'vitest';
import { ACTIONS, availableActions, checkAction, inHandCopyOf, mayEdit, WORKFLOW } from './workflow.ts';

const editor = { id: 1, roles: ['editor'] as const };
const chief = { id: 2, roles: ['chief'] as const };
const reviewer = { id: 3, roles: ['reviewer'] as const };
const admin = { id: 4, roles: ['admin'] as const };

describe('the workflow table', () => {
  it('covers every action with reachable states', () => {
    for (const action of ACTIONS) expect(WORKFLOW[action].from.length).toBeGreaterThan(0);
  });

  it('checks role before state', () => {
    expect(checkAction(reviewer, 'accept', { status: 'published', assigneeId: null })?.status).toBe(403);
    expect(checkAction(editor, 'accept', { status: 'published', assigneeId: null })?.status).toBe(409);
  });

  it('lets the assignee submit, and nobody else but chiefs and admins', () => {
    const item = { status: 'assigned' as const, assigneeId: editor.id };
    expect(checkAction(editor, 'submit', item)).toBeNull();
    expect(checkAction({ id: 9, roles: ['editor'] }, 'submit', item)?.code).toBe('workflow.not_assignee');
    expect(checkAction(chief, 'submit', item)).toBeNull();
    expect(checkAction(reviewer, 'submit', item)?.code).toBe('workflow.forbidden_role');
  });

  it('offers each role exactly its actions', () => {
    expect(availableActions(editor, { status: 'incoming', assigneeId: null })).toEqual(['accept', 'spike']);
    expect(availableActions(chief, { status: 'accepted', assigneeId: null })).toEqual(['spike', 'assign']);
    expect(availableActions(reviewer, { status: 'in_review', assigneeId: 1 })).toEqual(['return', 'approve']);
    expect(availableActions(reviewer, { status: 'published', assigneeId: 1 })).toEqual(['kill', 'correct']);
    expect(availableActions(admin, { status: 'assigned', assigneeId: 1 })).toEqual(['assign', 'submit']);
  });

  it('a story out to readers can be killed while it is being corrected, and only then', () => {
    for (const status of ['assigned', 'in_review', 'approved'] as const) {
      expect(checkAction(reviewer, 'kill', { status, assigneeId: 1, publishedVersion: 1 })).toBeNull();
      expect(checkAction(reviewer, 'kill', { status, assigneeId: 1, publishedVersion: null })?.code).toBe(
        'workflow.wrong_state',
      );
    }
    expect(
      checkAction(reviewer, 'kill', { status: 'killed', assigneeId: 1, publishedVersion: 1 })?.code,
    ).toBe('workflow.wrong_state');
    expect(
      checkAction(editor, 'kill', { status: 'assigned', assigneeId: editor.id, publishedVersion: 1 })?.code,
    ).toBe('workflow.forbidden_role');
  });

  it('allows editing only in working states and for newsroom roles', () => {
    expect(mayEdit(editor, { status: 'incoming', assigneeId: null })).toBe(true);
    expect(mayEdit(editor, { status: 'published', assigneeId: null })).toBe(false);
    expect(mayEdit({ id: 5, roles: [] }, { status: 'incoming', assigneeId: null })).toBe(false);
  });
});

describe('a story already in hand', () => {
  const incoming = { id: 10, status: 'incoming' as const };
  const report = (id: number, status: (typeof ITEMS)[number]) => ({ id, status });
  const ITEMS = ['incoming', 'accepted', 'spiked', 'assigned', 'in_review', 'published', 'killed'] as const;

  it('finds the other report furthest along, then the newest', () => {
    const story = [incoming, report(3, 'accepted'), report(4, 'assigned'), report(5, 'assigned')];
    expect(inHandCopyOf(incoming, story)).toEqual(report(5, 'assigned'));
    expect(inHandCopyOf(incoming, [...story, report(1, 'published')])).toEqual(report(1, 'published'));
  });

  it('leaves reports set aside, incoming ones and the report itself out', () => {
    const story = [report(10, 'accepted'), report(2, 'spiked'), report(3, 'killed'), report(4, 'incoming')];
    expect(inHandCopyOf(incoming, story)).toBeNull();
  });

  it('asks only about an incoming report', () => {
    expect(inHandCopyOf(report(10, 'accepted'), [report(4, 'assigned')])).toBeNull();
  });
});
