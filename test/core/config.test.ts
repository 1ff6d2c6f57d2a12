import { it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
const cases: Record<string, string> = {
  full: 'format: genai-clearance-config/v1\nproduction: PRD-1\npacks:\n  - pack: netflix-genai\n    minimum: 1.0.0\n  - pack: eu-ai-act-art50\npolicy_source: bundled\nledger: approvals.yml\ntrusted_branches: [main, release/*]\nwarn_only: true\n',
  nopacks: 'format: genai-clearance-config/v1\n',
  malformed: 'format: genai-clearance-config/v1\npacks: [\n',
  tab: 'format: genai-clearance-config/v1\npacks:\n\t- pack: netflix-genai\n',
  unknown: 'format: genai-clearance-config/v1\nproduktion: PRD-1\n',
  fmt: 'format: genai-clearance-config/v2\n',
  semver: 'format: genai-clearance-config/v1\npacks:\n  - pack: netflix-genai\n    minimum: "1.0"\n',
  warn: 'format: genai-clearance-config/v1\nwarn_only: "yes"\n',
  list: '- format: genai-clearance-config/v1\n',
  scalar: 'hello\n',
};
it('probe', () => {
  for (const [k, t] of Object.entries(cases)) console.log(k, JSON.stringify(loadConfig('.github/genai-clearance.yml', t), null, 1));
});
