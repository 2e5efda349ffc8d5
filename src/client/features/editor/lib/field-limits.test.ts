import { describe, expect, it } from 'vitest';
import { FIELD_LIMITS, KEYWORD_LIMITS } from '#shared/editorial/limits.ts';
import { LIMITS } from '#shared/schemas/items.ts';
import { bodyStatus, fieldStatus, keywordRefusal, refusals } from './field-limits.ts';
import type { EditorFields } from './story-fields.ts';

const fields = (patch: Partial<EditorFields> = {}): EditorFields => ({
  headline: 'كازاخستان وأوزبكستان توقعان اتفاقية للطاقة',
  summary: '',
  body: '',
  byline: '',
  dateline: '',
  slug: '',
  keywords: [],
  urgency: 3,
  ...patch,
});

describe('counts and limits as the editor shows them', () => {
  it('counts words the Arabic way and characters as a reader sees them', () => {
    const status = fieldStatus('headline', 'وبالتعاون مع Apple في 2025 — 👍', 'ar');
    expect(status.words).toBe(5);
    expect(status.characters).toBe([...'وبالتعاون مع Apple في 2025 — 👍'].length);
    expect(status.state).toBe('ok');
  });

  it('warns past the soft limit of the story language, and refuses past the hard limit', () => {
    expect(fieldStatus('headline', 'ع'.repeat(91), 'ar').state).toBe('soft');
    expect(fieldStatus('headline', 'a'.repeat(95), 'en').state).toBe('ok');
    expect(fieldStatus('headline', 'a'.repeat(101), 'en').state).toBe('soft');
    expect(fieldStatus('headline', 'ع'.repeat(FIELD_LIMITS.headline.hard + 1), 'ar')).toMatchObject({
      state: 'hard',
      hard: FIELD_LIMITS.headline.hard,
    });
  });

  it('counts what the server will store: bidi controls and outer spaces do not count', () => {
    const text = `  ${'ع'.repeat(FIELD_LIMITS.headline.hard)}\u202e  `;
    expect(fieldStatus('headline', text, 'ar').state).toBe('soft');
  });

  it('gives the body its counts and reading time', () => {
    const status = bodyStatus(`${'كلمة '.repeat(400)}\n\n`, 'ar');
    expect(status).toMatchObject({ words: 400, minutes: 2, state: 'ok', soft: null });
    expect(bodyStatus('', 'ar').minutes).toBe(0);
    expect(bodyStatus('ع'.repeat(FIELD_LIMITS.body.hard + 1), 'ar').state).toBe('hard');
  });

  it('lists every reason a save would be refused, never shortening anything', () => {
    expect(refusals(fields(), 'نص', 'ar')).toEqual([]);
    const over = fields({
      headline: '\u200b\u202e',
      slug: 's'.repeat(121),
      keywords: Array.from({ length: KEYWORD_LIMITS.count + 1 }, (_, i) => `كلمة${i}`),
    });
    expect(refusals(over, 'ع'.repeat(100_001), 'ar')).toEqual([
      { code: 'story.empty', field: 'headline' },
      { code: 'story.too_long', field: 'slug', limit: 120 },
      { code: 'story.too_long', field: 'body', limit: 100_000 },
      { code: 'story.too_many_keywords', field: 'keywords', limit: 20 },
    ]);
  });

  it('refuses a body whose text fits but whose markup does not, as such', () => {
    // 12,000 bold words: 72,000 characters of text, about 276,000 of markup.
    const body = `<p dir="rtl">${'<strong>كلمة</strong> '.repeat(12_000)}</p>`;
    expect(refusals(fields({ body }), 'كلمة '.repeat(12_000), 'ar')).toEqual([
      { code: 'story.markup_too_long', field: 'body', limit: LIMITS.body },
    ]);
    // A save that does not send the body (a headline fixed) is not refused for it.
    expect(refusals(fields({ body }), 'كلمة '.repeat(12_000), 'ar', false)).toEqual([]);
  });

  it('refuses one keyword too long or one too many, with the limit', () => {
    expect(keywordRefusal('طاقة', [])).toBeNull();
    expect(keywordRefusal('ع'.repeat(61), [])).toMatchObject({ code: 'story.keyword_too_long', limit: 60 });
    expect(
      keywordRefusal(
        'طاقة',
        Array.from({ length: 20 }, (_, i) => String(i)),
      ),
    ).toMatchObject({
      code: 'story.too_many_keywords',
    });
  });
});
