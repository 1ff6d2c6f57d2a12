// The evidence packet on the series example and on hostile strings: every file built, read back with
// real parsers (csv-parse, pdf.js), byte-identical when rebuilt, NOT CLEARED on every page and first line.

import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { ASSET_COLUMNS } from '../../src/packet/assets.js';
import { CONSENT_COLUMNS } from '../../src/packet/consents.js';
import { PACKET_FILES } from '../../src/packet/readme.js';
import { REGISTER_COLUMNS } from '../../src/packet/register.js';
import { PREDICATE_TYPE } from '../../src/packet/status.js';
import { cliAsync } from '../cli/in-process.js';
import { ROOT } from '../helpers.js';
import { pdfText } from './readers.js';

const work = mkdtempSync(join(tmpdir(), 'packet-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The series example as its repository would hold it: the trusted configuration names the production and the ledger. */
const SERIES = join(work, 'repo');
cpSync(join(ROOT, 'examples/series'), join(SERIES, 'examples/series'), { recursive: true });
cpSync(join(ROOT, 'examples/ledger'), join(SERIES, 'examples/ledger'), { recursive: true });
mkdirSync(join(SERIES, '.github'));
writeFileSync(join(SERIES, '.github/genai-clearance.yml'), 'format: genai-clearance-config/v1\nproduction: PRD-3107\nledger: examples/ledger/approvals.yml\n');

async function packet(cwd: string, out: string, extra: string[] = []) {
  return cliAsync(['packet', 'examples/series', '-o', out, '--today', '2026-11-23', ...extra], cwd);
}

const read = (dir: string, name: string) => readFileSync(join(dir, name));
const csv = (dir: string, name: string): string[][] => parse(read(dir, name), { bom: true, relax_column_count: false }) as string[][];

const squash = (s: string) => s.replace(/\s+/g, '');

describe('the series example', async () => {
  const out = join(work, 'series');
  const run = await packet(SERIES, out);
  const series = readFileSync(join(SERIES, 'examples/series/genai-usage.yml'), 'utf8');
  const ids = [...series.matchAll(/^ {2}- id: (\S+)/gm)].map((m) => m[1] as string);

  it('writes every file and exits 1 (the series does not pass), marked NOT CLEARED', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(Object.keys(PACKET_FILES).sort());
    expect(run.stdout).toMatch(/^NOT CLEARED: /);
    for (const name of ['register.csv', 'consents.csv', 'assets.csv', 'README.txt', 'disclosure.html']) {
      expect(
        read(out, name)
          .toString('utf8')
          .replace(/^\uFEFF/, '')
          .split('\n')[0],
        name,
      ).toMatch(/NOT CLEARED/);
    }
  });

  it('register.csv: one row per use, the documented columns, every approval with its approver', () => {
    const rows = csv(out, 'register.csv');
    expect(rows[0]?.[0]).toMatch(/^NOT CLEARED: /);
    expect(rows[0]?.[1]).toBe('genai-clearance register v1');
    expect(rows[1]).toEqual([...REGISTER_COLUMNS]);
    const body = rows.slice(2);
    expect(body.map((r) => r[REGISTER_COLUMNS.indexOf('use')])).toEqual(ids);
    const deageing = body.find((r) => r[4] === 'lead-deageing-flashback') as string[];
    expect(deageing[REGISTER_COLUMNS.indexOf('decision')]).toBe('approved');
    expect(deageing[REGISTER_COLUMNS.indexOf('approvals')]).toMatch(/^GENAI-2026-0134 \(approver \S+/);
    expect(deageing[REGISTER_COLUMNS.indexOf('consents')]).not.toBe('');
    expect(deageing[REGISTER_COLUMNS.indexOf('declaration_sha256')]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('consents.csv lists the consent records the uses rest on', () => {
    const rows = csv(out, 'consents.csv');
    expect(rows[1]).toEqual([...CONSENT_COLUMNS]);
    expect(rows.slice(2).some((r) => r[CONSENT_COLUMNS.indexOf('uses')]?.includes('lead-deageing-flashback'))).toBe(true);
  });

  it("consents.csv keeps how each consent was given and the signed document's digest", async () => {
    const dir = join(work, 'talent');
    cpSync(join(ROOT, 'examples/talent-consent-statutes'), join(dir, 'repo'), { recursive: true });
    await cliAsync(['packet', '.', '-o', join(dir, 'out'), '--today', '2026-11-23'], join(dir, 'repo'));
    const rows = csv(join(dir, 'out'), 'consents.csv').slice(2);
    const at = (r: string[], c: (typeof CONSENT_COLUMNS)[number]) => r[CONSENT_COLUMNS.indexOf(c)];
    const declared = readFileSync(join(ROOT, 'examples/talent-consent-statutes/genai-usage.yml'), 'utf8');
    const digests = new Set([...declared.matchAll(/^\s+sha256: ([0-9a-f]{64})$/gm)].map((m) => m[1]));
    expect(rows.some((r) => at(r, 'form') === 'separate-writing')).toBe(true);
    expect(rows.filter((r) => at(r, 'document_sha256') !== '').every((r) => digests.has(at(r, 'document_sha256')))).toBe(true);
    expect(rows.some((r) => digests.has(at(r, 'document_sha256')))).toBe(true);
  });

  it('assets.csv has the documented columns', () => {
    expect(csv(out, 'assets.csv')[1]).toEqual([...ASSET_COLUMNS]);
  });

  it('statement.json is an in-toto Statement v1 over the other files, with the documented predicate', () => {
    const st = JSON.parse(read(out, 'statement.json').toString('utf8'));
    expect(st._type).toBe('https://in-toto.io/Statement/v1');
    expect(st.predicateType).toBe(PREDICATE_TYPE);
    const names = st.subject.map((s: { name: string }) => s.name).sort();
    expect(names).toEqual(
      Object.keys(PACKET_FILES)
        .filter((n) => n !== 'statement.json')
        .sort(),
    );
    for (const s of st.subject) expect(s.digest.sha256).toBe(createHash('sha256').update(read(out, s.name)).digest('hex'));
    expect(Object.keys(st.predicate)).toEqual(['tool', 'evaluatedOn', 'decision', 'marking', 'approvalMode', 'declarations', 'packs', 'configuration', 'ledger', 'approvals', 'counts', 'provenance']);
    expect(st.predicate.decision).toBe('fail');
    expect(st.predicate.ledger.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(st.predicate.approvals.map((a: { ref: string }) => a.ref)).toContain('GENAI-2026-0134');
  });

  it('disclosure.pdf: read with pdf.js, every use, every approval ref and the declaration digest are in it, NOT CLEARED on every page', async () => {
    const { pages, info } = await pdfText(read(out, 'disclosure.pdf'));
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p).toContain('NOT CLEARED');
    const all = squash(pages.join(' '));
    for (const id of ids) expect(all, id).toContain(squash(id));
    for (const ref of new Set([...series.matchAll(/ref: (GENAI-\d{4}-\d{4})/g)].map((m) => m[1] as string))) expect(all, ref).toContain(ref);
    const digest = csv(out, 'register.csv')[2]?.[3] as string;
    expect(all).toContain(digest);
    expect(info.Title).toMatch(/^NOT CLEARED: /);
    expect(String(info.CreationDate)).toMatch(/^D:20261123/);
  });

  it('is byte-identical when made again from the same commit, configuration and date', async () => {
    const again = join(work, 'series-again');
    await packet(SERIES, again);
    for (const name of Object.keys(PACKET_FILES)) expect(read(again, name).equals(read(out, name)), name).toBe(true);
  });

  it('--require-pass writes nothing and exits 1; an honest passing declaration gets its CLEARED packet', async () => {
    const refused = join(work, 'refused');
    const r = await packet(SERIES, refused, ['--require-pass']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no packet written/);
    expect(existsSync(refused)).toBe(false);
    const clean = join(work, 'clean');
    cpSync(join(ROOT, 'examples/m1-ideation'), clean, { recursive: true });
    const ok = await cliAsync(['packet', '.', '-o', 'out', '--today', '2026-11-23', '--require-pass'], clean);
    expect(ok.code).toBe(0);
    expect(csv(join(clean, 'out'), 'register.csv')[0]?.[0]).toMatch(/^CLEARED: /);
    const { pages } = await pdfText(read(join(clean, 'out'), 'disclosure.pdf'));
    for (const p of pages) expect(p).toContain('CLEARED');
    for (const p of pages) expect(p).not.toContain('NOT CLEARED');
  });

  it('US Letter as well as A4; a folder holding other files is left alone', async () => {
    const letter = join(work, 'letter');
    expect((await packet(SERIES, letter, ['--paper', 'letter'])).code).toBe(1);
    const doc = await getDocument({ data: new Uint8Array(read(letter, 'disclosure.pdf')) }).promise;
    const [, , w, h] = (await doc.getPage(1)).view;
    expect([w, h]).toEqual([612, 792]);
    const a4 = await getDocument({ data: new Uint8Array(read(out, 'disclosure.pdf')) }).promise;
    expect((await a4.getPage(1)).view.slice(2).map(Math.round)).toEqual([595, 842]);
    const mine = join(work, 'mine');
    cpSync(out, mine, { recursive: true });
    writeFileSync(join(mine, 'notes.txt'), 'keep me');
    const r = await packet(SERIES, mine);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not part of a packet/);
    expect(readFileSync(join(mine, 'notes.txt'), 'utf8')).toBe('keep me');
  });
});
