// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { losesContentAsStory, storyHtmlToSave, storyText } from './story-html.ts';

describe('the story HTML the editor saves', () => {
  it('never puts a list inside a paragraph, drops empty paragraphs and no-break-space runs', () => {
    const html = storyHtmlToSave(
      '<p>قبل<ul><li><p>بند</p></li></ul>بعد</p><p></p><p>&nbsp;&nbsp;</p><p>كلمة&nbsp;&nbsp;&nbsp;وكلمة</p>',
      'rtl',
    );
    expect(html).toBe(
      '<p dir="rtl">قبل</p><ul><li dir="rtl">بند</li></ul><p dir="rtl">بعد</p><p dir="rtl">كلمة وكلمة</p>',
    );
  });

  it('keeps only dir on blocks, and on links the address with the policy attributes, in the server order', () => {
    expect(
      storyHtmlToSave(
        '<p style="color:red" class="x" data-a="1" dir="ltr">نص <a target="_blank" rel="noopener" ' +
          'href="https://example.com/a" title="t">هنا</a> <a href="javascript:alert(1)">لا</a></p>',
        'rtl',
      ),
    ).toBe(
      '<p dir="rtl">نص <a href="https://example.com/a" target="_blank" rel="noopener noreferrer nofollow">هنا</a> لا</p>',
    );
  });

  it('keeps a list item with several paragraphs as it is, and removes bidi controls', () => {
    // A file name does not vote on the direction: the sentence around it is Arabic.
    expect(storyHtmlToSave('<ul><li><p>أ</p><p>ب</p></li></ul><p>ملف \u202egpj.exe</p>', 'rtl')).toBe(
      '<ul><li dir="rtl"><p dir="rtl">أ</p><p dir="rtl">ب</p></li></ul><p dir="rtl">ملف gpj.exe</p>',
    );
  });

  it('is stable: saving what it saved changes nothing', () => {
    const once = storyHtmlToSave(
      '<h2>عنوان</h2><p>Apple <strong>تفتتح</strong><br>متجراً</p><blockquote><p>Quote</p></blockquote><ol><li><p>1</p></li></ol>',
      'rtl',
    );
    expect(storyHtmlToSave(once, 'rtl')).toBe(once);
  });

  it('gives the text as the server counts it, blocks apart', () => {
    expect(storyText('<p>أول</p><p>ثانٍ<br>ثالث</p><ul><li>بند</li></ul>')).toBe('أول ثانٍ ثالث بند');
  });

  it('tells when saving wire HTML as a story would leave something out', () => {
    expect(
      losesContentAsStory(
        '<p dir="rtl">نص <b>عريض</b> <a href="https://x.test">x</a></p><ul><li>ب</li></ul>',
      ),
    ).toBe(false);
    expect(losesContentAsStory('<p>نص</p><table><tr><td>x</td></tr></table>')).toBe(true);
    expect(losesContentAsStory('<p>صورة <img src="https://x.test/a.png"></p>')).toBe(true);
  });
});
