/**
 * Signing out, in order: what the open screens must keep first (the editor's unsaved text as a draft, its lease
 * given back), then the session ends. Without that, text typed in the seconds before "Sign out" went nowhere (its
 * draft request came after the session, a 401) and the story stayed locked for a minute, "editing in another
 * tab". While signing out, a 401 is expected: it is not a session that ended by itself.
 */

type Task = () => Promise<unknown>;

const tasks = new Set<Task>();
let signingOut = false;

/** Registers work to finish before the session ends; returns its removal. */
export function beforeSignOut(task: Task): () => void {
  tasks.add(task);
  return () => void tasks.delete(task);
}

/**
 * How long signing out waits for those tasks: a server that does not answer must not keep anyone signed in (the
 * editor's text is in the browser's copy meanwhile, offered on the next visit).
 */
const PREPARE_BOUND_MS = 5_000;

/** Runs every registered task (a failure of one stops none) and marks the sign-out as under way. */
export async function prepareSignOut(): Promise<void> {
  signingOut = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<void>((resolve) => (timer = setTimeout(resolve, PREPARE_BOUND_MS)));
  await Promise.race([Promise.allSettled([...tasks].map((task) => task())), bound]);
  clearTimeout(timer);
}

/** Whether the user is signing out (until they sign in again). */
export function isSigningOut(): boolean {
  return signingOut;
}

/** Signed in again: a 401 from now on means the session was lost. */
export function signedIn(): void {
  signingOut = false;
}
