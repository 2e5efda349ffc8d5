/**
 * Leaving a page with unsaved changes asks first: a link or the back button through the router's blocker (our
 * own dialog), a reload or a closed tab through the browser's `beforeunload` prompt. Nothing is lost either way
 * (the draft is kept); the question is whether the editor meant to leave unsaved text behind.
 */
import { useBlocker } from '@tanstack/react-router';
import { useLayoutEffect, useRef } from 'react';
import { isSigningOut } from '#client/lib/sign-out.ts';

export function useLeaveGuard(unsaved: boolean) {
  const unsavedRef = useRef(unsaved);
  useLayoutEffect(() => {
    unsavedRef.current = unsaved;
  });
  return useBlocker({
    // Signing out is not asked about: the text was kept as a draft before the session ended (sign-out.ts).
    shouldBlockFn: ({ current, next }) =>
      unsavedRef.current && current.pathname !== next.pathname && !isSigningOut(),
    enableBeforeUnload: () => unsavedRef.current && !isSigningOut(),
    withResolver: true,
  });
}
