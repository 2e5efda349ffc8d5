// Builds what `npm start` and the CLI run: the browser app (vite → dist/) and the server and CLI as plain
// JavaScript (esbuild → dist-server/, dependencies left to node_modules). With --if-stale it builds only what
// changed since the last build (a fingerprint of the inputs' paths, sizes and modification times), so a
// restart with no change costs a few milliseconds instead of a rebuild. --server-only skips the browser app.
// --server-outdir=DIR builds only the server, into DIR, with no stamp (benchmarks measure a private build
// while others run dist-server/).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const STAMP = join(ROOT, 'dist-server', 'build-stamp.json');
const args = new Set(process.argv.slice(2));
const ifStale = args.has('--if-stale');
const serverOnly = args.has('--server-only');
const quiet = args.has('--quiet');
const privateOutdir = process.argv
  .slice(2)
  .find((arg) => arg.startsWith('--server-outdir='))
  ?.slice('--server-outdir='.length);

const TARGETS = {
  server: {
    inputs: ['src/server', 'src/shared', 'package.json', 'package-lock.json'],
    output: 'dist-server/main.js',
    build: buildServer,
  },
  client: {
    inputs: [
      'src/client',
      'src/shared',
      'public',
      'index.html',
      'vite.config.ts',
      'tailwind.config.ts',
      'package.json',
      'package-lock.json',
    ],
    output: 'dist/index.html',
    build: buildClient,
  },
};

function files(path) {
  const absolute = join(ROOT, path);
  if (!existsSync(absolute)) return [];
  const stat = statSync(absolute);
  if (!stat.isDirectory()) return [[relative(ROOT, absolute), stat.size, stat.mtimeMs]];
  return readdirSync(absolute).flatMap((name) => files(join(path, name)));
}

/** Changes when a file is added, removed, resized or touched; tests beside the code count too (cheap). */
function fingerprint(inputs) {
  const hash = createHash('sha256');
  for (const entry of inputs.flatMap(files).sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    hash.update(entry.join('\0') + '\n');
  return hash.digest('hex');
}

async function buildServer(outdir = 'dist-server') {
  const { build } = await import('esbuild');
  const { metafile } = await build({
    // The worker threads sit beside the server (src/server/ingest/worker-thread.ts looks for them there).
    entryPoints: {
      main: 'src/server/main.ts',
      cli: 'src/server/cli.ts',
      'read-feed-worker': 'src/server/ingest/read-feed-worker.ts',
      'dom-worker': 'src/server/ingest/dom-worker.ts',
    },
    absWorkingDir: ROOT,
    outdir,
    bundle: true,
    // Code loaded on demand (a CLI command's, the server's lazy parts) becomes chunks of its own, so that its
    // packages load with it: without splitting, their imports are hoisted into the entry and load at start.
    // Chunks sit beside the entries: code that finds a file beside itself (import.meta.url) may land in one.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages stay in node_modules: native better-sqlite3, and jsdom's data files, load from there.
    packages: 'external',
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
  });
  // Chunks are named by their content: the previous build's would pile up beside the new ones.
  const written = new Set(Object.keys(metafile.outputs).map((path) => resolve(ROOT, path)));
  for (const name of readdirSync(resolve(ROOT, outdir))) {
    const path = resolve(ROOT, outdir, name);
    if (/\.js(\.map)?$/.test(name) && !written.has(path)) rmSync(path);
  }
}

function vite(...options) {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', ...options],
    {
      cwd: ROOT,
      // Production code whatever the shell says: React's development JSX would not run in the production build.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    },
  );
  if (result.status !== 0) throw new Error(`vite build ${options.join(' ')} failed (${result.status})`);
}

// The browser app, then the queue's first glance as the server renders it (src/shared/first-glance.ts), from the
// same components, into dist/ssr/ (which the server runs and never serves).
function buildClient() {
  vite();
  vite('--ssr', 'src/client/first-glance.tsx', '--outDir', 'dist/ssr');
}

if (privateOutdir) {
  await buildServer(resolve(privateOutdir));
  process.exit(0);
}

const stamp = existsSync(STAMP) ? JSON.parse(readFileSync(STAMP, 'utf8')) : {};
for (const [name, target] of Object.entries(TARGETS)) {
  if (serverOnly && name !== 'server') continue;
  const current = fingerprint(target.inputs);
  if (ifStale && stamp[name] === current && existsSync(join(ROOT, target.output))) continue;
  const started = performance.now();
  await target.build();
  stamp[name] = current;
  mkdirSync(join(ROOT, 'dist-server'), { recursive: true });
  writeFileSync(STAMP, JSON.stringify(stamp, null, 2));
  if (!quiet) console.log(`build: ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
