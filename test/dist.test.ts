import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

describe('committed bundles', () => {
  it('dist/ is exactly what a fresh build of the sources produces', () => {
    const out = mkdtempSync(join(tmpdir(), 'genai-dist-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--outdir', out], { cwd: ROOT });
    for (const file of ['index.js', 'cli.js']) {
      const fresh = readFileSync(join(out, file), 'utf8');
      const committed = readFileSync(join(ROOT, 'dist', file), 'utf8');
      // A mismatch means: run `npm run build` and commit dist/.
      expect(committed === fresh, `dist/${file} is stale: run npm run build and commit dist/`).toBe(true);
    }
  });

  it('the CLI bundle does not load the Actions toolkit (it would cost start-up time on every laptop run)', () => {
    const cli = readFileSync(join(ROOT, 'dist/cli.js'), 'utf8');
    expect(cli).not.toMatch(/node_modules\/(@actions|undici|@octokit)\//);
  });

  it('action.yml runs the committed bundle on node24', () => {
    const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    expect(action).toMatch(/runs:\n {2}using: node24\n {2}main: dist\/index\.js/);
  });
});
