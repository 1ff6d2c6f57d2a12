// Summarises V8 CPU profiles (`node --cpu-prof`): self time grouped by where the code lives, so a
// profile reads as "the YAML reader 310 ms, GC 150 ms" instead of thousands of frames.
//
//   node bench/profile.mjs PROFILE.cpuprofile... [--top N] [--by file|function] [--maps DIR]
//
// Several profiles (cold runs of the same command) are averaged. Groups: `(garbage collector)`,
// `(program)` (V8 and Node internals outside JavaScript: compiling, loading), `node:…` built-ins,
// `node_modules/<package>`, and the repository's own files by path. Code inside a bundle is traced
// back to its package or source file through the bundle's source map (`--maps DIR`: the folder of a
// `node scripts/build.mjs --outdir DIR --sourcemap` build); bench/run.mjs --profile does this itself.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Self time in ms per group for one profile. */
export function summarise(profile, mapper = () => undefined, by = 'file') {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const keys = new Map();
  const keyOf = (node) => {
    let key = keys.get(node.id);
    if (key === undefined) {
      const { url, functionName, lineNumber, columnNumber } = node.callFrame;
      const where = place(mapper(url, lineNumber, columnNumber) ?? url, functionName);
      key = by === 'function' ? `${functionName || '(anonymous)'} ${where}` : where;
      keys.set(node.id, key);
    }
    return key;
  };
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const key = keyOf(nodes.get(profile.samples[i]));
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return { total: (profile.endTime - profile.startTime) / 1000, self };
}

function place(url, fn = '') {
  if (fn === '(garbage collector)' || fn === '(program)' || fn === '(idle)' || fn === '(root)') return fn;
  if (!url) return '(native)';
  if (url.startsWith('node:')) return url.split('/').slice(0, 2).join('/');
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 13).split('/');
    return `node_modules/${parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  const m = url.match(/(?:^|\/)(src|action|dist|bench|test|scripts)\/.*$/);
  return m ? m[0].replace(/^\//, '') : url;
}

// ------------------------------------------------------------------------------------ source maps

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Source map v3 `mappings` → per generated line, sorted [column, source index] pairs. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const c of segment) {
        const digit = B64.get(c);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) {
        source += fields[1];
        segments.push([column, source]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** (url, 0-based line, 0-based column) → the original source path, for every `*.map` in `dir`. */
export function sourceMapper(dir) {
  const maps = new Map();
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.map')) {
        const map = JSON.parse(readFileSync(path, 'utf8'));
        maps.set(path.slice(0, -4), { sources: map.sources, lines: decodeMappings(map.mappings) });
      }
    }
  };
  if (existsSync(dir)) walk(resolve(dir));
  return (url, line, column) => {
    if (!url) return undefined;
    const file = url.startsWith('file://') ? fileURLToPath(url) : url;
    const map = maps.get(file);
    const segments = map?.lines[line];
    if (!segments || segments.length === 0) return undefined;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid][0] <= column) lo = mid;
      else hi = mid - 1;
    }
    return map.sources[segments[lo][1]];
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '15' }, by: { type: 'string', default: 'file' }, maps: { type: 'string' } } });
  const mapper = values.maps ? sourceMapper(values.maps) : undefined;
  const top = Number(values.top);
  const sums = new Map();
  let total = 0;
  for (const file of positionals) {
    const s = summarise(JSON.parse(readFileSync(file, 'utf8')), mapper, values.by);
    total += s.total;
    for (const [k, v] of s.self) sums.set(k, (sums.get(k) ?? 0) + v);
  }
  const n = positionals.length;
  const rows = [...sums].map(([k, v]) => [k, v / n]).sort((a, b) => b[1] - a[1]);
  process.stdout.write(`profiled ${(total / n).toFixed(1)} ms (mean of ${n})\n`);
  for (const [k, v] of rows.slice(0, top)) process.stdout.write(`${v.toFixed(1).padStart(9)} ms  ${((100 * v * n) / total).toFixed(1).padStart(5)} %  ${k}\n`);
}
