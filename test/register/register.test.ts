import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/register/store.js';
import { count, exampleRows, lines, register, SHA, STORES, tempDir, writeLines } from './stores.js';

const TODAY = ['--today', '2026-11-23'];

describe.each(STORES)('the register in $kind', { timeout: 180_000 }, ({ fresh }) => {
  it('records a real check, once, and answers the team from it', async () => {
    const dir = tempDir();
    const db = await fresh(dir);
    const rows = exampleRows('approvals', dir, 'studio/orchard', SHA(1));
    const first = await register(['record', rows, '--db', db], dir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const n = lines(rows).length;
    expect(first.stdout).toContain(`recorded ${n} new rows of ${n} read`);
    // The same evaluation again adds nothing.
    const again = await register(['record', rows, '--db', db], dir);
    expect(again.stdout).toContain(`recorded 0 new rows of ${n} read (${n} already in the register)`);
    expect(await count(db, 'use_rows')).toBe(n);

    const open = await register(['query', 'open', '--format', 'json', '--db', db, ...TODAY], dir);
    const openUses = JSON.parse(open.stdout).open.map((r: { use: string }) => r.use);
    expect(openUses).toContain('expired-approval');
    expect(openUses).not.toContain('valid-approval');

    const expiring = JSON.parse((await register(['query', 'expiring', '--days', '30', '--format', 'json', '--db', db, ...TODAY], dir)).stdout).expiring;
    expect(expiring.map((r: { use: string; expires_on: string }) => [r.use, r.expires_on])).toContainEqual(['expiring-approval', '2026-12-14']);
    // A longer window also lists the approval valid until 2027-11-01; a short one does not.
    const year = JSON.parse((await register(['query', 'expiring', '--days', '365', '--format', 'json', '--db', db, ...TODAY], dir)).stdout).expiring;
    expect(year.map((r: { use: string }) => r.use)).toContain('approval-past-cap');
    expect(expiring.map((r: { use: string }) => r.use)).not.toContain('approval-past-cap');

    const packs = JSON.parse((await register(['query', 'packs', '--format', 'json', '--db', db], dir)).stdout).packs;
    expect(packs).toEqual([expect.objectContaining({ productions: 1, repositories: 'studio/orchard' })]);

    const text = await register(['query', '--db', db, ...TODAY], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Open approvals \(days counted to 2026-11-23\): \d+/m);
    expect(text.stdout).toContain('Blocked uses');
  });

  it('reads a JSON report as the same rows, given the repository and commit', async () => {
    const dir = tempDir();
    const db = await fresh(dir);
    const rows = exampleRows('m4-talent-replication', dir, 'studio/replica', SHA(2));
    const json = join(dir, 'report.json');
    (await import('../cli/in-process.js')).cliIn(
      ['check', 'genai-usage.yml', '--format', 'json', '--output', json, '--today', '2026-11-23'],
      join(import.meta.dirname, '../../examples/m4-talent-replication'),
    );
    const bare = await register(['record', json, '--db', db], dir);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('give --repository and --commit');
    await register(['record', rows, '--db', db], dir);
    const same = await register(['record', json, '--db', db, '--repository', 'studio/replica', '--commit', SHA(2), '--evaluation', '2026-11-23'], dir);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('recorded 0 new rows');
    const blocked = JSON.parse((await register(['query', 'blocked', '--format', 'json', '--db', db], dir)).stdout).blocked;
    const decisions = lines(rows)
      .map((l) => JSON.parse(l))
      .filter((r) => r.decision === 'blocked')
      .map((r) => r.use);
    expect(blocked.map((b: { use: string }) => b.use).sort()).toEqual(decisions.sort());
  });

  it('keeps each production at its newest evaluation, whatever order they are recorded in', async () => {
    const dir = tempDir();
    const db = await fresh(dir);
    const newer = writeLines(
      join(dir, 'newer.ndjson'),
      lines(exampleRows('m1-ideation', dir, 'studio/w', SHA(3), '200')).map((l) => ({ ...JSON.parse(l), evaluatedOn: '2026-11-30' })),
    );
    const older = exampleRows('approvals', dir, 'studio/w', SHA(4), '100');
    expect((await register(['record', newer, older, '--db', db], dir)).code).toBe(0);
    const open = JSON.parse((await register(['query', 'open', '--format', 'json', '--db', db, ...TODAY], dir)).stdout).open;
    // The older evaluation had uses waiting; the newer one (m1) has none.
    expect(open).toEqual([]);
    expect(await count(db, 'evaluations')).toBe(2);
  });

  it('records migrations in order, and refuses a register a newer version made, changing nothing', async () => {
    const dir = tempDir();
    const db = await fresh(dir);
    const rows = exampleRows('m1-ideation', dir, 'studio/a', SHA(5));
    await register(['record', rows, '--db', db], dir);
    const store = await openStore(db);
    try {
      const versions = await store.query<{ version: number; name: string }>('SELECT version, name FROM register_migrations ORDER BY version');
      expect(versions.map((v) => [v.version, v.name])).toEqual([
        [1, 'rows'],
        [2, 'query-indexes'],
      ]);
      await store.query("INSERT INTO register_migrations (version, name) VALUES (99, 'from-the-future')");
    } finally {
      await store.close();
    }
    const before = await count(db, 'use_rows');
    const other = exampleRows('approvals', dir, 'studio/b', SHA(6));
    const refused = await register(['record', other, '--db', db], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/made by a newer genai-clearance \(its schema is at version 99; this one knows up to 2\)/);
    expect(await count(db, 'use_rows')).toBe(before);
    expect((await register(['query', '--db', db], dir)).code).toBe(2);
  });

  it('records nothing from a call with a bad row anywhere: unknown version, missing field, not JSON', async () => {
    const dir = tempDir();
    const db = await fresh(dir);
    const good = lines(exampleRows('approvals', dir, 'studio/c', SHA(7)));
    const first = JSON.parse(good[0] as string);
    await register(['record', writeLines(join(dir, 'seed.ndjson'), [good[0]]), '--db', db], dir);
    const cases: Array<[string, unknown, RegExp]> = [
      ['version', { ...first, use: 'v', schemaVersion: 7 }, /bad\.ndjson:3:1: row schema version 7 is not one this genai-clearance reads \(it reads 1\)/],
      ['missing', (({ decision: _, ...rest }) => ({ ...rest, use: 'm' }))(first), /bad\.ndjson:3:1: .*decision/],
      ['garbage', '{"schemaVersion": 1,', /bad\.ndjson:3:1: not a JSON line/],
    ];
    for (const [, bad, message] of cases) {
      const file = writeLines(join(dir, 'bad.ndjson'), [good[1], good[2], bad, good[3]]);
      const r = await register(['record', file, '--db', db], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('nothing was recorded');
      expect(await count(db, 'use_rows')).toBe(1);
      expect(await count(db, 'approvals')).toBe(first.approvals.length);
    }
    // The honest twin: the same rows without the bad one are recorded.
    const ok = await register(['record', writeLines(join(dir, 'ok.ndjson'), [good[1], good[2], good[3]]), '--db', db], dir);
    expect(ok.code).toBe(0);
    expect(await count(db, 'use_rows')).toBe(4);
  });

  it('answers which media files no use declares, from file rows', async () => {
    const dir = tempDir();
    const db = await fresh(dir);
    const use = JSON.parse(lines(exampleRows('m1-ideation', dir, 'studio/d', SHA(8)))[0] as string);
    const base = {
      schemaVersion: 1,
      kind: 'file',
      repository: use.repository,
      commit: use.commit,
      evaluation: use.evaluation,
      evaluatedOn: use.evaluatedOn,
      toolVersion: use.toolVersion,
      packs: use.packs,
      size: 10,
      credentials: 'none',
      signal: 'xmp',
      class: 'ai',
      sourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia',
    };
    const file = writeLines(join(dir, 'files.ndjson'), [
      use,
      { ...base, path: 'delivery/poster.jpg', inDeliverables: true, undeclared: true, declaredBy: [] },
      { ...base, path: 'boards/moodboard.png', inDeliverables: false, undeclared: false, declaredBy: [{ path: 'genai-usage.yml', use: use.use }] },
    ]);
    expect((await register(['record', file, '--db', db], dir)).code).toBe(0);
    const undeclared = JSON.parse((await register(['query', 'undeclared', '--format', 'json', '--db', db], dir)).stdout).undeclared;
    expect(undeclared.map((f: { path: string; in_deliverables: boolean }) => [f.path, f.in_deliverables])).toEqual([['delivery/poster.jpg', true]]);
  });

  it('writes a site whose every declaration text is escaped', async () => {
    const dir = tempDir();
    const db = await fresh(dir);
    const rows = lines(exampleRows('approvals', dir, 'studio/e', SHA(9))).map((l) => JSON.parse(l));
    const hostile = { ...rows[0], production: '<img src=x onerror=alert(1)>', summary: '<script>alert("summary")</script> & more', use: 'use-<b>bold</b>' };
    const plain = { ...rows[1], summary: 'Plain words stay as they are' };
    await register(['record', writeLines(join(dir, 'h.ndjson'), [hostile, plain]), '--db', db], dir);
    const out = join(dir, 'site');
    const r = await register(['html', '-o', out, '--db', db, ...TODAY], dir);
    expect(r.code).toBe(0);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).not.toContain('<img src=x');
    expect(index).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const pages = r.stdout.match(/\((\d+) production pages\)/)?.[1];
    expect(pages).toBe('1');
    const page = readFileSync(join(out, 'productions', (index.match(/href="productions\/([^"]+)"/) as RegExpMatchArray)[1] as string), 'utf8');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(&quot;summary&quot;)&lt;/script&gt; &amp; more');
    expect(page).toContain('use-&lt;b&gt;bold&lt;/b&gt;');
    expect(page).toContain('Plain words stay as they are');
  });

  it('says there is no register rather than making one to read', async () => {
    const dir = tempDir();
    const db = await fresh(dir);
    const r = await register(['query', '--db', db], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('there is no register');
  });
});
