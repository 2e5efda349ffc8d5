// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '#client/lib/api-client.ts';
import { i18n, loadPageStrings } from '#client/lib/i18n.ts';
import { leaseHolderOf, refusalMessage, storyErrorMessage } from './story-errors.ts';

const t = i18n.t.bind(i18n);

// The editor's strings come with its page.
beforeAll(loadPageStrings);

describe("the editor's messages, from the locale files", () => {
  it('names who holds the lease', () => {
    const held = new ApiError(409, 'lease.held', 'Huda is editing this story.', {
      holder: { id: 3, displayName: 'هدى العلي' },
      since: '2026-03-01T10:32:00.000Z',
      tabId: 'tab-0123456789',
    });
    expect(leaseHolderOf(held)).toEqual({
      id: 3,
      displayName: 'هدى العلي',
      since: '2026-03-01T10:32:00.000Z',
    });
    expect(storyErrorMessage(t, 'ar', held)).toBe(
      i18n.t('errors.lease.held', { name: '\u2068هدى العلي\u2069' }),
    );
    expect(storyErrorMessage(t, 'ar', held)).toContain('هدى العلي');
  });

  it("names the field and its limit of a 400's story.too_long issue and of a 422", () => {
    const refused = new ApiError(400, 'validation_failed', 'body: headline is longer than 500 characters', {
      issues: [
        { path: 'headline', message: 'x', params: { code: 'story.too_long', field: 'headline', limit: 500 } },
      ],
    });
    const message = storyErrorMessage(t, 'ar', refused);
    expect(message).toContain(i18n.t('fields.headline'));
    expect(message).toContain('500');
    const body = new ApiError(422, 'story.too_long', 'The body is longer than 100000 characters.', {
      field: 'body',
      limit: 100_000,
    });
    expect(storyErrorMessage(t, 'ar', body)).toContain(i18n.t('fields.body'));
    const markup = new ApiError(
      400,
      'validation_failed',
      'body: body HTML is longer than 200000 characters',
      {
        issues: [
          {
            path: 'body',
            message: 'x',
            params: { code: 'story.markup_too_long', field: 'body', limit: 200_000 },
          },
        ],
      },
    );
    expect(storyErrorMessage(t, 'ar', markup)).toBe(
      i18n.t('errors.story.markup_too_long', { field: i18n.t('fields.body'), limit: '200,000' }),
    );
  });

  it('translates refusals made before sending like the server would', () => {
    expect(refusalMessage(t, 'ar', { code: 'story.empty', field: 'headline' })).toBe(
      i18n.t('errors.story.empty', { field: i18n.t('fields.headline') }),
    );
    expect(refusalMessage(t, 'ar', { code: 'story.too_long', field: 'slug', limit: 120 })).toContain(
      i18n.t('editor.field.slug'),
    );
  });

  it('falls back to the code of any other failure', () => {
    expect(storyErrorMessage(t, 'ar', new ApiError(412, 'version_conflict', 'x'))).toBe(
      i18n.t('errors.version_conflict'),
    );
  });
});
