/** Toasts waiting to be shown. Each carries what to render, never fetched data to keep in sync. */
import { create } from 'zustand';
import type { NotificationKind } from '#shared/notifications.ts';

export type Toast =
  | {
      id: number;
      kind: 'notification';
      notification: NotificationKind;
      itemId: number | null;
      headline: string | null;
      actor: string;
    }
  | {
      /** Urgent (urgency 2) wire copy arriving where the desk's filters show it (lib/live/urgent-arrivals.ts). */
      id: number;
      kind: 'urgent';
      itemId: number;
      headline: string;
      language: string | null;
      source: string;
    }
  | { id: number; kind: 'error'; message: string }
  | {
      id: number;
      kind: 'info';
      message: string;
      /** One follow-up the user may take from the toast (undoing what it confirms). */
      action?: { label: string; run(): void };
    };

type NewToast = Toast extends infer T ? (T extends Toast ? Omit<T, 'id'> : never) : never;

interface ToastState {
  toasts: Toast[];
  push(toast: NewToast): number;
  dismiss(id: number): void;
}

let nextId = 1;
const MAX_TOASTS = 4;

export const useToastStore = create<ToastState>((set) => ({
  toasts: [],
  push: (toast) => {
    const id = nextId++;
    set((state) => ({ toasts: [...state.toasts, { ...toast, id } as Toast].slice(-MAX_TOASTS) }));
    return id;
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}));

/** Shortcut for code outside React. */
export function pushToast(toast: NewToast): number {
  return useToastStore.getState().push(toast);
}
