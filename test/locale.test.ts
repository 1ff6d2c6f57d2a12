// The same files give the same bytes on every machine: the CLI's output must not depend on the
// locale. Swedish collation puts `ä` after `z`, English puts it beside `a`, and the two group
// thousands differently ("1 200" / "1,200"), so ICU-based sorting or number formatting anywhere in a
// renderer shows up here as a difference. Each format is rendered once in-process, under the test
// worker's own locale, and once by the committed CLI bundle started as a user's shell would under
// sv_SE (ICU reads the locale when a process starts, so that side needs a process of its own).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JS module without types (the bench's generator)
import { makeDeclaration, toYaml } from '../bench/generate.mjs';
import { FORMATS } from '../src/render/index.js';
import { cliIn } from './cli/in-process.js';
import { ROOT, TODAY } from './helpers.js';

const SWEDISH = 'sv_SE.UTF-8';

async function run(cwd: string, locale: string, format: string): Promise<string> {
  const env = { PATH: process.env.PATH ?? '', LANG: locale, LC_ALL: locale };
  const args = [join(ROOT, 'dist/cli.js'), 'check', '.', '--format', format, '--today', TODAY];
  try {
    return (await promisify(execFile)(process.execPath, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (err) {
    // Exit code 1 (uses need approval) still prints the report.
    const e = err as { code?: number; stdout?: string };
    if (e.code !== 1 || e.stdout === undefined) throw err;
    return e.stdout;
  }
}

describe('output under different locales', () => {
  const dir = mkdtempSync(join(tmpdir(), 'genai-locale-'));
  const example = readFileSync(join(ROOT, 'examples/m1-ideation/genai-usage.yml'), 'utf8');
  for (const folder of ['ä', 'z', 'a', 'Zürich']) {
    mkdirSync(join(dir, folder));
    writeFileSync(join(dir, folder, 'genai-usage.yml'), example);
  }
  // Over a thousand clear uses, so the markdown's counts need a thousands separator.
  mkdirSync(join(dir, 'ö-series'));
  writeFileSync(join(dir, 'ö-series', 'genai-usage.yml'), toYaml(makeDeclaration(1, 2500)) as string);

  // One child process per format, all started at once; the ordering test reads the same outputs.
  const swedish = new Map<string, Promise<string>>();
  const inSwedish = (format: string) => swedish.get(format) ?? (swedish.set(format, run(dir, SWEDISH, format)).get(format) as Promise<string>);
  const here = (format: string) => cliIn(['check', '.', '--format', format, '--today', TODAY], dir, { env: {} }).stdout;

  it('the test worker does not itself run under a Swedish locale (else the comparison proves nothing)', () => {
    expect(new Intl.NumberFormat().resolvedOptions().locale).not.toMatch(/^sv/);
    expect(['ä', 'z'].sort(new Intl.Collator().compare)).toEqual(['ä', 'z']);
  });

  it.each(FORMATS)("--format %s is byte for byte the same under sv_SE and the test worker's locale", async (format) => {
    const [sv, en] = await Promise.all([inSwedish(format), here(format)]);
    expect(sv?.length).toBeGreaterThan(0);
    expect(sv === en, `${format} differs between ${SWEDISH} and ${new Intl.NumberFormat().resolvedOptions().locale}`).toBe(true);
  });

  it('orders files by code point and groups thousands with a comma in every locale', async () => {
    const text = await inSwedish('text');
    const order = ['a/', 'z/', 'Zürich/', 'ä/', 'ö-series/'].map((f) => text.indexOf(`${f}genai-usage.yml`));
    expect(order.every((i) => i >= 0)).toBe(true);
    // Code points: 'Z' (U+005A) < 'a' < 'z' < 'ä' (U+00E4) < 'ö' (U+00F6).
    expect([...order].sort((x, y) => x - y)).toEqual([order[2], order[0], order[1], order[3], order[4]]);
    expect(await inSwedish('markdown')).toMatch(/\b1,\d{3} clear uses\b/);
  });
});
