/** The toolbar's glyphs, drawn inline (the editor's chunk carries them, not the main bundle). Decorative. */
import { Icon } from '#client/components/ui/icons.tsx';

export const BulletListGlyph = () => (
  <Icon>
    <path d="M9 6h11M9 12h11M9 18h11" />
    <circle cx="4.5" cy="6" r="1" fill="currentColor" />
    <circle cx="4.5" cy="12" r="1" fill="currentColor" />
    <circle cx="4.5" cy="18" r="1" fill="currentColor" />
  </Icon>
);
export const OrderedListGlyph = () => (
  <Icon>
    <path d="M10 6h10M10 12h10M10 18h10" />
    <path d="M4 4.5 5.5 4v4M4 10.5c.4-.6 2.2-.8 2.2.4 0 .9-2.2 1.6-2.2 2.6h2.3M4 16.3c.5-.5 2.2-.6 2.2.4 0 .6-.6.8-1.1.8.6 0 1.2.3 1.2.9 0 1-1.8 1-2.3.4" />
  </Icon>
);
export const QuoteGlyph = () => (
  <Icon>
    <path d="M10 8H6a2 2 0 0 0-2 2v2h4v4H4v-4M20 8h-4a2 2 0 0 0-2 2v2h4v4h-4v-4" />
  </Icon>
);
export const LinkGlyph = () => (
  <Icon>
    <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" />
    <path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
  </Icon>
);
export const UndoGlyph = () => (
  <Icon>
    <path d="M9 14 4 9l5-5" />
    <path d="M4 9h10a6 6 0 0 1 0 12h-3" />
  </Icon>
);
export const RedoGlyph = () => (
  <Icon>
    <path d="m15 14 5-5-5-5" />
    <path d="M20 9H10a6 6 0 0 0 0 12h3" />
  </Icon>
);
