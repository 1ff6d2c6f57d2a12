// The hostile strings in every packet file: a real declaration carries them in the production title,
// summaries, tool and vendor names, performers, consent records and file paths. Each file is read back
// with a real reader: CSV cells round-trip (with formulas neutralised), HTML escapes them, the PDF
// keeps them as text with invisible characters shown, and a glyph the font lacks is reported.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ASSET_COLUMNS } from '../../src/packet/assets.js';
import { CONSENT_COLUMNS } from '../../src/packet/consents.js';
import { csvValue } from '../../src/packet/csv.js';
import { REGISTER_COLUMNS } from '../../src/packet/register.js';
import { cliAsync } from '../cli/in-process.js';
import { HOSTILE } from '../render/fixtures.js';
import { parseCsv, pdfText } from './readers.js';

const work = mkdtempSync(join(tmpdir(), 'packet-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FORMULAS = { eq: '=HYPERLINK("https://evil.example","x")', plus: "+cmd|' /C calc'!A0", minus: '-2+3', at: '@SUM(1,2)', tab: '\t=1', cr: '\r=1' };
const NAMES = { greek: 'Ελένη Παπαδοπούλου', cyrillic: 'Фёдор Достоевский', latin: 'Zoë Ångström-Łukasiewicz' };
/** A character DejaVu Sans has no glyph for (CJK). */
const NO_GLYPH = '映';
// Every hostile string a declaration can hold (the reader refuses C0 controls and bidi controls with
// their line and column), and a zero-width space, which it lets through and the packet must show.
const strings = { ...Object.fromEntries(Object.entries(HOSTILE).filter(([k]) => k !== 'controls' && k !== 'long' && k !== 'rtl')), long: 'x'.repeat(190), zwsp: 'abc\u200Bdef', ...FORMULAS };
const all = Object.values(strings);

const uses = all.map((s, i) => ({
  id: `use-${i}`,
  summary: s,
  stage: 'post-production',
  disclosed: '2026-01-10',
  tools: [{ name: s, vendor: i % 2 === 0 ? FORMULAS.at : s, enterprise: true, trains_on_inputs: false }],
  inputs: ['owned-cleared'],
  output: { kinds: ['image'], final: true, prominence: 'background' },
  talent: {
    replica: 'none',
    performers: [
      {
        who: i === 0 ? `${NAMES.greek} ${NO_GLYPH}` : i === 1 ? NAMES.cyrillic : i === 2 ? NAMES.latin : s,
        status: 'living',
        union: 'member',
        consent: [{ ref: s.slice(0, 100) || 'x', party: 'performer', scope: 'this-use', signed_on: '2026-01-01' }],
      },
    ],
  },
  assets: [{ path: `shots/${i}-${s.replace(/[\r\n\t*?[{]/g, '_').slice(0, 80)}.mov`, ranges: [{ from: '01:00:00:00', to: '01:00:04:12', note: s.slice(0, 400) }] }],
}));
const declaration = stringify({ format: 'genai-usage/v2', policies: ['netflix-genai@2'], production: { title: `${HOSTILE.script} ${NAMES.greek}`, id: 'PRD-0001', work: 'scripted' }, uses });

describe('hostile strings in every packet file', async () => {
  writeFileSync(join(work, 'genai-usage.yml'), declaration);
  const out = join(work, 'packet');
  const run = await cliAsync(['packet', '.', '-o', out, '--today', '2026-11-23'], work);
  const read = (name: string) => readFileSync(join(out, name));

  it('the declaration is valid and the packet is written (NOT CLEARED: final uses need approval)', () => {
    expect(run.stdout).toMatch(/^NOT CLEARED/);
    expect(run.code).toBe(1);
  });

  it('register.csv, consents.csv and assets.csv: every value round-trips through csv-parse, no cell starts a formula', () => {
    const register = parseCsv(read('register.csv'));
    const body = register.slice(2);
    expect(body).toHaveLength(all.length);
    body.forEach((row, i) => {
      const s = all[i] as string;
      expect(row[REGISTER_COLUMNS.indexOf('summary')]).toBe(csvValue(s));
      expect(row[REGISTER_COLUMNS.indexOf('tools')]).toBe(csvValue(s));
    });
    for (const [name, columns] of [
      ['register.csv', REGISTER_COLUMNS],
      ['consents.csv', CONSENT_COLUMNS],
      ['assets.csv', ASSET_COLUMNS],
    ] as const) {
      const rows = parseCsv(read(name));
      expect(rows[1], name).toEqual([...columns]);
      for (const row of rows) for (const cell of row) expect(cell, `${name}: ${cell.slice(0, 40)}`).not.toMatch(/^[=+\-@\t\r]/);
      expect(read(name).toString('utf8'), name).not.toMatch(/[\u200B\u0007]/);
    }
    // The formula strings are kept, behind the quote a spreadsheet hides.
    expect(body.map((r) => r[REGISTER_COLUMNS.indexOf('summary')])).toContain(`'${FORMULAS.eq}`);
    expect(body[all.indexOf(strings.zwsp as string)]?.[REGISTER_COLUMNS.indexOf('summary')]).toBe('abc[U+200B]def');
    const consents = parseCsv(read('consents.csv')).slice(2);
    expect(consents.map((r) => r[0])).toEqual(expect.arrayContaining([`${NAMES.greek} ${NO_GLYPH}`, NAMES.cyrillic, NAMES.latin]));
    const assets = parseCsv(read('assets.csv')).slice(2);
    expect(assets).toHaveLength(all.length);
    expect(assets.every((r) => r[ASSET_COLUMNS.indexOf('timecode_from')] === '01:00:00:00')).toBe(true);
  });

  it('disclosure.html escapes every string: no markup from the declaration, invisible characters shown', () => {
    const html = read('disclosure.html').toString('utf8');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/[\u200B]/);
    expect(html).toContain('abc[U+200B]def');
    expect(html.split('\n')[0]).toMatch(/^<!-- NOT CLEARED/);
    expect(html.split('\n')[0]).not.toMatch(/--.*--.*-->/);
  });

  it('disclosure.pdf keeps every string as text (Greek, Cyrillic, diacritics), shows invisible characters and reports the missing glyph', async () => {
    const { pages } = await pdfText(read('disclosure.pdf'));
    // Table cells wrap, so text is compared without the spaces a line break leaves.
    const text = pages.join(' ').replace(/\s+/g, '').normalize('NFC');
    for (const name of Object.values(NAMES)) expect(text).toContain(name.replace(/\s+/g, ''));
    expect(text).toContain('abc[U+200B]def');
    expect(text).toContain('[U+6620]');
    expect(text).not.toContain(NO_GLYPH);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain(FORMULAS.eq.replace(/\s+/g, ''));
    expect(run.stderr).toContain('no glyph for U+6620');
    expect(read('README.txt').toString('utf8')).toContain('U+6620');
  });

  it('statement.json is JSON that keeps the strings as data', () => {
    const st = JSON.parse(read('statement.json').toString('utf8'));
    expect(st.predicate.declarations[0].production.title).toBe(`${HOSTILE.script} ${NAMES.greek}`);
  });
});
