// `npm start` in an ordinary terminal: the verdict, the principle table and what each failing use
// needs, never wider than 120 columns (narrower when the terminal is), with the full comment in a file.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { cliIn } from './in-process.js';

function start(columns: number): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/start.mjs')], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', COLUMNS: String(columns) } });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('npm start', () => {
  it('fits 120 columns on a wide terminal and shows the verdict, the principles and what each failing use needs', () => {
    const out = start(300);
    const lines = out.trimEnd().split('\n');
    expect(lines.filter((l) => l.length > 120)).toEqual([]);
    // One line per failing example use: the talent-consent examples add about forty, the examples of
    // the newest pack versions about seventy.
    expect(lines.length).toBeLessThan(360);
    const json = JSON.parse(cliIn(['check', 'examples', '-f', 'json'], ROOT, { now: () => new Date() }).stdout);
    expect(out).toContain(`FAIL: merge blocked: ${json.counts.needsApproval} uses need written approval, ${json.counts.blocked} blocked`);
    expect(out).toMatch(/^ {2}Principle +Status +Needs approval +Blocked +Cleared by$/m);
    expect(out).toMatch(/^ {2}P4 Temporary, not final +needs approval +\d+ uses/m);
    expect(out).toContain(`What each failing use needs (${json.counts.needsApproval + json.counts.blocked})`);
    expect(out).toMatch(/^ {4}expired-approval \(line \d+\): a written approval listing final-deliverable$/m);
  });

  it('narrows to the terminal', () => {
    const lines = start(80).trimEnd().split('\n');
    expect(lines.filter((l) => l.length > 80)).toEqual([]);
  });

  it('writes the full comment to the file it names, exactly as the markdown report', () => {
    const out = start(120);
    const named = /The full pull-request comment, as the Action posts it: (\S+)/.exec(out)?.[1];
    expect(named).toBeDefined();
    const comment = readFileSync(join(ROOT, named as string), 'utf8');
    expect(comment).toBe(cliIn(['check', 'examples', '-f', 'markdown'], ROOT, { now: () => new Date() }).stdout);
    expect(comment).toMatch(/^## GenAI clearance/);
    const preview = /and as a browser shows it: (\S+)/.exec(out)?.[1];
    const html = readFileSync(join(ROOT, preview as string), 'utf8');
    expect(html).toContain('<h2>GenAI clearance</h2>');
    expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>Principle<\/th>/);
  });
});
