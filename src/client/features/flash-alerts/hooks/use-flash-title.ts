import { useEffect } from 'react';
import { setTitleFlashes } from '#client/lib/page-title.ts';

/**
 * The tab's title counts the flashes waiting ("(2) عاجل جداً · مرصد"), so a desk in another tab sees them in
 * the tab strip; with none it names the page again (lib/page-title.ts).
 */
export function useFlashTitle(waiting: number): void {
  useEffect(() => setTitleFlashes(waiting), [waiting]);
  // Signed out: no alert is waiting for anybody.
  useEffect(() => () => setTitleFlashes(0), []);
}
