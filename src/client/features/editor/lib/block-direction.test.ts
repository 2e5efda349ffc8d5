// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Direction } from '#shared/text/direction.ts';
import { DIRECTED_NODES } from './block-direction.ts';
import { storyExtensions } from './story-extensions.ts';

const editors: Editor[] = [];
/** An editor with the story's extensions, once it has been created (its `create` event has fired). */
async function editorWith(content: string, baseDirection: Direction = 'rtl'): Promise<Editor> {
  const editor = new Editor({ extensions: storyExtensions({ baseDirection }), content });
  editors.push(editor);
  await new Promise((created) => editor.on('create', created));
  return editor;
}
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

/** Each top-level block's name and direction. */
function directions(editor: Editor): Array<[string, string | null]> {
  const out: Array<[string, string | null]> = [];
  editor.state.doc.forEach((node) =>
    out.push([node.type.name, (node.attrs.dir as string | undefined) ?? null]),
  );
  return out;
}

describe('block directions from their own text', () => {
  it('gives every directed block the direction of its text as the story opens', async () => {
    const editor = await editorWith(
      '<p>Apple تفتتح أول متجر لها في الرياض</p><p>2025 عام حافل بالأحداث</p>' +
        '<blockquote><p>"We are pleased to be here", the chief executive said.</p></blockquote>' +
        '<h2>Trump يصل إلى الدوحة</h2><ul><li>English item in an Arabic story</li></ul><p>123</p>',
    );
    expect(directions(editor)).toEqual([
      ['paragraph', 'rtl'],
      ['paragraph', 'rtl'],
      ['blockquote', 'ltr'],
      ['heading', 'rtl'],
      ['bulletList', null],
      ['paragraph', 'rtl'],
    ]);
    expect(editor.getHTML()).toContain('<li dir="ltr"><p dir="ltr">English item in an Arabic story</p></li>');
  });

  it('measures again the block a split leaves at the end of the change', async () => {
    const arabic = 'قال الوزير في بيان مقتضب إن المحادثات ';
    const editor = await editorWith(`<p>${arabic}went well and will continue</p>`);
    expect(directions(editor)).toEqual([['paragraph', 'rtl']]);
    // Enter before the English words: the paragraph after the split is theirs alone, and left to right.
    editor
      .chain()
      .setTextSelection(1 + arabic.length)
      .splitBlock()
      .run();
    expect(directions(editor)).toEqual([
      ['paragraph', 'rtl'],
      ['paragraph', 'ltr'],
    ]);
  });

  it('keeps an Arabic sentence heavy with Latin names right to left, and a quote in the other language its own', async () => {
    const arabic = 'قالت وكالة Reuters إن شركة Saudi Aramco وقعت اتفاقا مع ExxonMobil.';
    expect(directions(await editorWith(`<p>${arabic}</p>`, 'rtl'))).toEqual([['paragraph', 'rtl']]);
    const names = 'اجتمع Vladimir Putin مع Xi Jinping';
    expect(directions(await editorWith(`<p>${names}</p>`, 'rtl'))).toEqual([['paragraph', 'rtl']]);
    // A quote in the other language reads in its own direction, an Arabic name in it or not.
    const quote = 'The talks with Uzbekistan (أوزبكستان) went well and will continue, the minister said.';
    expect(directions(await editorWith(`<p>${quote}</p>`, 'rtl'))).toEqual([['paragraph', 'ltr']]);
    expect(directions(await editorWith('<p>قال الوزير إن المحادثات ستستمر</p>', 'ltr'))).toEqual([
      ['paragraph', 'rtl'],
    ]);
  });

  it('takes the story language as the direction of blocks without letters', async () => {
    expect(directions(await editorWith('<p>2025</p>', 'ltr'))).toEqual([['paragraph', 'ltr']]);
    expect(directions(await editorWith('<p>2025</p>', 'rtl'))).toEqual([['paragraph', 'rtl']]);
  });

  it('follows the text as it is typed, in the block being typed only, outside the undo history', async () => {
    const editor = await editorWith('<p>نص عربي</p><p>12</p>');
    // Type English into the second paragraph: it turns left to right, the first stays as it was.
    const end = editor.state.doc.content.size - 1;
    editor.chain().setTextSelection(end).insertContent(' The English sentence takes over').run();
    expect(directions(editor)).toEqual([
      ['paragraph', 'rtl'],
      ['paragraph', 'ltr'],
    ]);
    // One undo takes the typing back, and the direction follows the text again.
    editor.commands.undo();
    expect(editor.state.doc.lastChild?.textContent).toBe('12');
    expect(directions(editor)).toEqual([
      ['paragraph', 'rtl'],
      ['paragraph', 'rtl'],
    ]);
  });

  it('directs exactly the nodes of the story blocks', () => {
    expect([...DIRECTED_NODES].sort()).toEqual(['blockquote', 'heading', 'listItem', 'paragraph']);
  });
});
