// `npm start`: the main job — check the bundled examples and print the pull-request table.
import { spawnSync } from 'node:child_process';

// Without a ledger: each example's approvals are judged on their own (examples/series pairs with
// examples/ledger/approvals.yml; see its expected.yml and `genai-clearance test`).
const result = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples', '--format', 'markdown'], { stdio: 'inherit' });
const meaning = { 0: 'pass', 1: 'fail: some uses need approval or are blocked (the examples include such uses on purpose)', 2: 'invalid input' };
console.error(`\ngenai-clearance exited ${result.status} (${meaning[result.status] ?? 'unexpected'}).`);
process.exitCode = result.status === 2 || result.status === null ? 1 : 0;
