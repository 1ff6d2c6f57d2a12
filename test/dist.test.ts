import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/** Every committed build output: the two entry points, the CLI's main chunk, the lazily loaded libraries and the packet's fonts. */
const DIST_FILES = [
  'index.js',
  'cli.js',
  ...readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.cjs')),
  ...readdirSync(join(ROOT, 'dist/lib'), { recursive: true })
    .map((f) => `lib/${String(f)}`)
    .filter((f) => statSync(join(ROOT, 'dist', f)).isFile()),
];

describe('committed bundles', () => {
  it('dist/ is exactly what a fresh build of the sources produces', () => {
    const out = mkdtempSync(join(tmpdir(), 'genai-dist-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--outdir', out], { cwd: ROOT });
    for (const file of DIST_FILES) {
      const fresh = readFileSync(join(out, file), 'utf8');
      const committed = readFileSync(join(ROOT, 'dist', file), 'utf8');
      // A mismatch means: run `npm run build` and commit dist/.
      expect(committed === fresh, `dist/${file} is stale: run npm run build and commit dist/`).toBe(true);
    }
  });

  it('the CLI bundle does not load the Actions toolkit (it would cost start-up time on every laptop run)', () => {
    // Markers the toolkit leaves in a bundle: undici's module paths, Octokit's user agents, the
    // toolkit's OIDC variables. The Action's bundle has them, which shows the markers are real.
    const TOOLKIT = /undici\/lib\/|octokit-(core|request)\.js|ACTIONS_ID_TOKEN_REQUEST_URL/;
    expect(readFileSync(join(ROOT, 'dist/index.js'), 'utf8')).toMatch(TOOLKIT);
    for (const file of DIST_FILES.filter((f) => f !== 'index.js')) expect(readFileSync(join(ROOT, 'dist', file), 'utf8'), file).not.toMatch(TOOLKIT);
  });

  it('action.yml runs the committed bundle on node24', () => {
    const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    expect(action).toMatch(/runs:\n {2}using: node24\n {2}main: dist\/index\.js/);
  });
});
