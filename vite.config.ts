import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server (src/server/main.ts) serves dist/ in production. In development, vite proxies /api and /feeds
// to it and rewrites Origin, because the server refuses a foreign Origin on state-changing requests.
const apiTarget = process.env.MIRSAD_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
    // Never inline assets as data: URIs: the CSP allows fonts from 'self' only.
    assetsInlineLimit: 0,
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
