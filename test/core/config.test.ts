// The trusted configuration (.github/genai-clearance.yml): how it is read, how every bad file is refused
// with file, line and column, and how requiredPacks() turns it into the packs declarations are judged by.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TrustedConfig } from '../../src/config/load.js';
import { CONFIG_PATH, DEFAULT_CONFIG, loadConfig } from '../../src/config/load.js';
import { requiredPacks } from '../../src/config/required-packs.js';
import { evaluate } from '../../src/evaluate/report.js';
import { readPackDir } from '../../src/io/files.js';
import type { Diagnostic } from '../../src/model/report.js';
import type { PackLibrary } from '../../src/policy/library.js';
import { loadPackLibrary } from '../../src/policy/library.js';
import { ROOT, TODAY } from '../helpers.js';

function library(dir: string): PackLibrary {
  const lib = loadPackLibrary(readPackDir(join(ROOT, dir), ROOT));
  if (lib.errors.length > 0) throw new Error(JSON.stringify(lib.errors));
  return lib;
}

const bundled = library('policy');
// demo 1.0.0 (effective 2026-02-01) and demo 2.0.0 (effective 2026-06-01); legacy 1.0.0.
const lifecycle = library('test/fixtures/packs/lifecycle');
// demo 1.0.0 and 1.1.0, both effective 2026-02-01.
const stale = library('test/fixtures/packs/stale');

function config(text: string): TrustedConfig {
  const r = loadConfig(CONFIG_PATH, text);
  if (!('config' in r)) throw new Error(JSON.stringify(r.errors));
  return r.config;
}

function errorsOf(text: string): Diagnostic[] {
  const r = loadConfig(CONFIG_PATH, text);
  if ('config' in r) throw new Error(`accepted: ${JSON.stringify(r.config)}`);
  return r.errors;
}

const HEAD = 'format: genai-clearance-config/v1\n';

describe('loadConfig', () => {
  it('reads a file with every field, each pack with its position', () => {
    const text = `${HEAD}production: PRD-2041
packs:
  - pack: netflix-genai
    minimum: 1.0.0
  - pack: eu-ai-act-art50
policy_source: acme/policies/policy@v3
ledger: acme/approvals/ledger.yml@main
trusted_branches: [main, release/*]
warn_only: true
`;
    expect(loadConfig(CONFIG_PATH, text)).toEqual({
      config: {
        path: CONFIG_PATH,
        production: 'PRD-2041',
        productionAt: { line: 2, column: 13 },
        packs: [
          { pack: 'netflix-genai', minimum: '1.0.0', line: 4, column: 5 },
          { pack: 'eu-ai-act-art50', line: 6, column: 5 },
        ],
        policySource: 'acme/policies/policy@v3',
        ledger: 'acme/approvals/ledger.yml@main',
        trustedBranches: ['main', 'release/*'],
        deliverables: [],
        warnOnly: true,
      },
    });
  });

  it('without `packs`, every declaration is judged by netflix-genai; nothing else is set', () => {
    expect(loadConfig(CONFIG_PATH, HEAD)).toEqual({ config: { path: CONFIG_PATH, packs: [{ pack: 'netflix-genai', line: 1, column: 1 }], trustedBranches: [], deliverables: [] } });
    expect(config(HEAD).packs).toEqual(DEFAULT_CONFIG.packs);
    expect(config(`${HEAD}warn_only: false\n`).warnOnly).toBe(false);
  });

  const file = CONFIG_PATH;
  it.each<[string, string, Diagnostic[]]>([
    ['malformed YAML (an unclosed quote)', `${HEAD}production: "PRD-1\nledger: approvals.yml\n`, [{ file, line: 4, column: 1, code: 'yaml-syntax', message: 'Missing closing "quote' }]],
    [
      'malformed YAML (an unclosed flow sequence)',
      `${HEAD}trusted_branches: [main, release/*\nledger: approvals.yml\n`,
      [{ file, line: 2, column: 19, code: 'yaml-syntax', message: 'the list opened with `[` on line 2 is not closed: end it with `]`' }],
    ],
    ['a tab-indented file', `${HEAD}packs:\n\t- pack: netflix-genai\n`, [{ file, line: 3, column: 1, code: 'tab-indentation', message: 'YAML forbids tabs for indentation; use spaces' }]],
    [
      'an unknown top-level key',
      `${HEAD}produktion: PRD-1\n`,
      [{ file, line: 2, column: 1, path: 'produktion', code: 'unknown-key', message: 'unknown key `produktion` in (top level); did you mean `production`?' }],
    ],
    [
      'an unknown key in a pack entry',
      `${HEAD}packs:\n  - pack: netflix-genai\n    minimun: 1.0.0\n`,
      [{ file, line: 4, column: 5, path: 'packs[0].minimun', code: 'unknown-key', message: 'unknown key `minimun` in packs[0]; did you mean `minimum`?' }],
    ],
    [
      'the wrong format',
      'format: genai-clearance-config/v2\n',
      [{ file, line: 1, column: 9, path: 'format', code: 'invalid-value', message: 'format: must be "genai-clearance-config/v1"; got "genai-clearance-config/v2"' }],
    ],
    ['no format', 'production: PRD-1\n', [{ file, line: 1, column: 1, path: 'format', code: 'missing-field', message: '(top level): missing required field `format`' }]],
    [
      'a minimum that is not x.y.z',
      `${HEAD}packs:\n  - pack: netflix-genai\n    minimum: "1.0"\n`,
      [
        {
          file,
          line: 4,
          column: 14,
          path: 'packs[0].minimum',
          code: 'invalid-value',
          message:
            'packs[0].minimum: got "1.0", expected the lowest version a declaration may pin. A declaration that pins none is judged by the newest version in effect. Default: the pack\'s oldest version',
        },
      ],
    ],
    [
      'a minimum with a v prefix',
      `${HEAD}packs:\n  - pack: netflix-genai\n    minimum: v1.0.0\n`,
      [
        {
          file,
          line: 4,
          column: 14,
          path: 'packs[0].minimum',
          code: 'invalid-value',
          message:
            'packs[0].minimum: got "v1.0.0", expected the lowest version a declaration may pin. A declaration that pins none is judged by the newest version in effect. Default: the pack\'s oldest version',
        },
      ],
    ],
    ['warn_only as a quoted string', `${HEAD}warn_only: "true"\n`, [{ file, line: 2, column: 12, path: 'warn_only', code: 'wrong-type', message: 'warn_only: must be true or false; got "true"' }]],
    [
      'warn_only: yes (a string in YAML 1.2)',
      `${HEAD}warn_only: yes\n`,
      [{ file, line: 2, column: 12, path: 'warn_only', code: 'wrong-type', message: 'warn_only: must be true or false; got "yes"' }],
    ],
    [
      'a list, not a mapping',
      '- format: genai-clearance-config/v1\n',
      [{ file, line: 1, column: 1, code: 'not-a-mapping', message: 'the trusted configuration must be a mapping: `format: genai-clearance-config/v1` and the settings to enforce' }],
    ],
    [
      'a scalar, not a mapping',
      'genai-clearance-config/v1\n',
      [{ file, line: 1, column: 1, code: 'not-a-mapping', message: 'the trusted configuration must be a mapping: `format: genai-clearance-config/v1` and the settings to enforce' }],
    ],
    [
      'a duplicate key',
      `${HEAD}production: PRD-1\nproduction: PRD-2\n`,
      [{ file, line: 3, column: 1, code: 'duplicate-key', message: 'duplicate key `production`: each key may appear once in a mapping' }],
    ],
  ])('refuses %s with file, line and column', (_name, text, expected) => {
    expect(errorsOf(text)).toEqual(expected);
  });

  it('refuses an empty file', () => {
    expect(errorsOf('').map((e) => [e.file, e.line, e.column, e.code])).toEqual([[CONFIG_PATH, 1, 1, 'empty']]);
    expect(errorsOf('# nothing yet\n').map((e) => [e.file, e.line, e.column, e.code])).toEqual([[CONFIG_PATH, 1, 1, 'empty']]);
  });

  it('an empty configuration file is told the configuration format, not the declaration one', () => {
    expect(errorsOf('')[0]?.message).not.toContain('genai-usage/v1');
  });

  // An empty list would mean "no required pack": every declaration's own `policies` would decide again.
  it('refuses an empty packs list', () => {
    expect(errorsOf(`${HEAD}packs: []\n`).map((e) => [e.line, e.code])).toEqual([[2, 'invalid-value']]);
  });
});

describe('requiredPacks', () => {
  const versionsOf = (cfg: TrustedConfig, lib: PackLibrary, today: string) => {
    const { required, errors } = requiredPacks(cfg, lib, today);
    return { required: required.map((r) => ({ name: r.name, minimum: r.minimum, fallback: r.fallback.version })), errors };
  };

  it('the default configuration requires the bundled netflix-genai', () => {
    expect(versionsOf(DEFAULT_CONFIG, bundled, TODAY)).toEqual({ required: [{ name: 'netflix-genai', minimum: '1.0.0', fallback: '2.0.0' }], errors: [] });
  });

  it('the fallback is the newest version in effect; the minimum defaults to the oldest version', () => {
    const cfg = config(`${HEAD}packs:\n  - pack: demo\n`);
    expect(versionsOf(cfg, lifecycle, '2026-05-31')).toEqual({ required: [{ name: 'demo', minimum: '1.0.0', fallback: '1.0.0' }], errors: [] });
    expect(versionsOf(cfg, lifecycle, '2026-06-01')).toEqual({ required: [{ name: 'demo', minimum: '1.0.0', fallback: '2.0.0' }], errors: [] });
  });

  it('the fallback is at least the minimum', () => {
    const cfg = config(`${HEAD}packs:\n  - pack: demo\n    minimum: 2.0.0\n`);
    expect(versionsOf(cfg, lifecycle, '2026-07-01')).toEqual({ required: [{ name: 'demo', minimum: '2.0.0', fallback: '2.0.0' }], errors: [] });
    // newest in effect, at least the minimum: 1.1.0, not 1.0.0
    expect(versionsOf(config(`${HEAD}packs:\n  - pack: demo\n    minimum: 1.0.0\n`), stale, TODAY).required).toEqual([{ name: 'demo', minimum: '1.0.0', fallback: '1.1.0' }]);
  });

  it('a minimum not yet in effect: nothing can judge, an error at the configuration entry', () => {
    const cfg = config(`${HEAD}packs:\n  - pack: demo\n    minimum: 2.0.0\n`);
    expect(versionsOf(cfg, lifecycle, '2026-05-31')).toEqual({
      required: [],
      errors: [{ file: CONFIG_PATH, line: 3, column: 5, code: 'required-pack-not-in-effect', message: `${CONFIG_PATH} requires demo ≥ 2.0.0, and no such version is in effect on 2026-05-31` }],
    });
  });

  it('no version in effect at all', () => {
    const cfg = config(`${HEAD}packs:\n  - pack: legacy\n  - pack: demo\n`);
    expect(versionsOf(cfg, lifecycle, '2026-01-15')).toEqual({
      required: [],
      errors: [
        { file: CONFIG_PATH, line: 3, column: 5, code: 'required-pack-not-in-effect', message: `${CONFIG_PATH} requires legacy ≥ 1.0.0, and no such version is in effect on 2026-01-15` },
        { file: CONFIG_PATH, line: 4, column: 5, code: 'required-pack-not-in-effect', message: `${CONFIG_PATH} requires demo ≥ 1.0.0, and no such version is in effect on 2026-01-15` },
      ],
    });
  });

  it('an unknown pack', () => {
    const cfg = config(`${HEAD}packs:\n  - pack: netflix-genai\n  - pack: studio-rules\n`);
    expect(versionsOf(cfg, bundled, TODAY)).toEqual({
      required: [{ name: 'netflix-genai', minimum: '1.0.0', fallback: '2.0.0' }],
      errors: [
        {
          file: CONFIG_PATH,
          line: 4,
          column: 5,
          code: 'unknown-required-pack',
          message: `${CONFIG_PATH} requires pack \`studio-rules\`, which the policy source does not have (available: eu-ai-act-art50, netflix-genai, talent-consent)`,
        },
      ],
    });
  });

  it('the default configuration against a policy source without netflix-genai: an error with no file', () => {
    expect(versionsOf(DEFAULT_CONFIG, lifecycle, TODAY)).toEqual({
      required: [],
      errors: [
        { line: 1, column: 1, code: 'unknown-required-pack', message: 'the default configuration requires pack `netflix-genai`, which the policy source does not have (available: demo, legacy)' },
      ],
    });
  });

  it('an unknown minimum version', () => {
    const cfg = config(`${HEAD}packs:\n  - pack: demo\n    minimum: 1.5.0\n`);
    expect(versionsOf(cfg, lifecycle, TODAY)).toEqual({
      required: [],
      errors: [
        {
          file: CONFIG_PATH,
          line: 3,
          column: 5,
          code: 'unknown-required-pack',
          message: `${CONFIG_PATH} requires demo at least 1.5.0, which is not a version the policy source has (available: 2.0.0, 1.0.0)`,
        },
      ],
    });
  });

  describe('through evaluate()', () => {
    const declaration = (pin: string) => `format: genai-usage/v1
policies: [${pin}]
production:
  title: Test Production
uses:
  - id: moodboard
    summary: Moodboards for the main locations
    stage: ideation
    disclosed: 2026-05-20
    tools:
      - name: Image tool
        enterprise: true
        trains_on_inputs: false
    inputs: [owned-cleared]
    output: { kinds: [image], final: false, prominence: none }
`;
    const judge = (cfgText: string, pin: string) => evaluate({ files: [{ path: 'genai-usage.yml', text: declaration(pin) }], library: stale, today: TODAY, config: config(cfgText) });

    it('a configuration error fails the report closed, even for a clean use', () => {
      const report = judge(`${HEAD}packs:\n  - pack: demo\n    minimum: 1.5.0\n`, 'demo@1');
      expect(report.errors.map((e) => [e.code, e.file, e.line])).toEqual([['unknown-required-pack', CONFIG_PATH, 3]]);
      expect(report.counts).toMatchObject({ invalid: 0, clear: 1 });
      expect(report.decision).toBe('fail');
    });

    it('control: a clean use under a valid configuration passes', () => {
      const report = judge(`${HEAD}packs:\n  - pack: demo\n    minimum: 1.1.0\n`, 'demo@1');
      expect([report.errors, report.decision]).toEqual([[], 'pass']);
    });

    // With two entries, which minimum holds would depend on their order: the configuration is refused.
    it('a pack listed twice is refused at the second entry', () => {
      const loaded = loadConfig(CONFIG_PATH, `${HEAD}packs:\n  - pack: demo\n  - pack: demo\n    minimum: 1.1.0\n`);
      expect('errors' in loaded && loaded.errors.map((e) => [e.file, e.line, e.column, e.code])).toEqual([[CONFIG_PATH, 4, 11, 'duplicate-pack']]);
    });

    it('control: listed once with that minimum, the same pin is refused', () => {
      const report = judge(`${HEAD}packs:\n  - pack: demo\n    minimum: 1.1.0\n`, 'demo@1.0.0');
      expect(report.files[0]?.errors.map((e) => e.code)).toEqual(['pack-below-minimum']);
      expect(report.decision).toBe('fail');
    });
  });
});
