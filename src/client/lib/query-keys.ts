/**
 * Every query key in one place, so the live stream (lib/live/) can patch or invalidate exactly what a
 * change touches. Features build their queryOptions on these.
 */
import type { DeskOverviewRawQuery } from '#shared/schemas/desk-overview.ts';
import type { ItemFilters } from '#shared/schemas/items.ts';

export const queryKeys = {
  session: ['session'] as const,
  desks: ['desks'] as const,
  /** Sources' English names; under 'feeds', so every feed event and feed change asks for them again. */
  sourceNames: ['feeds', 'source-names'] as const,
  items: ['items'] as const,
  itemLists: ['items', 'list'] as const,
  itemList: (filters: ItemFilters) => ['items', 'list', filters] as const,
  facetsAll: ['items', 'facets'] as const,
  facets: (filters: ItemFilters) => ['items', 'facets', filters] as const,
  item: (id: number) => ['items', 'detail', id] as const,
  history: (id: number) => ['items', 'history', id] as const,
  comments: (id: number) => ['items', 'comments', id] as const,
  /** The signed-in user's autosaved draft of a story (private; not under 'items': no list event touches it). */
  draft: (id: number) => ['drafts', id] as const,
  clusterAll: ['items', 'cluster'] as const,
  cluster: (id: number) => ['items', 'cluster', id] as const,
  /** A story's version list (newest first); one whole version never changes once saved. */
  versions: (id: number) => ['items', 'versions', id] as const,
  version: (id: number, number: number) => ['items', 'version', id, number] as const,
  /** The reports a desk story was written from (the data: Item[], for the pane and the editor alike). */
  storySources: (id: number) => ['items', 'sources', id] as const,
  storySourcesAll: ['items', 'sources'] as const,
  /** Every copy the agency sent of a wire item. */
  wireCopies: (id: number) => ['items', 'wire-copies', id] as const,
  /** What publishing the story now would send out. */
  publicationPreview: (id: number) => ['items', 'publication-preview', id] as const,
  notifications: ['notifications'] as const,
  /** The signed-in user's own switches for flashes (tone, desktop notification). */
  alertSettings: ['alert-settings'] as const,
  views: ['views'] as const,
  /** People administration: the accounts and the service tokens (every user.* event asks for them again). */
  people: ['people'] as const,
  peopleUsers: ['people', 'users'] as const,
  peopleTokens: ['people', 'tokens'] as const,
  /** Who may be assigned (every user.* event asks for them again). */
  assigneesAll: ['assignees'] as const,
  assignees: (desk: number | null) => ['assignees', desk] as const,
  /** The desk overview's counts (re-asked, throttled, when items change: lib/live/connection.ts). */
  deskOverviewAll: ['desk-overview'] as const,
  deskOverview: (query: DeskOverviewRawQuery) => ['desk-overview', query] as const,
} as const;
