/**
 * The desk's frame, as classes: the header bar, the queue's columns and its toolbar row. The desk's own
 * components draw them, and so does the first glance the server renders before they run
 * (features/queue/components/queue-glance.tsx): one definition, so the rows do not move when the desk takes over.
 */

/** The header across the top of every desk page. */
export const DESK_HEADER_CLASS =
  'relative flex h-14 shrink-0 items-center gap-3 border-b border-surface-line bg-white px-4 max-tablet:gap-1 max-tablet:px-2';

/** The queue's columns: filters (wide screens), the list, the open item (a phone shows one at a time). */
export const QUEUE_COLUMNS_CLASS =
  'relative grid h-full grid-cols-1 tablet:grid-cols-[minmax(0,1fr)_minmax(0,1.1fr)] xl:grid-cols-[17.5rem_minmax(0,1fr)_minmax(0,1.1fr)]';

/** The filters column as it stands on a wide screen (a drawer elsewhere). */
export const FILTERS_COLUMN_CLASS =
  'min-h-0 overflow-y-auto border-e border-surface-line bg-surface-raised xl:static xl:block xl:w-auto xl:shadow-none';

/** The row above the queue's list: its title, count and buttons. */
export const QUEUE_TOOLBAR_CLASS =
  'flex min-h-12 flex-wrap items-center gap-2 border-b border-surface-line px-3 py-1 max-tablet:gap-x-1';
