// The fast reader (src/parse/fast-yaml.ts) must be invisible: whenever it accepts a file, the value
// and every position are exactly what the `yaml` package path gives, and that path reports no error.
// Checked on every YAML file in the repository, on generated bench declarations, and differentially
// on thousands of generated near-YAML texts full of the constructs that tell readers apart.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JS module without types (the bench's generator)
import { makeDeclaration, toYaml } from '../../bench/generate.mjs';
import { readFastYaml } from '../../src/parse/fast-yaml.js';
import type { PathSegment } from '../../src/parse/yaml-source.js';
import { DEFAULT_LIMITS, parseYamlSource } from '../../src/parse/yaml-source.js';
import { ROOT } from '../helpers.js';

/** Every path to a value in `v` (maps and sequences), including one missing key and index per level. */
function paths(v: unknown, base: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(base);
  if (Array.isArray(v)) {
    v.forEach((item, i) => paths(item, [...base, i], out));
    out.push([...base, v.length], [...base, 'x']);
  } else if (v !== null && typeof v === 'object') {
    for (const k of Object.keys(v)) paths((v as Record<string, unknown>)[k], [...base, k], out);
    out.push([...base, 'no-such-key'], [...base, 0]);
  } else out.push([...base, 'deeper']);
  return out;
}

/** Compares the fast reader with the full parser on `text`; returns whether the fast reader accepted it. */
function agree(text: string): boolean {
  const fast = readFastYaml(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, DEFAULT_LIMITS);
  if (!fast) return false;
  const auto = parseYamlSource(text);
  const full = parseYamlSource(text, DEFAULT_LIMITS, 'full');
  expect(full.errors, `full parser errors on a text the fast reader accepted:\n${text}`).toEqual([]);
  expect(auto.errors).toEqual([]);
  expect(auto.value).toStrictEqual(full.value);
  // Key order is part of the value (reports list keys in source order).
  expect(JSON.stringify(auto.value)).toBe(JSON.stringify(full.value));
  for (const path of paths(full.value)) {
    expect(auto.locate(path), `${JSON.stringify(path)} in:\n${text}`).toEqual(full.locate(path));
    expect(auto.locate(path, { key: true }), `${JSON.stringify(path)} (key) in:\n${text}`).toEqual(full.locate(path, { key: true }));
  }
  return true;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.') || name === 'out') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

describe('fast YAML reader', () => {
  it('reads every declaration, pack and fixture in the repository exactly as the yaml package does', () => {
    const files = ['examples', 'policy', 'test', 'bench'].flatMap((d) => yamlFiles(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(20);
    const accepted = files.filter((f) => agree(readFileSync(f, 'utf8')));
    // The shipped packs and examples are plain block style: they must take the fast path.
    for (const f of files.filter((x) => /\/(policy|examples)\//.test(x) && !x.includes('/test/'))) expect(accepted, f).toContain(f);
  });

  it('reads generated bench declarations, LF and CRLF, exactly as the yaml package does', () => {
    const text = toYaml(makeDeclaration(7, 60), 'bench') as string;
    expect(agree(text)).toBe(true);
    expect(agree(text.replace(/\n/g, '\r\n'))).toBe(true);
    expect(agree(`\ufeff${text}`)).toBe(true);
  });

  it('gives up on what it does not handle (and the full parser then decides)', () => {
    const refused = [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: |\n  text\n',
      'a: >\n  text\n',
      '---\na: 1\n',
      'a: 1\n---\nb: 2\n',
      'a: 1\na: 2\n',
      'a:\nb: 1\n',
      'a: b: c\n',
      'a: multi\n  line\n',
      'a: [1,\n  2]\n',
      'a:\tb\n',
      '? a\n: b\n',
      'a: "x\\ay"\n',
      'a: [1, 2, ]\n',
      'a: {b}\n',
      '- a\n- b\n',
      'a: "q" x\n',
      'a:b\n',
      'true: 1\n',
      'a: \u2028\n',
    ];
    for (const text of refused) expect(readFastYaml(text, DEFAULT_LIMITS), text).toBeUndefined();
  });

  it('__proto__ keys are data, never prototypes', () => {
    const doc = readFastYaml('a:\n  __proto__: {polluted: true}\n  b: [1]\n', DEFAULT_LIMITS);
    const a = (doc?.value as { a: Record<string, unknown> } | undefined)?.a ?? {};
    expect(Object.keys(a)).toEqual(['__proto__', 'b']);
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('agrees with the yaml package on thousands of generated near-YAML texts', () => {
    const COMMON = ['a', 'x y', 'image', 'owned-cleared', 'Moodboards of the harbour, at night', '2026-01-10', 'true', 'false', '0', '42', 'netflix-genai@1', 'GENAI-2026-0042', "writers' room", 'C#'];
    const TRICKY = [
      'a',
      'x y',
      'true',
      'True',
      'FALSE',
      'null',
      'Null',
      '~',
      '',
      '0',
      '1',
      '-1',
      '+1',
      '007',
      '0o17',
      '0o8',
      '0x1F',
      '0xg',
      '1.5',
      '.5',
      '5.',
      '-.5',
      '1e3',
      '1E-3',
      '1_000',
      '.inf',
      '-.Inf',
      '.nan',
      '.NaN',
      '2026-01-10',
      '1.0.0',
      'yes',
      'No',
      'on',
      'a: b',
      'a:b',
      'a:',
      ':a',
      'a #b',
      'a#b',
      '#a',
      '-a',
      '- a',
      '-',
      '--',
      '---',
      '...',
      '?a',
      '? a',
      '[a]',
      '{a}',
      'a,b',
      'a]',
      'a}',
      "it's",
      'say "hi"',
      '"q"',
      "'q'",
      '&a',
      '*a',
      '!a',
      '|',
      '>',
      '%a',
      '@a',
      '`a',
      'é',
      'Ω',
      '😀',
      'a\\b',
      'http://x.y/z',
      'a  b',
      'C#',
      'x ',
      ' x',
      'line\nbreak',
      'tab\there',
      'netflix-genai@1',
      'GENAI-2026-0042',
    ];
    const KEYS = ['a', 'b', 'id', 'k-1', '_x', 'tools[*].enterprise', 'output.final'];
    const TRICKY_KEYS = ['__proto__', 'true', 'null', '1', 'a b', 'x:y', 'é', '', 'a[', 'a]b', '*a', 'a*'];
    const scalar = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...COMMON) }, { weight: 1, arbitrary: fc.constantFrom(...TRICKY) });
    const key = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.constantFrom(...TRICKY_KEYS) });
    type Tree = string | { seq: Tree[] } | { map: Array<[string, Tree]> };
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar,
        fc.record({ seq: fc.array(tie('node'), { maxLength: 4 }) }),
        fc.record({ map: fc.uniqueArray(fc.tuple(key, tie('node')), { maxLength: 4, selector: (e) => e[0] }) }),
      ),
    })).node;

    const plainOrQuoted = (s: string, r: () => number): string => {
      const x = r();
      if (x < 0.55) return s;
      if (x < 0.8) return JSON.stringify(s);
      return `'${s.replace(/'/g, "''")}'`;
    };
    const isScalar = (t: Tree): t is string => typeof t === 'string';
    const flow = (t: Tree, r: () => number): string => {
      if (isScalar(t)) return plainOrQuoted(t, r);
      if ('seq' in t) return `[${t.seq.map((x) => flow(x, r)).join(r() < 0.8 ? ', ' : ',')}]`;
      return `{${t.map.map(([k, v]) => `${plainOrQuoted(k, r)}: ${flow(v, r)}`).join(', ')}}`;
    };
    const block = (t: Tree, indent: number, r: () => number, out: string[]): void => {
      const sp = ' '.repeat(indent);
      const comment = () => (r() < 0.1 ? ' # note' : '');
      if (isScalar(t)) {
        out.push(`${sp}${plainOrQuoted(t, r)}${comment()}`);
        return;
      }
      const entries: Array<[string | undefined, Tree]> = 'seq' in t ? t.seq.map((v) => [undefined, v]) : [...t.map];
      if ('map' in t && t.map.length > 0 && r() < 0.03) entries.push(t.map[0] as [string, Tree]); // a duplicate key
      if (entries.length === 0) {
        out.push(`${sp}${'seq' in t ? '[]' : '{}'}`);
        return;
      }
      for (const [k, v] of entries) {
        if (r() < 0.08) out.push(r() < 0.5 ? '' : `${' '.repeat(Math.floor(r() * 6))}# comment`);
        const head = k === undefined ? `${sp}-` : `${sp}${plainOrQuoted(k, r)}:`;
        if (isScalar(v) || r() < 0.2) out.push(`${head} ${isScalar(v) ? plainOrQuoted(v, r) : flow(v, r)}${comment()}`);
        else if (k === undefined && 'map' in v && v.map.length > 0 && r() < 0.7) {
          // compact mapping in a sequence item
          const lines: string[] = [];
          block(v, indent + 2, r, lines);
          lines[0] = `${sp}- ${(lines[0] as string).slice(indent + 2)}`;
          out.push(...lines);
        } else {
          out.push(`${head}${comment()}`);
          const sameIndentSeq = k !== undefined && 'seq' in v && r() < 0.3;
          block(v, sameIndentSeq ? indent : indent + 1 + Math.floor(r() * 3), r, out);
        }
      }
    };
    const rng = (seed: number) => {
      let a = seed >>> 0;
      return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = Math.imul(a ^ (a >>> 15), a | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    };
    const doc = fc
      .tuple(fc.uniqueArray(fc.tuple(key, tree), { minLength: 1, maxLength: 5, selector: (e) => e[0] }), fc.integer(), fc.constantFrom('\n', '\r\n'), fc.boolean())
      .map(([map, seed, eol, jiggle]) => {
        const r = rng(seed);
        const lines: string[] = [];
        block({ map }, 0, r, lines);
        if (jiggle && lines.length > 1) {
          const i = Math.floor(r() * lines.length);
          lines[i] = (r() < 0.5 ? ' ' : '') + (lines[i] as string).replace(/^ /, r() < 0.5 ? '' : ' ');
        }
        return lines.join(eol) + (r() < 0.9 ? eol : '');
      });

    let accepted = 0;
    let total = 0;
    fc.assert(
      fc.property(doc, (text) => {
        total++;
        if (agree(text)) accepted++;
      }),
      // FAST_YAML_RUNS / FAST_YAML_SEED explore further (e.g. 100000 runs) without slowing the suite.
      { numRuns: Number(process.env.FAST_YAML_RUNS ?? 3000), seed: Number(process.env.FAST_YAML_SEED ?? 20261123) },
    );
    // The comparison means something only if the fast reader takes a good share of the texts.
    if (process.env.FAST_YAML_RUNS) console.log(`fast reader accepted ${accepted} of ${total}`);
    expect(accepted / total).toBeGreaterThan(0.1);
  });
});
