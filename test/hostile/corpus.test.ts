// Every hostile file, run through the CLI: it must end in `invalid` (exit 2) with the expected clear
// error, or in the decision it deserves — never a crash, a hang (the run is killed after 60 s, which
// fails the test), a stack trace or an out-of-memory abort. The cases that could crash or hang a
// process, and those whose peak memory is measured, run the real CLI in a child process of their own;
// the rest run the same command in-process.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInProcess, describeRun, runCheck, scratch, writeCase } from './cli-runner.js';
import { CORPUS, KNOWN_SLOW } from './corpus.js';

interface JsonReport {
  decision: string;
  files: Array<{ path: string; status: string; errors: Array<{ code: string; message: string; line: number; column: number }>; uses: Array<{ id: string; outcome: string }> }>;
}

/** Generous on purpose: catches unbounded growth, not a few hundred megabytes either way. */
const RSS_CAP_KB = 1.5 * 1024 * 1024;

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

describe.concurrent('hostile declarations through the CLI', () => {
  // The generated files (50 MB, 16 MB, 10 MB, …) do not outlive the run.
  afterAll(() => rmSync(scratch(), { recursive: true, force: true }));

  [...CORPUS, ...KNOWN_SLOW].forEach((c, i) => {
    (KNOWN_SLOW.includes(c) ? it.skip : it)(
      c.name,
      async () => {
        const file = writeCase(`${i}-${slug(c.name)}`, c.content());
        const run = c.rss || c.ownProcess ? await runCheck(file, { measureRss: c.rss === true }) : checkInProcess(file);
        expect(run.timedOut, describeRun(run)).toBe(false);
        expect(run.signal, describeRun(run)).toBeNull();
        expect(run.code, describeRun(run)).toBe(c.exit);
        // Fail-closed paths print a stack trace on stderr ("internal error"); none of these may reach it.
        expect(run.stderr.trim(), describeRun(run)).toBe('');

        const report = JSON.parse(run.stdout) as JsonReport;
        expect(report.files).toHaveLength(1);
        const [reported] = report.files;
        if (c.exit === 2) {
          expect(report.decision).toBe('fail');
          expect(reported?.status).toBe('invalid');
          expect(reported?.uses).toEqual([]);
        } else {
          expect(reported?.status).toBe('valid');
          expect(report.decision).toBe(c.exit === 0 ? 'pass' : 'fail');
        }
        if (c.error) {
          const first = reported?.errors[0];
          const { message, ...position } = c.error;
          expect(first, JSON.stringify(reported?.errors.slice(0, 3))).toMatchObject(position);
          if (typeof message === 'string') expect(first?.message).toBe(message);
          else expect(first?.message).toMatch(message);
        }
        if (c.outcomes) expect(Object.fromEntries((reported?.uses ?? []).map((u) => [u.id, u.outcome]))).toEqual(c.outcomes);
        if (c.rss) {
          expect(run.maxRssKb, 'peak RSS was not measured').toBeGreaterThan(0);
          console.info(`peak RSS, ${c.name}: ${Math.round((run.maxRssKb ?? 0) / 1024)} MB`);
          expect(run.maxRssKb).toBeLessThan(RSS_CAP_KB);
        }
      },
      90_000,
    );
  });
});
