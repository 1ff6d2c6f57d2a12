// The house rules a reviewer would otherwise have to catch: small files, and no import cycles (a cycle,
// even of types alone, means two modules are one concept split in the wrong place).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const MAX_LINES = 400;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

const FILES = [...sources('src'), ...sources('action')];

/** Relative imports and re-exports of a file, type-only ones included, as paths from the root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"](\.[^'"]+)['"]/gm)].map((m) => m[1] as string);
  return specs.map((s) => relative(ROOT, resolve(ROOT, dirname(file), s.replace(/\.js$/, '.ts')))).filter((p) => FILES.includes(p));
}

/** Every cycle in the import graph, each once, as the files in it. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const next of graph.get(f) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        found.set([...cycle].sort().join(' '), cycle);
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return [...found.values()];
}

/** Files that may use an export: the code itself, the tests, the build scripts and the bench. */
function users(): Map<string, string> {
  const more = ['test', 'scripts', 'bench'].flatMap((d) =>
    readdirSync(join(ROOT, d), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|mjs)$/.test(e.name) && !e.parentPath.includes('node_modules'))
      .map((e) => relative(ROOT, join(e.parentPath, e.name))),
  );
  return new Map([...FILES, ...more].map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));
}

/**
 * Exported functions, constants and classes no other file names: dead code, or code that should not be
 * exported. Types stay exportable, since a type in an exported signature is part of it.
 */
function unusedExports(texts: ReadonlyMap<string, string>, files: readonly string[]): string[] {
  const unused: string[] = [];
  for (const f of files) {
    const text = texts.get(f) ?? '';
    for (const [, name] of text.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|class|enum)\s+([A-Za-z_$][\w$]*)/gm)) {
      const named = new RegExp(`\\b${(name as string).replace(/\$/g, '\\$')}\\b`);
      if (![...texts].some(([other, t]) => other !== f && named.test(t))) unused.push(`${f}: ${name}`);
    }
  }
  return unused;
}

describe('the house', () => {
  it('every exported function, constant and class in src/ and action/ is used by another file', () => {
    expect(unusedExports(users(), FILES)).toEqual([]);
  });

  it('the unused-export check sees an export nobody uses', () => {
    const texts = new Map([
      ['a.ts', 'export function used() {}\nexport const unused = 1;\nexport interface Shape {}\n'],
      ['b.ts', "import { used } from './a.js';"],
    ]);
    expect(unusedExports(texts, ['a.ts'])).toEqual(['a.ts: unused']);
  });

  it(`no file in src/ or action/ is over ${MAX_LINES} lines`, () => {
    const long = FILES.map((f) => [f, readFileSync(join(ROOT, f), 'utf8').split('\n').length - 1] as const).filter(([, n]) => n > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('no import cycle in src/ or action/, type-only ones included', () => {
    expect(cycles(new Map(FILES.map((f) => [f, importsOf(f)])))).toEqual([]);
  });

  it('the checks see what they check: imports, type-only ones included, and a cycle where there is one', () => {
    expect(importsOf('src/model/report.ts')).toContain('src/model/basics.ts');
    expect(importsOf('src/render/markdown-content.ts')).toEqual(expect.arrayContaining(['src/render/markdown-layout.ts', 'src/render/markdown-provenance.ts']));
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
