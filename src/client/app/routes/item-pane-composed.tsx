/**
 * The item pane with what other features add to it: the workflow buttons, versions, the publication preview
 * and "write a story from these reports". Loaded lazily with the pane (item.tsx), so none of it (the diff, the
 * body sanitiser) weighs on the queue's first load.
 */
import { useQueryClient } from '@tanstack/react-query';
import type { Item } from '#shared/schemas/items.ts';
import { fetchInHandCopy } from '#client/features/item/api/get-item-cluster.ts';
import { ItemPane, type ItemPaneProps } from '#client/features/item/components/item-pane.tsx';
import { PublicationSection } from '#client/features/publication/components/publication-section.tsx';
import { WriteStoryButton } from '#client/features/stories/components/write-story-button.tsx';
import { VersionsSection } from '#client/features/versions/components/versions-section.tsx';
import { ActionBar } from '#client/features/workflow/components/action-bar.tsx';

const renderVersions = (item: Item) => <VersionsSection item={item} />;
const renderPublication = (item: Item) => <PublicationSection item={item} />;
const renderWriteStory = (sourceIds: number[]) => <WriteStoryButton sourceIds={sourceIds} />;

export type ComposedItemPaneProps = Omit<
  ItemPaneProps,
  'renderActions' | 'renderVersions' | 'renderPublication' | 'renderWriteStory'
>;

export function ComposedItemPane(props: ComposedItemPaneProps) {
  const { onOpenItem } = props;
  const queryClient = useQueryClient();
  return (
    <ItemPane
      {...props}
      renderActions={(item) => (
        <ActionBar
          item={item}
          findInHand={(report) => fetchInHandCopy(queryClient, report)}
          onOpenItem={onOpenItem}
        />
      )}
      renderVersions={renderVersions}
      renderPublication={renderPublication}
      renderWriteStory={renderWriteStory}
    />
  );
}
