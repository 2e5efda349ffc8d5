/**
 * The server keeps exactly the story elements of the shared list (src/shared/html-policy.ts STORY_ELEMENTS);
 * the editor's schema is held to the same list by its own test (src/client/features/editor).
 */
import { describe, expect, it } from 'vitest';
import { STORY_ELEMENTS } from '#shared/html-policy.ts';
import { sanitizeStoryBody } from './story-body.ts';

/** Markup with one element of each kind where it belongs. */
const SAMPLE: Record<(typeof STORY_ELEMENTS)[number], string> = {
  p: '<p>فقرة</p>',
  h2: '<h2>عنوان فرعي</h2>',
  h3: '<h3>عنوان أصغر</h3>',
  strong: '<p><strong>عريض</strong> نص</p>',
  em: '<p><em>مائل</em> نص</p>',
  ul: '<ul><li>بند</li></ul>',
  ol: '<ol><li>بند</li></ol>',
  li: '<ul><li>بند</li></ul>',
  blockquote: '<blockquote>اقتباس</blockquote>',
  a: '<p><a href="https://example.com/">رابط</a></p>',
  br: '<p>سطر<br>سطر آخر</p>',
};

const OTHERS = [
  'h1',
  'h4',
  'table',
  'img',
  'span',
  'div',
  'code',
  'pre',
  'u',
  's',
  'hr',
  'figure',
  'iframe',
  'script',
];

describe('the server sanitiser for story bodies', () => {
  it.each(STORY_ELEMENTS)('keeps <%s>', (name) => {
    expect(sanitizeStoryBody(SAMPLE[name], 'ar')).toMatch(new RegExp(`<${name}[\\s>]`));
  });

  it.each(OTHERS)('leaves out <%s> (keeping readable text where there is some)', (name) => {
    const html = name === 'img' || name === 'hr' ? `<p>قبل</p><${name}>` : `<p>قبل</p><${name}>نص</${name}>`;
    const out = sanitizeStoryBody(html, 'ar');
    expect(out).not.toMatch(new RegExp(`<${name}[\\s>]`));
    expect(out).toContain('قبل');
    if (name === 'script' || name === 'iframe') expect(out).not.toContain('نص');
  });

  it('keeps no aria-* nor role attribute: a pasted aria-hidden would hide a paragraph from screen readers', () => {
    const html =
      '<p aria-hidden="true" role="presentation">فقرة</p><p><a href="https://example.com/" aria-label="x">رابط</a></p>';
    expect(sanitizeStoryBody(html, 'ar')).toBe(
      '<p dir="rtl">فقرة</p><p dir="rtl"><a href="https://example.com/" target="_blank" rel="noopener noreferrer nofollow">رابط</a></p>',
    );
  });
});
