import { useEditorState, type Editor } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BulletListGlyph,
  LinkGlyph,
  OrderedListGlyph,
  QuoteGlyph,
  RedoGlyph,
  UndoGlyph,
} from './toolbar-icons.tsx';

interface Tool {
  id: string;
  label: string;
  /** Shown as the button's face (a short glyph; the label is its accessible name). */
  face: ReactNode;
  shortcut: string;
  active?: boolean;
  disabled?: boolean;
  run: () => void;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? 'Meta' : 'Control';

/**
 * The formatting toolbar: one tab stop (a roving tabindex), arrows move along it in the reading direction,
 * Home/End to its ends; each button says its state (aria-pressed) and its shortcut (aria-keyshortcuts, and
 * the tooltip). It re-renders only when what it shows changes, never on a plain keystroke.
 */
export function EditorToolbar({
  editor,
  disabled,
  onLink,
}: {
  editor: Editor;
  disabled: boolean;
  onLink: () => void;
}) {
  const { t, i18n } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      paragraph: current.isActive('paragraph'),
      h2: current.isActive('heading', { level: 2 }),
      h3: current.isActive('heading', { level: 3 }),
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      blockquote: current.isActive('blockquote'),
      link: current.isActive('link'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const tools: Tool[] = [
    {
      id: 'paragraph',
      label: t('editor.paragraph'),
      face: '¶',
      shortcut: `${mod}+Alt+0`,
      active: state.paragraph,
      run: () => chain().setParagraph().run(),
    },
    {
      id: 'h2',
      label: t('editor.heading2'),
      face: 'H2',
      shortcut: `${mod}+Alt+2`,
      active: state.h2,
      run: () => chain().toggleHeading({ level: 2 }).run(),
    },
    {
      id: 'h3',
      label: t('editor.heading3'),
      face: 'H3',
      shortcut: `${mod}+Alt+3`,
      active: state.h3,
      run: () => chain().toggleHeading({ level: 3 }).run(),
    },
    {
      id: 'bold',
      label: t('editor.bold'),
      face: <b>{t('editor.boldFace')}</b>,
      shortcut: `${mod}+B`,
      active: state.bold,
      run: () => chain().toggleBold().run(),
    },
    {
      id: 'italic',
      label: t('editor.italic'),
      face: <i>{t('editor.italicFace')}</i>,
      shortcut: `${mod}+I`,
      active: state.italic,
      run: () => chain().toggleItalic().run(),
    },
    {
      id: 'bulletList',
      label: t('editor.bulletList'),
      face: <BulletListGlyph />,
      shortcut: `${mod}+Shift+8`,
      active: state.bulletList,
      run: () => chain().toggleBulletList().run(),
    },
    {
      id: 'orderedList',
      label: t('editor.orderedList'),
      face: <OrderedListGlyph />,
      shortcut: `${mod}+Shift+7`,
      active: state.orderedList,
      run: () => chain().toggleOrderedList().run(),
    },
    {
      id: 'blockquote',
      label: t('editor.quote'),
      face: <QuoteGlyph />,
      shortcut: `${mod}+Shift+B`,
      active: state.blockquote,
      run: () => chain().toggleBlockquote().run(),
    },
    {
      id: 'link',
      label: t('editor.link'),
      face: <LinkGlyph />,
      shortcut: `${mod}+K`,
      active: state.link,
      run: onLink,
    },
    {
      id: 'undo',
      label: t('editor.undo'),
      face: <UndoGlyph />,
      shortcut: `${mod}+Z`,
      disabled: !state.canUndo,
      run: () => chain().undo().run(),
    },
    {
      id: 'redo',
      label: t('editor.redo'),
      face: <RedoGlyph />,
      shortcut: `${mod}+Shift+Z`,
      disabled: !state.canRedo,
      run: () => chain().redo().run(),
    },
  ];

  const bar = useRef<HTMLDivElement>(null);
  // The one button of the toolbar in the tab order (a roving tabindex).
  const [focusTool, setFocusTool] = useState('paragraph');
  const buttons = () => [
    ...(bar.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []),
  ];
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = buttons();
    const index = all.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const forward = i18n.dir() === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = i18n.dir() === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let next = index;
    if (event.key === forward) next = (index + 1) % all.length;
    else if (event.key === backward) next = (index - 1 + all.length) % all.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = all.length - 1;
    else return;
    event.preventDefault();
    setFocusTool(all[next]?.dataset.tool ?? 'paragraph');
    all[next]?.focus();
  };

  return (
    <div
      ref={bar}
      role="toolbar"
      tabIndex={-1}
      aria-label={t('editor.toolbar')}
      aria-controls="story-body-editor"
      onKeyDown={onKeyDown}
      className="flex flex-wrap items-center gap-0.5 border-b border-surface-line bg-surface-raised px-2 py-1"
      data-testid="editor-toolbar"
    >
      {tools.map((tool, index) => (
        <button
          key={tool.id}
          type="button"
          tabIndex={
            tool.id === (tools.find((entry) => entry.id === focusTool)?.disabled ? 'paragraph' : focusTool)
              ? 0
              : -1
          }
          aria-label={tool.label}
          aria-pressed={tool.active === undefined ? undefined : tool.active}
          aria-keyshortcuts={tool.shortcut}
          title={`${tool.label} (${tool.shortcut.replace('Control', 'Ctrl').replace('Meta', '⌘')})`}
          disabled={disabled || tool.disabled}
          data-tool={tool.id}
          // Keep the selection in the text: a mouse press on a button must not move focus first.
          onMouseDown={(event) => event.preventDefault()}
          onClick={tool.run}
          className={`inline-flex h-8 min-w-8 items-center justify-center rounded px-1.5 text-sm ${
            tool.active
              ? 'bg-brand-soft text-brand-strong'
              : 'text-ink-soft hover:bg-surface-sunken hover:text-ink'
          } disabled:opacity-40 ${index === 8 ? 'ms-1' : ''} ${index === 9 ? 'ms-2' : ''}`}
        >
          <span
            aria-hidden="true"
            className={tool.id === 'undo' || tool.id === 'redo' ? 'rtl:-scale-x-100' : ''}
          >
            {tool.face}
          </span>
        </button>
      ))}
    </div>
  );
}
