/**
 * This browser tab's id for editing leases (`X-Edit-Tab`): one per tab, kept in sessionStorage so a reload of
 * the tab keeps it (the lease it held is still its own), while a second tab of the same story gets its own and
 * is told the story is being edited in the first.
 */
import { TabIdSchema } from '#shared/schemas/leases.ts';

const KEY = 'mirsad.editTab';

/** A new tab id (also for a draft set aside under one of its own). */
export function newTabId(): string {
  return `tab-${crypto.randomUUID().replaceAll('-', '')}`;
}

let fallback: string | null = null;

/** The tab's id (made on first use). */
export function editTabId(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null = sessionStorageOrNull(),
): string {
  try {
    const stored = storage?.getItem(KEY);
    if (stored && TabIdSchema.safeParse(stored).success) return stored;
    const id = newTabId();
    storage?.setItem(KEY, id);
    if (storage) return id;
  } catch {
    // Storage disabled: one id for this page's lifetime.
  }
  fallback ??= newTabId();
  return fallback;
}

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
