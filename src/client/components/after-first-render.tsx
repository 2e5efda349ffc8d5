import { Suspense, useEffect, useState, type ReactNode } from 'react';

/**
 * Renders its on-demand children (React.lazy parts of the shell: the flash band, the shortcuts dialog, the bar
 * for ticked rows) in a task after the first render's. A lazy component starts its import when it is first
 * rendered, so inside the first render its module was asked for before the first rows were on screen, which it
 * is not needed for; an effect alone is not later enough, as React runs the first render's effects, and the
 * renders they cause, in the same task when the list's measuring asks for a render at once.
 */
export function AfterFirstRender({ children }: { children: ReactNode }) {
  const [rendered, setRendered] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setRendered(true));
    return () => clearTimeout(timer);
  }, []);
  return rendered ? <Suspense fallback={null}>{children}</Suspense> : null;
}
