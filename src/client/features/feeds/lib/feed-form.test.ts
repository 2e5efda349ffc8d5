import { describe, expect, it } from 'vitest';
import ar from '#shared/i18n/locales/ar.pages.json';
import { ApiError } from '#client/lib/api-client.ts';
import { checkCreate, checkPatch, emptyValues, serverErrors, valuesOf } from './feed-form.ts';
import { testFeed } from './test-feed.ts';

const FEED = testFeed({ id: 7, format: 'rss', language: 'ar', deskId: 2, version: 4 });

/** The poll interval in seconds a typed value in minutes comes to, or null when it is refused. */
function interval(intervalValue: string): number | null {
  const checked = checkCreate({
    ...emptyValues(),
    name: 'x',
    url: 'https://a.example',
    intervalValue,
    intervalUnit: 'minutes',
  });
  return checked.ok ? checked.data.pollIntervalSeconds : null;
}

describe('checkCreate (FeedCreateSchema)', () => {
  it('accepts a complete form and converts the interval to seconds', () => {
    const checked = checkCreate({
      ...emptyValues(),
      name: '  وكالة  ',
      url: 'https://wire.example/a.xml',
      intervalValue: '2',
      intervalUnit: 'hours',
      language: 'ar',
      deskId: '3',
    });
    expect(checked).toEqual({
      ok: true,
      data: {
        name: 'وكالة',
        nameEn: null,
        url: 'https://wire.example/a.xml',
        pollIntervalSeconds: 7200,
        language: 'ar',
        deskId: 3,
        enabled: true,
      },
    });
  });

  it('puts a translatable message on every bad field', () => {
    const checked = checkCreate({
      ...emptyValues(),
      name: ' ',
      url: 'ftp://wire.example',
      intervalValue: '10',
      intervalUnit: 'seconds',
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.name?.key).toBe('feedsAdmin.form.errors.required');
    expect(checked.errors.url?.key).toBe('feedsAdmin.form.errors.url');
    expect(checked.errors.pollIntervalSeconds?.key).toBe('feedsAdmin.form.errors.interval');
    // …and every such key has a text (a missing one would show as the key itself).
    for (const message of Object.values(checked.errors)) {
      const text = message!.key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], ar);
      expect(typeof text, message!.key).toBe('string');
    }
  });

  it('refuses an empty or non-numeric interval and one over a day', () => {
    for (const intervalValue of ['', 'abc', '25'])
      expect(
        checkCreate({
          ...emptyValues(),
          name: 'x',
          url: 'https://a.example',
          intervalValue,
          intervalUnit: 'hours',
        }).ok,
      ).toBe(false);
  });

  it('reads an interval typed in Arabic-Indic or Persian digits; not hex or exponent notation', () => {
    expect(interval('١٥')).toBe(900);
    expect(interval('۱۵')).toBe(900);
    expect(interval(' 15 ')).toBe(900);
    expect(interval('0x10')).toBeNull();
    expect(interval('1e1')).toBeNull();
  });

  it('names the limit of an over-long name', () => {
    const checked = checkCreate({ ...emptyValues(), name: 'ا'.repeat(201), url: 'https://a.example' });
    expect(checked.ok ? null : checked.errors.name).toEqual({
      key: 'feedsAdmin.form.errors.tooLong',
      values: { max: 200 },
    });
  });
});

describe('checkPatch (FeedPatchSchema)', () => {
  it('sends only what changed', () => {
    const values = { ...valuesOf(FEED), intervalValue: '15' };
    expect(checkPatch(values, FEED)).toEqual({ ok: true, data: { pollIntervalSeconds: 900 } });
  });
  it('has nothing to send when nothing changed', () => {
    expect(checkPatch(valuesOf(FEED), FEED)).toEqual({ ok: true, data: null });
  });
  it('clears language and desk with null', () => {
    expect(checkPatch({ ...valuesOf(FEED), language: '', deskId: '' }, FEED)).toEqual({
      ok: true,
      data: { language: null, deskId: null },
    });
  });
  it('sets, changes and clears the English name; a blank one is none', () => {
    expect(checkPatch({ ...valuesOf(FEED), nameEn: ' Qatar News Agency ' }, FEED)).toEqual({
      ok: true,
      data: { nameEn: 'Qatar News Agency' },
    });
    const named = testFeed({ nameEn: 'QNA' });
    expect(checkPatch({ ...valuesOf(named), nameEn: '  ' }, named)).toEqual({
      ok: true,
      data: { nameEn: null },
    });
    expect(checkPatch(valuesOf(named), named)).toEqual({ ok: true, data: null });
  });
  it('refuses a bad address', () => {
    const checked = checkPatch({ ...valuesOf(FEED), url: 'not a url' }, FEED);
    expect(checked.ok ? null : checked.errors.url?.key).toBe('feedsAdmin.form.errors.url');
  });
});

describe('serverErrors', () => {
  it('puts a taken address on the address field', () => {
    expect(serverErrors(new ApiError(409, 'feed.exists', 'exists')).fields.url?.key).toBe(
      'errors.feed.exists',
    );
    expect(serverErrors(new ApiError(409, 'feed.name_taken', 'taken')).fields.name?.key).toBe(
      'errors.feed.name_taken',
    );
  });
  it('recognises a stale version', () => {
    expect(serverErrors(new ApiError(412, 'version_conflict', 'stale')).conflict).toBe(true);
  });
  it('maps the server validation issues to fields', () => {
    const error = new ApiError(400, 'validation_failed', 'body: url bad', {
      issues: [{ path: 'url', code: 'invalid_format', message: 'an http(s) URL' }],
    });
    expect(serverErrors(error).fields).toEqual({
      url: { key: 'feedsAdmin.form.errors.url', values: undefined },
    });
  });
});
