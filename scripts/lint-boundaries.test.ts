/**
 * The import rules of ARCHITECTURE.md are lint rules (.oxlintrc.json); this proves they still bite: probe
 * files that break each rule are linted and must fail, a harmless one must pass.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const probes: string[] = [];

function lint(relativePath: string, source: string): { code: number | null; output: string } {
  const path = join(root, relativePath);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, source);
  probes.push(path);
  const result = spawnSync('npx', ['oxlint', '-c', '.oxlintrc.json', relativePath], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

describe('architecture boundaries are enforced by lint', () => {
  afterAll(() => {
    for (const path of probes) rmSync(path, { force: true });
    rmSync(join(root, 'src/client/features/zz-lint-probe'), { recursive: true, force: true });
  });

  it.each([
    [
      'src/shared/zz-lint-probe.ts',
      "import { buildApp } from '#server/app.ts';\nexport const x = buildApp;\n",
    ],
    ['src/shared/zz-lint-probe-2.ts', "import { x } from '../client/main.tsx';\nexport const y = x;\n"],
    [
      'src/shared/zz-lint-probe-3.ts',
      "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n",
    ],
    ['src/server/zz-lint-probe.ts', "import { x } from '#client/lib/api-client.ts';\nexport const y = x;\n"],
    [
      'src/client/zz-lint-probe.ts',
      "import { buildApp } from '../server/app.ts';\nexport const y = buildApp;\n",
    ],
    [
      'src/client/features/zz-lint-probe/a.ts',
      "import { x } from '#client/features/queue/index.ts';\nexport const y = x;\n",
    ],
  ])('%s breaking a boundary fails lint', (path, source) => {
    const { code, output } = lint(path, source);
    expect(code, output).not.toBe(0);
    expect(output).toContain('no-restricted-imports');
  });

  it('an allowed import passes', () => {
    const { code, output } = lint(
      'src/client/zz-lint-probe-ok.ts',
      "import { WORKFLOW } from '#shared/workflow.ts';\nexport const y = WORKFLOW;\n",
    );
    expect(code, output).toBe(0);
  });
});
