/**
 * The import graph of a folder of the repository: every import, export-from, import() and `import type` edge
 * (type-only imports count: they tie files together for a reader as much as any other), with relative paths and
 * package.json "imports" aliases (#shared/*, …) resolved. Used by import-cycles.test.ts; run directly to print
 * the cycles of `src`: `npx tsx scripts/import-graph.ts [folder]`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseAst } from 'rolldown/parseAst';

const ROOT = resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function resolver(): (from: string, spec: string) => string | null {
  const aliases = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      imports?: Record<string, string>;
    }
  ).imports;
  return (from, spec) => {
    let base: string | null = null;
    if (spec.startsWith('.')) base = resolve(dirname(from), spec);
    else
      for (const [pattern, target] of Object.entries(aliases ?? {})) {
        const prefix = pattern.replace(/\*$/, '');
        if (pattern.endsWith('*') ? spec.startsWith(prefix) : spec === pattern)
          base = resolve(ROOT, target.replace(/\*$/, '') + spec.slice(prefix.length));
      }
    if (base === null) return null; // a package
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    return null;
  };
}

function specifiers(file: string): string[] {
  const ast = parseAst(readFileSync(file, 'utf8'), { lang: file.endsWith('x') ? 'tsx' : 'ts' }, file);
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown> & { type?: string; source?: { value?: unknown } };
    if (
      ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].includes(
        record.type ?? '',
      ) &&
      typeof record.source?.value === 'string'
    )
      found.push(record.source.value);
    for (const key of Object.keys(record)) if (key !== 'parent') visit(record[key]);
  };
  visit(ast);
  return found;
}

/** file → the repository files it imports (packages left out); with `within`, only those inside the folder. */
export function importGraph(folder: string, options: { within?: boolean } = {}): Map<string, string[]> {
  const scope = resolve(ROOT, folder);
  const resolveSpec = resolver();
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(scope)) {
    const targets = new Set<string>();
    for (const spec of specifiers(file)) {
      const target = resolveSpec(file, spec);
      if (target && (options.within === false || target.startsWith(`${scope}/`))) targets.add(target);
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** The graph's edges as repository-relative `from → to` pairs. */
export function edgesOf(graph: Map<string, string[]>): Array<[string, string]> {
  return [...graph].flatMap(([from, targets]) =>
    targets.map((to): [string, string] => [relative(ROOT, from), relative(ROOT, to)]),
  );
}

/** Each import cycle as a path of repository-relative files, first file repeated at the end. */
export function importCycles(graph: Map<string, string[]>): string[][] {
  // Tarjan's strongly connected components: every cycle lies inside one component of more than one file.
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (v: string): void => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) components.push(component);
    }
  };
  for (const file of graph.keys()) if (!indexOf.has(file)) connect(file);
  return components.map((component) => cycleThrough(graph, component).map((file) => relative(ROOT, file)));
}

/** One concrete cycle through the component's first file, found breadth-first inside the component. */
function cycleThrough(graph: Map<string, string[]>, members: string[]): string[] {
  const start = members[0]!;
  const inside = new Set(members);
  const previous = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path = [v];
        for (let p = previous.get(v); p; p = previous.get(p)) path.unshift(p);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

if (process.argv[1] === import.meta.filename) {
  const graph = importGraph(process.argv[2] ?? 'src');
  const edges = [...graph.values()].reduce((sum, targets) => sum + targets.length, 0);
  console.log(`files: ${graph.size}, import edges (type-only included): ${edges}`);
  const cycles = importCycles(graph);
  if (cycles.length === 0) console.log('import cycles: none');
  for (const cycle of cycles) console.log(`cycle: ${cycle.join(' -> ')}`);
  process.exitCode = cycles.length ? 1 : 0;
}
