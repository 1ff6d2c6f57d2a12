import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A real PostgreSQL server for the register's suite (test/support/postgres.ts).
    globalSetup: ['test/support/postgres.ts'],
    // End-to-end tests spawn the bundled action; give them room on a loaded 2-core CI machine.
    testTimeout: 30_000,
    pool: 'forks',
    // Two cores on CI: use both (the default leaves one idle).
    maxWorkers: 2,
    // Test files share a worker's module cache (the GitHub description and the bundled packs load
    // once per worker, not once per file); each file still gets its own emulator and temp folders.
    isolate: false,
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-report.json' }]],
  },
});
