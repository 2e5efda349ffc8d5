// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from './api-client.ts';
import { formatDateTime, formatNumber, formatRelative } from './format.ts';
import { errorDetail, errorMessage, i18n, loadPageStrings, setUiDigits, setUiLocale } from './i18n.ts';

// Some cases read the feeds page's strings, which come with that page.
beforeAll(loadPageStrings);

afterEach(async () => {
  setUiDigits('latn');
  await setUiLocale('ar');
});

describe('errorMessage', () => {
  it('names who is editing when a lease is held (details.holder)', () => {
    const error = new ApiError(409, 'lease.held', 'هدى is editing this story.', {
      holder: { id: 3, displayName: 'هدى العلي' },
      since: '2026-01-02T10:00:00.000Z',
    });
    expect(errorMessage(error)).toBe('هدى العلي يحرّر هذه القصة الآن.');
  });

  it('passes plain detail values, and never reads a detail as an option', () => {
    const error = new ApiError(409, 'lease.held', 'held', { name: 'سمير', context: 'x', count: 2 });
    expect(errorMessage(error)).toBe('سمير يحرّر هذه القصة الآن.');
  });

  it('names the refused fields in the UI language, and keeps the English sentence as the detail', async () => {
    const error = new ApiError(400, 'validation_failed', 'body: headline is empty', {
      issues: [
        { path: 'headline', code: 'too_small', message: 'is empty' },
        { path: 'digits', code: 'invalid_value', message: 'bad' },
      ],
    });
    expect(errorMessage(error)).toBe('بعض ما أُرسل غير صالح: العنوان و\u2068digits\u2069.');
    expect(errorDetail(error)).toBe('body: headline is empty');
    await setUiLocale('en');
    expect(errorMessage(error)).toBe('Some of what was sent is not valid: Headline & \u2068digits\u2069.');
    expect(errorMessage(new ApiError(400, 'validation_failed', 'query is invalid'))).toBe(
      'Some of what was sent is not valid.',
    );
    // The people page's and the feeds page's fields are named too, not shown as the API spells them.
    const person = new ApiError(400, 'validation_failed', 'body: displayName too long', {
      issues: [{ path: 'displayName', code: 'too_big', message: 'too long' }],
    });
    expect(errorMessage(person)).toBe('Some of what was sent is not valid: display name.');
  });

  it('renders a feed error from its code and parameters in either language', async () => {
    const error = new ApiError(422, 'feed.http_status', 'HTTP 404 from https://wire.example/missing.xml.', {
      status: 404,
    });
    expect(errorMessage(error)).toBe('ردّ خادم المصدر برمز الخطأ 404.');
    await setUiLocale('en');
    expect(errorMessage(error)).toBe("The feed's server answered with error 404.");
    expect(errorDetail(error)).toBe('HTTP 404 from https://wire.example/missing.xml.');
  });

  it('has no detail for a failure whose message is all there is', () => {
    expect(errorDetail(new ApiError(500, 'no.such.code', 'Boom'))).toBeNull();
    expect(errorMessage(new ApiError(500, 'no.such.code', 'Boom'))).toBe('Boom');
  });
});

describe('digits of the Arabic interface', () => {
  it('Latin by default, Arabic-Indic when chosen: numbers, dates, relative times and counted strings', () => {
    expect(formatNumber(1234, 'ar')).toBe('1,234');
    expect(i18n.t('feedsAdmin.status.failing', { count: 3 })).toMatch(/3/);
    setUiDigits('arab');
    expect(formatNumber(1234, 'ar')).toBe('١٬٢٣٤');
    expect(formatDateTime('2026-03-05T10:07:00Z', 'ar')).toMatch(/٢٠٢٦/);
    expect(formatRelative('2026-03-05T10:00:00Z', Date.parse('2026-03-05T10:05:00Z'), 'ar')).toMatch(/٥/);
    const counted = i18n.t('feedsAdmin.status.failing', { count: 3 });
    expect(counted).toMatch(/٣/);
    expect(counted).not.toMatch(/3/);
  });

  it('the English interface keeps Latin digits whatever the Arabic choice', async () => {
    setUiDigits('arab');
    await setUiLocale('en');
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(i18n.t('feedsAdmin.status.failing', { count: 3 })).toBe('Failing (3 times in a row)');
  });
});
