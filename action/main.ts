import { run } from './run.js';

// Entry point of dist/index.js. run() never throws, but a bug in it must still fail the step.
run().catch((err: unknown) => {
  process.stdout.write(`::error::genai-clearance crashed, so the check fails closed: ${String((err as Error)?.message ?? err).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
  process.exitCode = 1;
});
