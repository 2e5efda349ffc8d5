/**
 * The import rules of ARCHITECTURE.md are lint rules (.oxlintrc.json); this proves they still bite: probe
 * files that break each rule must be reported with that rule's message, harmless ones must pass. All probes are
 * written first and linted in ONE oxlint run (a run per probe took seconds each). They are written at their
 * paths under a temporary copy of the lint configuration, never into src/: other tests read src/ meanwhile.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repository = new URL('..', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'mirsad-lint-probes-'));

/** Distinctive words of each rule's message in .oxlintrc.json. */
const SHARED_PURE = 'runs in browser and Node';
const SHARED_NEUTRAL = 'platform-neutral';
const SERVER_NO_CLIENT = 'The server never imports client code';
const CLIENT_NO_SERVER = 'The client never imports server code';
const FEATURE_ALIAS = 'A feature never imports another feature';
const FEATURE_RELATIVE = "A feature's relative imports stay inside the feature";
const BASE_NO_FEATURE = 'never import a feature';

const use = (specifier: string) => `import { x } from '${specifier}';\nexport const y = x;\n`;

/** [probe file, source, the message it must draw]. */
const failing: Array<[string, string, string]> = [
  ['src/shared/zz-lint-probe.ts', use('#server/app.ts'), SHARED_PURE],
  ['src/shared/zz-lint-probe-2.ts', use('../client/main.tsx'), SHARED_PURE],
  ['src/shared/zz-lint-probe-3.ts', use('node:fs'), SHARED_NEUTRAL],
  ['src/server/zz-lint-probe.ts', use('#client/lib/api-client.ts'), SERVER_NO_CLIENT],
  ['src/client/zz-lint-probe.ts', use('../server/app.ts'), CLIENT_NO_SERVER],
  // A feature: another feature by alias, from either depth; by relative path from either depth; server code.
  ['src/client/features/zz-lint-probe/a.ts', use('#client/features/queue/index.ts'), FEATURE_ALIAS],
  [
    'src/client/features/zz-lint-probe/api/a.ts',
    use('#client/features/queue/api/get-items.ts'),
    FEATURE_ALIAS,
  ],
  ['src/client/features/zz-lint-probe/b.ts', use('../queue/api/get-items.ts'), FEATURE_RELATIVE],
  [
    'src/client/features/zz-lint-probe/components/b.tsx',
    use('../../queue/api/get-items.ts'),
    FEATURE_RELATIVE,
  ],
  ['src/client/features/zz-lint-probe/hooks/c.ts', use('./../../queue/index.ts'), FEATURE_RELATIVE],
  ['src/client/features/zz-lint-probe/components/d.ts', use('#server/app.ts'), CLIENT_NO_SERVER],
  // lib/, components/, stores/: never a feature, by alias or by relative path, at any depth; nor server code.
  ['src/client/lib/zz-lint-probe.ts', use('#client/features/queue/api/get-items.ts'), BASE_NO_FEATURE],
  ['src/client/lib/zz-lint-probe/a.ts', use('../../features/queue/api/get-items.ts'), BASE_NO_FEATURE],
  ['src/client/components/zz-lint-probe.tsx', use('../features/queue/index.ts'), BASE_NO_FEATURE],
  ['src/client/stores/zz-lint-probe.ts', use('#client/features/filters/api/get-views.ts'), BASE_NO_FEATURE],
  ['src/client/stores/zz-lint-probe-2.ts', use('#server/app.ts'), CLIENT_NO_SERVER],
];

const passing: Array<[string, string]> = [
  ['src/client/zz-lint-probe-ok.ts', use('#shared/workflow.ts')],
  ['src/client/lib/zz-lint-probe-ok.ts', use('./api-client.ts')],
  // Inside its own feature a relative path is fine, as is the rest of the client by alias.
  ['src/client/features/zz-lint-probe/ok.ts', use('./api/ok.ts')],
  ['src/client/features/zz-lint-probe/components/ok.tsx', use('../api/ok.ts')],
  ['src/client/features/zz-lint-probe/api/ok.ts', use('#client/lib/api-client.ts')],
];

interface Diagnostic {
  code: string;
  severity: string;
  message: string;
  help?: string;
  filename: string;
}

const byFile = new Map<string, Diagnostic[]>();
let lintOutput = '';

describe('architecture boundaries are enforced by lint', () => {
  beforeAll(() => {
    copyFileSync(join(repository, '.oxlintrc.json'), join(root, '.oxlintrc.json'));
    copyFileSync(join(repository, 'package.json'), join(root, 'package.json'));
    const probes = [...failing, ...passing].map(([path, source]) => [path, source] as const);
    for (const [path, source] of probes) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), source);
    }
    const result = spawnSync(
      join(repository, 'node_modules/.bin/oxlint'),
      ['-c', '.oxlintrc.json', '-f', 'json', ...probes.map(([path]) => path)],
      { cwd: root, encoding: 'utf8' },
    );
    lintOutput = result.stdout + result.stderr;
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: Diagnostic[] };
    for (const diagnostic of diagnostics) {
      const file = relative(root, resolve(root, diagnostic.filename));
      byFile.set(file, [...(byFile.get(file) ?? []), diagnostic]);
    }
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(failing)('%s breaking a boundary fails lint', (path, _source, expected) => {
    const reported = (byFile.get(path) ?? []).filter(
      (diagnostic) => diagnostic.code.includes('no-restricted-imports') && diagnostic.severity === 'error',
    );
    expect(reported.length, lintOutput).toBeGreaterThan(0);
    expect(
      reported.some((diagnostic) => `${diagnostic.help ?? ''} ${diagnostic.message}`.includes(expected)),
      JSON.stringify(reported, null, 2),
    ).toBe(true);
  });

  it.each(passing)('%s, an allowed import, passes', (path) => {
    const errors = (byFile.get(path) ?? []).filter((diagnostic) => diagnostic.severity === 'error');
    expect(errors, lintOutput).toEqual([]);
  });
});
