import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import tailwindcss from '@tailwindcss/vite';
import { transformSync } from 'esbuild';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes .br and .gz next to every text asset, so a server that serves pre-compressed files (e.g.
 * @fastify/static with `preCompressed: true`) sends the 188 KB of gzipped JavaScript, not 600 KB raw.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'mirsad-precompress',
    // The server-side build is never sent to a browser.
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? walk(path) : [path];
        });
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json)$/.test(file) || statSync(file).size < 1024) continue;
        const bytes = readFileSync(file);
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

/**
 * zod 4 compiles object parsers with `new Function` unless configured `jitless`, and probes for it when a schema
 * is built. The CSP forbids eval, so each probe would be refused and reported as a `securitypolicyviolation`
 * (noise in exactly the reports that must stay empty, see e2e/xss.spec.ts). zod reads its configuration from
 * `globalThis.__zod_globalConfig` when its core module loads, before any schema of ours exists, so it is set
 * there, at the top of that module, wherever the bundler puts it.
 */
function zodJitless(): Plugin {
  return {
    name: 'mirsad-zod-jitless',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/.test(id)) return null;
      return {
        code: `globalThis.__zod_globalConfig = { jitless: true, ...globalThis.__zod_globalConfig };\n${code}`,
        map: null,
      };
    },
  };
}

/**
 * `<link rel="preload">` for the web font files the queue's first screen uses (the Arabic and Latin subsets of
 * the weights it shows), so the browser fetches them with the page instead of discovering them only once the
 * first rows are laid out.
 */
function preloadFirstScreenFonts(): Plugin {
  const firstScreen =
    /ibm-plex-sans-arabic-(arabic-(400|500|600|700)|latin-(400|500|600))-normal-[\w-]+\.woff2$/;
  let base = '/';
  return {
    name: 'mirsad-preload-fonts',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        return Object.keys(context.bundle ?? {})
          .filter((file) => firstScreen.test(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              href: `${base}${file}`,
              crossorigin: true,
            },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/**
 * The built page preloads the desk's entry and starts it from a small script (src/client/start-desk.js), which
 * lets the browser paint the queue's first glance, rendered into the page by the server, before it evaluates the
 * desk's code. With the entry as the page's script, that evaluation (a long task) came first on a warm load, and
 * the glance was often never painted before the desk replaced it. The script's name carries its content's hash,
 * as every asset's does (they are cached for a year).
 */
function paintBeforeTheDesk(): Plugin {
  // Shipped minified (every byte before the first rows counts), without its comments.
  const { code: source } = transformSync(
    readFileSync(join(import.meta.dirname, 'src/client/start-desk.js'), 'utf8'),
    {
      minify: true,
      format: 'esm',
      target: 'es2022',
    },
  );
  const fileName = `assets/start-desk-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
  let base = '/';
  return {
    name: 'mirsad-paint-before-the-desk',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(config) {
      base = config.base;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
        if (!entry.test(html)) throw new Error('paintBeforeTheDesk: the entry script is not in index.html');
        return html.replace(
          entry,
          (_tag, src: string) =>
            `<link rel="modulepreload" crossorigin href="${src}" data-desk>\n    <script type="module" crossorigin src="${base}${fileName}"></script>`,
        );
      },
    },
  };
}

// The API server (src/server/main.ts) serves dist/ in production. In development, vite proxies /api and /feeds
// to it and rewrites Origin, because the server refuses a foreign Origin on state-changing requests.
const apiTarget = process.env.MIRSAD_API ?? 'http://127.0.0.1:8080';

export default defineConfig(({ isSsrBuild }) => ({
  // The server-side build (the queue's first glance, scripts/build.mjs) carries its packages inside it, as
  // production code: the server loads it from the served directory, which may be anywhere, with no
  // node_modules above it, and React's development build would render several times slower.
  ...(isSsrBuild
    ? {
        ssr: { noExternal: true },
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        publicDir: false as const,
      }
    : {}),
  plugins: [
    zodJitless(),
    react(),
    tailwindcss(),
    preloadFirstScreenFonts(),
    paintBeforeTheDesk(),
    precompress(),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
    // Never inline assets as data: URIs: the CSP allows fonts from 'self' only.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically is one chunk. Without this, each module shared by the shell
        // and an on-demand page became a small chunk of its own (22 initial files), and their imports and
        // exports cost ~9 KB gzipped of the initial JS budget.
        codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }] },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: apiTarget,
        changeOrigin: true,
        configure(proxy) {
          proxy.on('proxyReq', (proxyReq) => {
            if (proxyReq.getHeader('origin')) proxyReq.setHeader('origin', apiTarget);
          });
        },
      },
      '/feeds': { target: apiTarget, changeOrigin: true },
    },
  },
}));
