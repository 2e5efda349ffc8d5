import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
const { window } = new JSDOM('<!DOCTYPE html><body></body>');
const purify = createDOMPurify(window as any);
const mode = process.argv[2];
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  for (let i = 0; i < 20000; i++) {
    const h = `<p>Body ${i} &amp; <a href="http://e.com/${i}">x</a></p>`;
    if (mode === 'str') purify.sanitize(h);
    else if (mode === 'dom') { const b: any = purify.sanitize(h, { RETURN_DOM: true }); b.innerHTML; }
    else if (mode === 'domchildren') { const b: any = purify.sanitize(h, { RETURN_DOM: true }); b.children.length; b.innerHTML; }
    else if (mode === 'domset') { const b: any = purify.sanitize(h, { RETURN_DOM: true }); for (const a of b.getElementsByTagName('a')) a.setAttribute('rel', 'x'); b.innerHTML; }
    else if (mode === 'parser') { new window.DOMParser().parseFromString(h, 'text/html').body.innerHTML; }
  }
  (globalThis as any).gc?.();
  console.log(mode, r, (performance.now() - t0).toFixed(0), 'ms', (process.memoryUsage().heapUsed / 1e6).toFixed(0), 'MB heap');
}
