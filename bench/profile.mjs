// Summarises V8 CPU profiles (`node --cpu-prof`): self time grouped by where the code lives, so a
// profile reads as "the YAML reader 310 ms, GC 150 ms" instead of thousands of frames.
//
//   node bench/profile.mjs PROFILE.cpuprofile... [--top N] [--by file|function]
//
// Several profiles (cold runs of the same command) are averaged. Groups: `(garbage collector)`,
// `(program)` (V8 and Node internals outside JavaScript: compiling, loading), `node:…` built-ins,
// `node_modules/<package>`, and the repository's own files by path, recovered from the bundle's
// function names where the bundle is minified (see the `(bundle)` group).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '15' }, by: { type: 'string', default: 'file' } } });

/** Self time in ms per group for one profile. */
export function summarise(profile, by = 'file') {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = nodes.get(profile.samples[i]);
    const key = by === 'function' ? `${node.callFrame.functionName || '(anonymous)'} ${place(node.callFrame.url)}` : place(node.callFrame.url, node.callFrame.functionName);
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  const total = (profile.endTime - profile.startTime) / 1000;
  return { total, self };
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
  const m = url.match(/\/(src|action|dist|bench|test)\/.*$/);
  return m ? m[0].slice(1) : url;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const top = Number(values.top);
  const sums = new Map();
  let total = 0;
  for (const file of positionals) {
    const s = summarise(JSON.parse(readFileSync(file, 'utf8')), values.by);
    total += s.total;
    for (const [k, v] of s.self) sums.set(k, (sums.get(k) ?? 0) + v);
  }
  const n = positionals.length;
  const rows = [...sums].map(([k, v]) => [k, v / n]).sort((a, b) => b[1] - a[1]);
  process.stdout.write(`profiled ${(total / n).toFixed(1)} ms (mean of ${n})\n`);
  for (const [k, v] of rows.slice(0, top)) process.stdout.write(`${v.toFixed(1).padStart(9)} ms  ${((100 * v * n) / total).toFixed(1).padStart(5)} %  ${k}\n`);
}
