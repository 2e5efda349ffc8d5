import { describe, expect, it } from 'vitest';
import { ACTIONS } from '#shared/workflow.ts';
import { promptFor } from './action-prompt.ts';

describe('what an action asks for first', () => {
  const fresh = { publishedVersion: null };
  const republished = { publishedVersion: 2 };

  it('asks for an editor to assign and to send a published story back for a correction', () => {
    expect(promptFor('assign', fresh)).toBe('assignee');
    expect(promptFor('correct', republished)).toBe('assignee');
  });

  it("asks for a return's comment and a kill's reason", () => {
    expect(promptFor('return', fresh)).toBe('comment');
    expect(promptFor('kill', republished)).toBe('reason');
  });

  it('publishes a first time at once, and asks for an optional correction note when publishing again', () => {
    expect(promptFor('publish', fresh)).toBeNull();
    expect(promptFor('publish', republished)).toBe('correctionNote');
  });

  it('takes every other action at once', () => {
    const immediate = ACTIONS.filter((action) => promptFor(action, fresh) === null);
    expect(immediate).toEqual(['accept', 'spike', 'unspike', 'submit', 'approve', 'publish']);
  });
});
