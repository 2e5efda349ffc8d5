import { useTranslation } from 'react-i18next';
import { isPlainClick } from '#client/lib/keyboard.ts';
import type { Item } from '#shared/schemas/items.ts';
import { useInHandWords } from '#client/lib/in-hand-words.ts';
import { useUiStore } from '#client/stores/ui-store.ts';
import { isolatedText, textDirection } from '#client/lib/directed-text.tsx';

/**
 * Said above an incoming report whose story the desk already has in hand (another agency's report of it taken
 * up, being written or out), with the way to that report: so that nobody takes up a second copy of the story
 * unawares. The Accept button asks again (the workflow's action bar).
 */
export function StoryInHandNotice({
  copy,
  itemHref,
  onOpen,
}: {
  /** The report in hand (shared/workflow.ts, inHandCopyOf). */
  copy: Item;
  itemHref(id: number): string;
  onOpen(id: number): void;
}) {
  const { t } = useTranslation();
  const values = useInHandWords()(copy);
  return (
    <section
      aria-labelledby="story-in-hand-title"
      className="flex flex-col gap-1 rounded-md bg-amber-50 px-4 py-3 ring-1 ring-inset ring-amber-300"
      data-testid="story-in-hand"
      data-copy-id={copy.id}
    >
      <h3 id="story-in-hand-title" className="text-sm font-semibold text-amber-950">
        {t('item.inHandTitle')}
      </h3>
      <p className="text-sm text-amber-950">
        {copy.assignee ? t('item.inHandWith', values) : t('item.inHand', values)}
      </p>
      <a
        href={itemHref(copy.id)}
        onClick={(event) => {
          if (!isPlainClick(event)) return;
          event.preventDefault();
          // The copy opens in this pane, and focus with it (this link goes with the pane).
          useUiStore.setState({ focusPaneFor: copy.id });
          onOpen(copy.id);
        }}
        dir={textDirection(copy.headline, copy.language)}
        aria-describedby="story-in-hand-title"
        className="self-start text-sm font-medium text-brand-strong underline hover:no-underline"
        data-testid="story-in-hand-open"
      >
        {isolatedText(copy.headline)}
      </a>
    </section>
  );
}
