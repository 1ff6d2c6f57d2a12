// What only a server can do wrong: refuse the credentials, not be there, take eight writers at once.
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { count, exampleRows, lines, postgresUrl, register, SHA, STORES, tempDir, writeLines } from './stores.js';

const server = STORES.find((s) => s.kind === 'postgres');

describe.runIf(server)('the register on a PostgreSQL server', () => {
  it('says the credentials were refused, without showing the password; the right ones work', async () => {
    const dir = tempDir();
    const db = await (server as NonNullable<typeof server>).fresh(dir);
    const rows = exampleRows('m1-ideation', dir, 'studio/p', SHA(1));
    const wrong = new URL(db);
    wrong.password = 'not-the-password';
    const refused = await register(['record', rows], dir, { DATABASE_URL: wrong.toString() });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/refused the credentials/);
    expect(refused.stderr).not.toContain('not-the-password');
    const ok = await register(['record', rows], dir, { DATABASE_URL: db });
    expect(ok.code).toBe(0);
    expect(await count(db, 'use_rows')).toBe(lines(rows).length);
  });

  it('says a server that is not there cannot be reached', async () => {
    const dir = tempDir();
    const port = await new Promise<number>((done) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const a = s.address();
        s.close(() => done(typeof a === 'object' && a ? a.port : 0));
      });
    });
    const rows = exampleRows('m1-ideation', dir, 'studio/q', SHA(2));
    const r = await register(['record', rows, '--db', `postgres://postgres:secret@127.0.0.1:${port}/postgres`], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot reach the database at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1/);
  });

  it('loses no row from eight concurrent record calls, overlapping ones included', async () => {
    const dir = tempDir();
    const db = await (server as NonNullable<typeof server>).fresh(dir);
    const base = lines(exampleRows('approvals', dir, 'studio/r', SHA(3))).map((l) => JSON.parse(l));
    // Eight runs over four repositories: each run's rows are new, and every run also re-sends the previous run's rows.
    const runs = Array.from({ length: 8 }, (_, i) => base.map((row) => ({ ...row, repository: `studio/r${i % 4}`, evaluation: `run-${i}.1` })));
    const files = runs.map((rows, i) => writeLines(join(dir, `run-${i}.ndjson`), [...rows, ...(runs[(i + 7) % 8] ?? [])]));
    const results = await Promise.all(files.map((f) => register(['record', f, '--db', db], dir)));
    for (const r of results) expect(r.stderr).toBe('');
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(await count(db, 'use_rows')).toBe(8 * base.length);
    expect(await count(db, 'evaluations')).toBe(8);
    expect(await count(db, 'latest')).toBe(4);
    const approvals = base.reduce((n, r) => n + r.approvals.length, 0);
    expect(await count(db, 'approvals')).toBe(8 * approvals);
    // Each repository's newest evaluation is the later of its two runs.
    const open = JSON.parse((await register(['query', 'open', '--format', 'json', '--db', db, '--today', '2026-11-23'], dir)).stdout).open;
    expect(new Set(open.map((o: { repository: string }) => o.repository))).toEqual(new Set(['studio/r0', 'studio/r1', 'studio/r2', 'studio/r3']));
  });

  it('is given a server in CI', () => {
    if (process.env.CI) expect(postgresUrl).not.toBe('');
  });
});
