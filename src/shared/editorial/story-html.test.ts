// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { normalizeStoryDom } from './story-html.ts';

function normalize(html: string, base: 'rtl' | 'ltr' = 'rtl'): string {
  const root = document.createElement('div');
  root.innerHTML = html;
  normalizeStoryDom(root, base);
  return root.innerHTML;
}

describe('story HTML normalisation', () => {
  it('lifts lists out of paragraphs and drops empty blocks', () => {
    expect(normalize('<p>قبل<ul><li>بند</li></ul>بعد</p><p></p><p dir="rtl"> </p><p><br></p>')).toBe(
      '<p dir="rtl">قبل</p><ul><li dir="rtl">بند</li></ul><p dir="rtl">بعد</p>',
    );
  });

  it('replaces no-break-space runs and trims block edges', () => {
    expect(normalize('<p>&nbsp;&nbsp;خبر&nbsp;&nbsp;&nbsp;عاجل&nbsp;</p>')).toBe('<p dir="rtl">خبر عاجل</p>');
  });

  it('gives each block the direction of its own text', () => {
    expect(
      normalize(
        '<p>Apple تفتتح أول متجر لها في باكو</p><blockquote>"We are proud" said the CEO</blockquote><p>2025</p>',
        'rtl',
      ),
    ).toBe(
      '<p dir="rtl">Apple تفتتح أول متجر لها في باكو</p><blockquote dir="ltr">"We are proud" said the CEO</blockquote><p dir="rtl">2025</p>',
    );
    expect(normalize('<p>2025</p>', 'ltr')).toBe('<p dir="ltr">2025</p>');
  });

  it('wraps loose text and inline runs in paragraphs, and is idempotent', () => {
    const once = normalize('نص <strong>مهم</strong> خارج الفقرات<h2>عنوان</h2>');
    expect(once).toBe('<p dir="rtl">نص <strong>مهم</strong> خارج الفقرات</p><h2 dir="rtl">عنوان</h2>');
    expect(normalize(once)).toBe(once);
  });
});
