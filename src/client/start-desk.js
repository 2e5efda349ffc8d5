// The page's one script tag in the build (vite.config.ts, paintBeforeTheDesk): starts the desk, whose code the
// page preloads. When the page came with the queue's first glance (src/shared/first-glance.ts), the browser
// first paints it: evaluating the desk's code is one long task, and the browser paints nothing until it ends.
// A background tab never paints, so it does not wait for a frame there; nor longer than a moment anywhere.
const desk = document.querySelector('link[data-desk]').href;
const glance = document.querySelector('[data-first-glance]');
const RELOADED = 'mirsad.desk-reloaded';

// The desk's code did not come (the network, or a release that replaced it since this page was sent): the
// glance would stay, unusable and saying it is loading. One reload fetches the page and its code again; if
// that fails too, the glance stops saying it is loading.
function failed() {
  let reloadedAt = 0;
  try {
    reloadedAt = Number(sessionStorage.getItem(RELOADED)) || 0;
    if (Date.now() - reloadedAt > 60_000) {
      sessionStorage.setItem(RELOADED, String(Date.now()));
      location.reload();
      return;
    }
  } catch {
    // No storage: no reload, which could not be told from a loop.
  }
  glance?.removeAttribute('aria-busy');
}

let started = false;
const start = () => {
  if (started) return;
  started = true;
  import(desk).catch(failed);
};
if (glance && document.visibilityState === 'visible') {
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 100);
} else {
  start();
}
