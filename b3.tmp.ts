import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
let win = new JSDOM('<!DOCTYPE html><body></body>').window;
let purify = createDOMPurify(win as any);
const every = Number(process.argv[2]);
let n = 0;
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  for (let i = 0; i < 20000; i++) {
    if (every && ++n % every === 0) { win.close(); win = new JSDOM('<!DOCTYPE html><body></body>').window; purify = createDOMPurify(win as any); }
    purify.sanitize(`<p>Body ${i} &amp; <a href="http://e.com/${i}">x</a></p>`);
  }
  (globalThis as any).gc?.();
  console.log('recycle', every, r, (performance.now() - t0).toFixed(0), 'ms', (process.memoryUsage().heapUsed / 1e6).toFixed(0), 'MB heap');
}
