import { it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
const cases: Record<string, string> = {
  quote: 'format: genai-clearance-config/v1\nproduction: "PRD-1\nledger: approvals.yml\n',
  flow: 'format: genai-clearance-config/v1\ntrusted_branches: [main, release/*\nledger: approvals.yml\n',
  packkey: 'format: genai-clearance-config/v1\npacks:\n  - pack: demo\n    minimun: 1.0.0\n',
  noformat: 'production: PRD-1\n',
  yes: 'format: genai-clearance-config/v1\nwarn_only: yes\n',
  semver2: 'format: genai-clearance-config/v1\npacks:\n  - pack: demo\n    minimum: v1.0.0\n',
  semvernum: 'format: genai-clearance-config/v1\npacks:\n  - pack: demo\n    minimum: 1.0\n',
  empty: '',
  comment: '# nothing\n',
  dup: 'format: genai-clearance-config/v1\nproduction: PRD-1\nproduction: PRD-2\n',
};
it('probe', () => {
  for (const [k, t] of Object.entries(cases)) console.log(k, JSON.stringify(loadConfig('.github/genai-clearance.yml', t)));
});
