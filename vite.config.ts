import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import tailwindcss from '@tailwindcss/vite';
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
    apply: 'build',
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

// The API server (src/server/main.ts) serves dist/ in production. In development, vite proxies /api and /feeds
// to it and rewrites Origin, because the server refuses a foreign Origin on state-changing requests.
const apiTarget = process.env.MIRSAD_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [zodJitless(), react(), tailwindcss(), preloadFirstScreenFonts(), precompress()],
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
});
