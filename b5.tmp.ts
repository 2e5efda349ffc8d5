import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
const { window } = new JSDOM('<!DOCTYPE html><body></body>');
const purify = createDOMPurify(window as any);
const mode = process.argv[2];
const big = (i: number) => `<p>Body ${i} &amp; <a href="http://e.com/${i}">x</a></p>`.repeat(10);
const t0 = performance.now();
for (let i = 0; i < 20000; i++) {
  const b: any = purify.sanitize(big(i), { RETURN_DOM: true });
  b.innerHTML;
  if (mode === 'clear') b.textContent = '';
}
(globalThis as any).gc?.();
console.log(mode, (performance.now() - t0).toFixed(0), 'ms', (process.memoryUsage().heapUsed / 1e6).toFixed(0), 'MB heap');
