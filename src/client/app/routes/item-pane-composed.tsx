/**
 * The item pane with what other features add to it: the workflow buttons, versions, the publication preview
 * and "write a story from these reports". Loaded lazily with the pane (item.tsx), so none of it (the diff, the
 * body sanitiser) weighs on the queue's first load.
 */
import type { Item } from '#shared/schemas/items.ts';
import { ItemPane, type ItemPaneProps } from '#client/features/item/components/item-pane.tsx';
import { PublicationSection } from '#client/features/publication/components/publication-section.tsx';
import { WriteStoryButton } from '#client/features/stories/components/write-story-button.tsx';
import { VersionsSection } from '#client/features/versions/components/versions-section.tsx';
import { ActionBar } from '#client/features/workflow/components/action-bar.tsx';

const renderActions = (item: Item) => <ActionBar item={item} />;
const renderVersions = (item: Item) => <VersionsSection item={item} />;
const renderPublication = (item: Item) => <PublicationSection item={item} />;
const renderWriteStory = (sourceIds: number[]) => <WriteStoryButton sourceIds={sourceIds} />;

export type ComposedItemPaneProps = Omit<
  ItemPaneProps,
  'renderActions' | 'renderVersions' | 'renderPublication' | 'renderWriteStory'
>;

export function ComposedItemPane(props: ComposedItemPaneProps) {
  return (
    <ItemPane
      {...props}
      renderActions={renderActions}
      renderVersions={renderVersions}
      renderPublication={renderPublication}
      renderWriteStory={renderWriteStory}
    />
  );
}
