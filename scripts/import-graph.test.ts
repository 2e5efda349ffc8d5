import { describe, expect, it } from 'vitest';
import { edgesOf, importCycles, importGraph } from './import-graph.ts';

describe('the import graph', () => {
  it('of src has no cycle, type-only imports included', () => {
    const graph = importGraph('src');
    expect(graph.size).toBeGreaterThan(200);
    expect(importCycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const graph = new Map([
      ['/r/a.ts', ['/r/b.ts']],
      ['/r/b.ts', ['/r/c.ts']],
      ['/r/c.ts', ['/r/a.ts']],
      ['/r/d.ts', ['/r/a.ts']],
    ]);
    expect(importCycles(graph)).toHaveLength(1);
    expect(importCycles(graph)[0]).toHaveLength(4);
  });

  it('keeps test support and evaluation out of production code', () => {
    const production = edgesOf(importGraph('src', { within: false })).filter(
      ([from]) => !/\.test\.tsx?$/.test(from) && !from.startsWith('src/test-support/'),
    );
    expect(production.length).toBeGreaterThan(500);
    expect(
      production.filter(([, to]) => to.startsWith('src/test-support/') || to.startsWith('eval/')),
    ).toEqual([]);
  });
});
