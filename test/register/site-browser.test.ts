// The register's site in a real browser (Debian's Chromium, headless; .ci/install-chromium.sh installs
// it): the queue sorts and filters, every production page is reachable, axe-core finds nothing serious.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleRows, lines, ROOT, register, SHA, tempDir, writeLines } from './stores.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

if (!CHROMIUM && process.env.CI) throw new Error('Chromium is not installed: run .ci/install-chromium.sh');

describe.runIf(CHROMIUM)('the register site in Chromium', () => {
  let browser: BrowserContext;
  let site: string;
  beforeAll(async () => {
    const dir = tempDir();
    const db = join(dir, 'register');
    // Three productions whose open approvals have waited different lengths of time.
    const files = ['2026-10-01', '2026-11-02', '2026-11-20'].map((day, i) =>
      writeLines(
        join(dir, `p${i}.ndjson`),
        lines(exampleRows('approvals', dir, `studio/production-${i}`, SHA(i + 1))).map((l) => ({ ...JSON.parse(l), evaluatedOn: day, production: `Production ${'CBA'[i]}` })),
      ),
    );
    expect((await register(['record', ...files, '--db', db], dir)).code).toBe(0);
    site = join(dir, 'site');
    expect((await register(['html', '-o', site, '--db', db, '--today', '2026-11-23', '--days', '365'], dir)).code).toBe(0);
    // A fresh profile folder per run (Playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(join(dir, 'chromium-profile'), {
      executablePath: CHROMIUM as string,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('sorts and filters the open-approval queue', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(site, 'queue.html')).href);
    const column = (n: number) => page.$$eval(`#queue tbody tr:not([hidden]) td:nth-child(${n})`, (cells) => cells.map((c) => c.textContent ?? ''));
    const days = async () => (await column(6)).map(Number);
    // As written (no script needed): the longest-waiting first.
    const written = await days();
    expect(written).toEqual([...written].sort((a, b) => b - a));
    expect(new Set(written).size).toBe(3);
    await page.click('#queue th:nth-child(6) button');
    expect(await days()).toEqual([...written].sort((a, b) => a - b));
    expect(await page.getAttribute('#queue th:nth-child(6)', 'aria-sort')).toBe('ascending');
    await page.click('#queue th:nth-child(1) button');
    const names = await column(1);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await page.fill('input[data-filter="queue"]', 'Production B');
    const filtered = await column(1);
    expect(filtered.length).toBeGreaterThan(0);
    expect(new Set(filtered)).toEqual(new Set(['Production B']));
    await page.fill('input[data-filter="queue"]', '');
    expect((await column(1)).length).toBe(names.length);
  });

  it('reaches every production page from the overview, and axe-core finds no serious violation', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    const links = await page.$$eval('#productions tbody a', (as) => as.map((a) => (a as unknown as { href: string }).href));
    expect(links).toHaveLength(3);
    const pages = [pathToFileURL(join(site, 'index.html')).href, pathToFileURL(join(site, 'queue.html')).href, pathToFileURL(join(site, 'expiry.html')).href, ...links];
    for (const url of pages) {
      const response = await page.goto(url);
      expect(response?.ok() ?? existsSync(new URL(url))).toBe(true);
      expect(await page.textContent('h1')).not.toBe('');
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (globalThis as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe.run();
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
      expect(violations, url).toEqual([]);
    }
  });
});
