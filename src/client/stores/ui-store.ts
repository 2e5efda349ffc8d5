/** UI state shared across features: selection for bulk actions, the current row, panels and dialogs. */
import { create } from 'zustand';

interface UiState {
  /** Items ticked for a bulk action. */
  selected: ReadonlySet<number>;
  /** The queue row the keyboard is on. */
  currentId: number | null;
  /** Below the wide breakpoint the filters become a drawer. */
  filtersOpen: boolean;
  shortcutsOpen: boolean;
  notificationsOpen: boolean;
  /** The item opened with the keyboard's "forward" arrow: its pane takes focus once it shows. */
  focusPaneFor: number | null;
  toggleSelected(id: number): void;
  setSelected(ids: Iterable<number>): void;
  clearSelection(): void;
  setCurrent(id: number | null): void;
  setFiltersOpen(open: boolean): void;
  setShortcutsOpen(open: boolean): void;
  setNotificationsOpen(open: boolean): void;
}

export const useUiStore = create<UiState>((set) => ({
  selected: new Set(),
  currentId: null,
  filtersOpen: false,
  shortcutsOpen: false,
  notificationsOpen: false,
  focusPaneFor: null,
  toggleSelected: (id) =>
    set((state) => {
      const selected = new Set(state.selected);
      if (selected.has(id)) selected.delete(id);
      else selected.add(id);
      return { selected };
    }),
  setSelected: (ids) => set({ selected: new Set(ids) }),
  clearSelection: () => set({ selected: new Set() }),
  setCurrent: (currentId) => set({ currentId }),
  setFiltersOpen: (filtersOpen) => set({ filtersOpen }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setNotificationsOpen: (notificationsOpen) => set({ notificationsOpen }),
}));
