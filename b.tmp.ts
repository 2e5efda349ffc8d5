import { htmlToText, sanitizeBodyHtml } from './src/server/ingest/sanitize.ts';
const mode = process.argv[2];
for (let r = 0; r < 4; r++) {
  const t0 = performance.now();
  for (let i = 0; i < 20000; i++) {
    const h = `<p>Body ${i} &amp; <a href="http://e.com/${i}">x</a></p>`;
    if (mode === 'text') htmlToText(h); else sanitizeBodyHtml(h);
  }
  console.log(mode, r, (performance.now() - t0).toFixed(0), 'ms', (process.memoryUsage().heapUsed / 1e6).toFixed(0), 'MB heap');
}
