/**
 * The editor's schema, built from the one list of what a story's body may contain (STORY_ELEMENTS in
 * src/shared/html-policy.ts), the list the server's sanitiser allows too. Every extension StarterKit offers is
 * listed with the elements it writes; an extension is on only when all of its elements are story elements, so
 * code, code blocks, strike-through, underline, rules and h1/h4–h6 are off, and a new element in the shared
 * list (or a new StarterKit extension) shows up here and in the parity test, never silently in saved HTML.
 * Whatever the schema does not know (a table, an image, a script, a span's style) is dropped as content is
 * parsed: on load, on paste, on a draft's restore.
 */
import type { AnyExtension } from '@tiptap/core';
import { Extension } from '@tiptap/core';
import { Link } from '@tiptap/extension-link';
import { StarterKit, type StarterKitOptions } from '@tiptap/starter-kit';
import { allowedUrl, LINK_ATTRIBUTES, LINK_SCHEMES, STORY_ELEMENTS } from '#shared/html-policy.ts';
import type { Direction } from '#shared/text/direction.ts';
import { BlockDirection } from './block-direction.ts';

type StarterKitExtension = keyof StarterKitOptions;

/** The HTML elements each StarterKit extension writes (none for behaviour-only extensions). */
export const STARTER_KIT_ELEMENTS: Readonly<Record<StarterKitExtension, readonly string[]>> = {
  document: [],
  text: [],
  paragraph: ['p'],
  heading: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  bold: ['strong'],
  italic: ['em'],
  bulletList: ['ul'],
  orderedList: ['ol'],
  listItem: ['li'],
  blockquote: ['blockquote'],
  hardBreak: ['br'],
  link: ['a'],
  code: ['code'],
  codeBlock: ['pre', 'code'],
  strike: ['s'],
  underline: ['u'],
  horizontalRule: ['hr'],
  dropcursor: [],
  gapcursor: [],
  undoRedo: [],
  listKeymap: [],
  trailingNode: [],
};

const ALLOWED: ReadonlySet<string> = new Set(STORY_ELEMENTS);

/** The heading levels the story allows (h2 and h3). */
export const HEADING_LEVELS = STORY_ELEMENTS.flatMap((element) => {
  const match = /^h([1-6])$/.exec(element);
  return match ? [Number(match[1]) as 1 | 2 | 3 | 4 | 5 | 6] : [];
});

/**
 * Off whatever their elements: the trailing node keeps an invisible empty paragraph after a final list or quote,
 * where Ctrl+End lands and typing starts a paragraph the editor never meant (Enter twice leaves a list).
 */
const UNWANTED: ReadonlySet<StarterKitExtension> = new Set(['trailingNode']);

/** Which StarterKit extensions are on: those whose elements are all story elements (headings by level). */
export function enabledStarterKitExtensions(): StarterKitExtension[] {
  return (Object.keys(STARTER_KIT_ELEMENTS) as StarterKitExtension[]).filter((name) =>
    UNWANTED.has(name)
      ? false
      : name === 'heading'
        ? HEADING_LEVELS.length > 0
        : STARTER_KIT_ELEMENTS[name].every((element) => ALLOWED.has(element)),
  );
}

/** A link's address is accepted only absolute, with a scheme of the shared policy (http(s), mailto, tel). */
export function isAllowedLink(url: string): boolean {
  return allowedUrl(url, LINK_SCHEMES) !== null;
}

/**
 * Links carry their address only; what the server writes on every link (LINK_ATTRIBUTES: a new tab that
 * cannot reach back) is rendered from the shared policy, and nothing else (title, class) is kept.
 */
const StoryLink = Link.extend({
  addAttributes() {
    return { href: { default: null, parseHTML: (element: HTMLElement) => element.getAttribute('href') } };
  },
}).configure({
  HTMLAttributes: { ...LINK_ATTRIBUTES },
  openOnClick: false,
  // Typed addresses stay text (a link is made on purpose, Ctrl/Cmd+K); with autolink off a link also ends
  // where it ends, instead of swallowing what is typed after it.
  autolink: false,
  defaultProtocol: 'https',
  isAllowedUri: (url) => isAllowedLink(url),
});

/** Editor shortcuts beyond the extensions' own: Ctrl/Cmd+K asks for a link. */
const StoryShortcuts = Extension.create<{ onLinkShortcut: () => void }>({
  name: 'storyShortcuts',
  addOptions() {
    return { onLinkShortcut: () => undefined };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.onLinkShortcut();
        return true;
      },
    };
  },
});

export interface StoryExtensionOptions {
  baseDirection: Direction;
  onLinkShortcut?: () => void;
}

/** The whole extension list of the story editor (the parity test builds the editor from exactly this). */
export function storyExtensions({ baseDirection, onLinkShortcut }: StoryExtensionOptions): AnyExtension[] {
  const enabled = new Set(enabledStarterKitExtensions());
  const options = Object.fromEntries(
    (Object.keys(STARTER_KIT_ELEMENTS) as StarterKitExtension[]).map((name) => [
      name,
      enabled.has(name) ? {} : false,
    ]),
  ) as Partial<StarterKitOptions>;
  // Headings by level; the link is StoryLink below, configured from the shared policy.
  options.heading = enabled.has('heading') ? { levels: HEADING_LEVELS } : false;
  options.link = false;
  const extensions: AnyExtension[] = [
    StarterKit.configure(options),
    BlockDirection.configure({ baseDirection }),
    StoryShortcuts.configure({ onLinkShortcut: onLinkShortcut ?? (() => undefined) }),
  ];
  if (enabled.has('link')) extensions.push(StoryLink);
  return extensions;
}
