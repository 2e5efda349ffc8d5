// The page's one script tag in the build (vite.config.ts, paintBeforeTheDesk): starts the desk, whose code the
// page preloads. When the page came with the queue's first glance (src/shared/first-glance.ts), the browser
// first paints it: evaluating the desk's code is one long task, and the browser paints nothing until it ends.
// A background tab never paints, so it does not wait for a frame there; nor longer than a moment anywhere.
const desk = document.querySelector('link[data-desk]').href;
let started = false;
const start = () => {
  if (started) return;
  started = true;
  void import(desk);
};
if (document.querySelector('[data-testid=first-glance]') && document.visibilityState === 'visible') {
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 100);
} else {
  start();
}
