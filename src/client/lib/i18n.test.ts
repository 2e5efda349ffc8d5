// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client.ts';
import { errorMessage } from './i18n.ts';

describe('errorMessage', () => {
  it('names who is editing when a lease is held (details.holder)', () => {
    const error = new ApiError(409, 'lease.held', 'هدى is editing this story.', {
      holder: { id: 3, displayName: 'هدى العلي' },
      since: '2026-01-02T10:00:00.000Z',
    });
    expect(errorMessage(error)).toBe('هدى العلي يحرّر هذه القصة الآن.');
  });

  it('passes plain detail values and the server message, and never reads a detail as an option', () => {
    const error = new ApiError(400, 'validation_failed', 'headline is empty', { context: 'x', count: 2 });
    expect(errorMessage(error)).toBe('بعض ما أُرسل غير صالح: headline is empty');
  });
});
