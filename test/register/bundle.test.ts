// The committed bundle carries the register: PGlite (with its WebAssembly and data files, in dist/lib/)
// and node-postgres, run from a folder with no node_modules.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { count, exampleRows, lines, ROOT, SHA, STORES, tempDir } from './stores.js';

const cli = (args: string[], cwd: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', GENAI_CLEARANCE_CODE_CACHE: '0', ...env } });

describe.each(STORES)('the bundled CLI records into $kind', { timeout: 180_000 }, ({ fresh }) => {
  it('from a clean folder', async () => {
    const dir = tempDir();
    const db = await fresh(dir);
    const rows = exampleRows('approvals', dir, 'studio/bundle', SHA(1));
    const r = cli(['register', 'record', rows, '--db', db], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(await count(db, 'use_rows')).toBe(lines(rows).length);
    const q = cli(['register', 'query', 'open', '--format', 'json', '--db', db, '--today', '2026-11-23'], dir);
    expect(JSON.parse(q.stdout).open.map((o: { use: string }) => o.use)).toContain('expired-approval');
  });
});
