// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { LINK_ATTRIBUTES, STORY_ELEMENTS } from '#shared/html-policy.ts';
import {
  enabledStarterKitExtensions,
  HEADING_LEVELS,
  isAllowedLink,
  STARTER_KIT_ELEMENTS,
  storyExtensions,
} from './story-extensions.ts';
import { storyHtmlToSave } from './story-html.ts';

const editors: Editor[] = [];
function editorWith(content: string): Editor {
  const editor = new Editor({ extensions: storyExtensions({ baseDirection: 'rtl' }), content });
  editors.push(editor);
  return editor;
}
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

/** The element names in an HTML string. */
function elementsOf(html: string): Set<string> {
  const template = document.createElement('template');
  template.innerHTML = html;
  return new Set([...template.content.querySelectorAll('*')].map((element) => element.localName));
}

/** One of every story element, as the editor would receive it. */
const EVERY_STORY_ELEMENT =
  '<h2>عنوان فرعي</h2><h3>عنوان أصغر</h3><p>فقرة فيها <strong>عريض</strong> و<em>مائل</em> و' +
  '<a href="https://example.com/a">رابط</a><br>وسطر ثانٍ.</p><ul><li>بند</li></ul><ol><li>أول</li></ol>' +
  '<blockquote><p>"A quote", said the minister.</p></blockquote>';

describe('the story editor schema', () => {
  it('enables exactly the StarterKit extensions whose elements are all story elements', () => {
    const allowed = new Set<string>(STORY_ELEMENTS);
    for (const name of enabledStarterKitExtensions()) {
      const elements = STARTER_KIT_ELEMENTS[name].filter(
        (element) => name !== 'heading' || HEADING_LEVELS.includes(Number(element.slice(1)) as 2),
      );
      expect(
        elements.every((element) => allowed.has(element)),
        name,
      ).toBe(true);
    }
    expect(enabledStarterKitExtensions()).not.toEqual(
      expect.arrayContaining(['code', 'codeBlock', 'strike', 'underline', 'horizontalRule']),
    );
    expect(HEADING_LEVELS).toEqual([2, 3]);
  });

  it('covers every story element: each has an extension that writes it', () => {
    const written = new Set(
      enabledStarterKitExtensions().flatMap((name) =>
        name === 'heading' ? HEADING_LEVELS.map((level) => `h${level}`) : STARTER_KIT_ELEMENTS[name],
      ),
    );
    expect(STORY_ELEMENTS.filter((element) => !written.has(element))).toEqual([]);
  });

  it('keeps exactly the story elements: every one of them survives a round trip', () => {
    const html = editorWith(EVERY_STORY_ELEMENT).getHTML();
    expect([...elementsOf(html)].sort()).toEqual([...STORY_ELEMENTS].sort());
  });

  it('drops everything else: tables, images, scripts, styles, h1, code, strike, underline, rules, frames', () => {
    const hostile =
      '<h1>عنوان رئيسي</h1><table><tr><td>خلية</td></tr></table><img src="https://x.test/a.png" alt="صورة">' +
      '<script>window.__pwned = 1</script><style>p{color:red}</style><p style="color:red" class="x" id="y">' +
      '<span style="font-family:Arial;color:blue">نص ملوّن</span> <code>code()</code> <s>مشطوب</s> <u>مسطّر</u>' +
      ' <font color="red">قديم</font></p><hr><pre><code>x = 1</code></pre><iframe src="https://x.test"></iframe>' +
      '<h4>رابع</h4><svg><circle r="1"></circle></svg><a href="javascript:alert(1)">خبيث</a>' +
      '<object data="x"></object><p onclick="alert(1)">نقرة</p>';
    const html = editorWith(hostile).getHTML();
    const elements = elementsOf(html);
    const allowed = new Set<string>(STORY_ELEMENTS);
    expect([...elements].filter((element) => !allowed.has(element))).toEqual([]);
    expect(html).not.toMatch(/style=|class=|onclick|javascript:|__pwned|<script|<img/);
    // The text of dropped markup is kept where it is story text; a script's is not.
    expect(html).toContain('عنوان رئيسي');
    expect(html).toContain('خلية');
    expect(html).toContain('نص ملوّن');
  });

  it('writes links with the shared link attributes and only absolute, allowed addresses', () => {
    const html = editorWith(
      '<p><a href="https://example.com/x" title="t" class="c">أ</a> <a href="/relative">ب</a> ' +
        '<a href="data:text/html,x">ج</a> <a href="mailto:desk@example.com">د</a></p>',
    ).getHTML();
    const template = document.createElement('template');
    template.innerHTML = html;
    const links = [...template.content.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://example.com/x',
      'mailto:desk@example.com',
    ]);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe(LINK_ATTRIBUTES.target);
      expect(link.getAttribute('rel')).toBe(LINK_ATTRIBUTES.rel);
      expect(link.hasAttribute('title') || link.hasAttribute('class')).toBe(false);
    }
    expect(isAllowedLink('https://example.com')).toBe(true);
    expect(isAllowedLink('javascript:alert(1)')).toBe(false);
    expect(isAllowedLink('example.com')).toBe(false);
  });

  it('saves clean, stable HTML: what it writes parses back to itself', () => {
    const first = storyHtmlToSave(editorWith(EVERY_STORY_ELEMENT).getHTML(), 'rtl');
    const second = storyHtmlToSave(editorWith(first).getHTML(), 'rtl');
    expect(second).toBe(first);
    expect(first).not.toMatch(/<p>\s*<\/p>|&nbsp;|style=/);
    expect(first).toContain('<li dir="rtl">بند</li>');
  });
});
