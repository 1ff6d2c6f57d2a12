// The CLI judges a checkout as the Action judges the repository: the trusted configuration (the
// repository's own .github/genai-clearance.yml, or --config) decides the required packs and the
// production; without one, netflix-genai is required, whatever the declaration pins.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CLEAN_USE, declarationYaml, patch } from '../helpers.js';
import { cliIn } from './in-process.js';

const ESCALATING = patch(CLEAN_USE, { id: 'title-card', summary: 'Main title card', stage: 'post-production', output: { final: true, prominence: 'featured' } });

function checkout(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'genai-cli-trust-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const dodging = declarationYaml([ESCALATING]).replace('netflix-genai@1', 'eu-ai-act-art50@1');

describe('check with a trusted configuration', () => {
  it('without a configuration, pinning another pack does not drop netflix-genai', () => {
    const r = cliIn(['check', '-f', 'json'], checkout({ 'genai-usage.yml': dodging }));
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.files[0].policies.map((p: { pack: string; required?: boolean }) => [p.pack, p.required ?? false])).toEqual([
      ['eu-ai-act-art50', false],
      ['netflix-genai', true],
    ]);
  });

  it("the repository's configuration decides which packs are required", () => {
    const config = stringify({ format: 'genai-clearance-config/v1', packs: [{ pack: 'eu-ai-act-art50' }] });
    expect(cliIn(['check'], checkout({ 'genai-usage.yml': dodging, '.github/genai-clearance.yml': config })).code).toBe(0);
  });

  it('a declaration naming another production than the configuration is invalid, at its line', () => {
    const config = stringify({ format: 'genai-clearance-config/v1', production: 'PRD-9999' });
    const r = cliIn(['check'], checkout({ 'genai-usage.yml': declarationYaml([CLEAN_USE]), '.github/genai-clearance.yml': config }));
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/genai-usage\.yml:6:7: error: this repository belongs to production `PRD-9999`/);
  });

  it('a bad --config stops the check with file:line:col and exit 2', () => {
    const dir = checkout({ 'genai-usage.yml': declarationYaml([CLEAN_USE]), 'cfg.yml': 'format: genai-clearance-config/v1\npacks:\n  - pack: netflix-genai\n    minimum: one\n' });
    const r = cliIn(['check', '--config', 'cfg.yml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cfg\.yml:4:\d+: /);
    expect(r.stdout).toBe('');
  });
});
