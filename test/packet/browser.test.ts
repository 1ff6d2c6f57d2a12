// disclosure.html in a real browser (Debian's headless Chromium, which .ci/run installs): every use is
// on the rendered page, nothing overflows an A4 print width, print media shows the same content,
// axe-core finds no serious violation, and a screenshot is kept in .tmp/ for a person to look at.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliAsync } from '../cli/in-process.js';
import { ROOT } from '../helpers.js';

const CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium', '/usr/lib/chromium/chromium'];
const executablePath = CANDIDATES.find((p) => existsSync(p));
const work = mkdtempSync(join(tmpdir(), 'packet-browser-'));
const profile = mkdtempSync(join(tmpdir(), 'packet-chromium-profile-'));
let browser: BrowserContext;
/** A4 is 210 mm wide; at the CSS 96 dpi that is 793.7 px. */
const A4_WIDTH_PX = Math.floor((210 / 25.4) * 96);

beforeAll(async () => {
  // No skip: CI installs Chromium (.ci/install-chromium.sh), so a missing browser is a failure.
  if (!executablePath) throw new Error(`no Chromium found (${CANDIDATES.join(', ')}): run bash .ci/install-chromium.sh`);
  // A fresh profile folder each run (Playwright passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(profile, {
    executablePath,
    viewport: { width: A4_WIDTH_PX, height: 1123 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

describe('disclosure.html in headless Chromium', () => {
  const repo = join(work, 'repo');
  let html = '';
  let ids: string[] = [];
  beforeAll(async () => {
    cpSync(join(ROOT, 'examples/series'), join(repo, 'examples/series'), { recursive: true });
    cpSync(join(ROOT, 'examples/ledger'), join(repo, 'examples/ledger'), { recursive: true });
    mkdirSync(join(repo, '.github'));
    writeFileSync(join(repo, '.github/genai-clearance.yml'), 'format: genai-clearance-config/v1\nproduction: PRD-3107\nledger: examples/ledger/approvals.yml\n');
    const run = await cliAsync(['packet', 'examples/series', '-o', 'packet', '--today', '2026-11-23'], repo);
    expect(run.code).toBe(1);
    html = readFileSync(join(repo, 'packet/disclosure.html'), 'utf8');
    ids = [...readFileSync(join(repo, 'examples/series/genai-usage.yml'), 'utf8').matchAll(/^ {2}- id: (\S+)/gm)].map((m) => m[1] as string);
  });

  it('every use is on the page, nothing is wider than A4, print media shows the same text, axe finds no serious violation', async () => {
    const page = await browser.newPage();
    // Nothing may be fetched: the page is self-contained.
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    await page.setContent(html, { waitUntil: 'load' });
    // Expressions run in the page (the test's own TypeScript has no DOM types).
    const screen = (await page.evaluate('document.body.innerText')) as string;
    for (const id of ids) expect(screen, id).toContain(id);
    expect(screen).toContain('NOT CLEARED');

    await page.emulateMedia({ media: 'print' });
    const printed = (await page.evaluate(
      '({ text: document.body.innerText, scrollWidth: document.documentElement.scrollWidth, widest: Math.max(...[...document.querySelectorAll("body *")].map((e) => e.getBoundingClientRect().right)) })',
    )) as { text: string; scrollWidth: number; widest: number };
    expect(printed.scrollWidth).toBeLessThanOrEqual(A4_WIDTH_PX);
    expect(printed.widest).toBeLessThanOrEqual(A4_WIDTH_PX);
    // Print adds only the running marking (hidden on screen); every other line is the same.
    expect(
      printed.text
        .replace(/^NOT CLEARED\n/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe(screen.replace(/\s+/g, ' ').trim());
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    await page.emulateMedia({ media: 'screen' });
    await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
    const results = (await page.evaluate('axe.run()')) as {
      violations: Array<{ id: string; impact: string; nodes: unknown[] }>;
    };
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
    expect(serious).toEqual([]);

    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    await page.screenshot({ path: join(ROOT, '.tmp/packet-disclosure.png'), fullPage: true });
    expect(requests).toEqual([]);
    await page.close();
  }, 120_000);
});
