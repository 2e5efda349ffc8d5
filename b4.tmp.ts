import { sanitizeBodyHtml } from './src/server/ingest/sanitize.ts';
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  for (let i = 0; i < 20000; i++) {
    if (i % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
    sanitizeBodyHtml(`<p>Body ${i} &amp; <a href="http://e.com/${i}">x</a></p>`);
  }
  await new Promise((resolve) => setImmediate(resolve));
  (globalThis as any).gc?.();
  console.log('yielding', r, (performance.now() - t0).toFixed(0), 'ms', (process.memoryUsage().heapUsed / 1e6).toFixed(0), 'MB heap');
}
