// Entry point of dist/index.js. run() never throws, but a bug in it must still fail the step. The run
// module is imported here, inside the catch, so even an error thrown while the bundle's modules load
// (a dependency reading a malformed file at import time) becomes a failed step with a message.
import { escapeCommandData } from './log-text.js';

import('./run.js')
  .then(async ({ run, realDeps }) => run(await realDeps()))
  .catch((err: unknown) => {
    process.stdout.write(`::error::genai-clearance crashed, so the check fails closed: ${escapeCommandData((err as Error)?.message ?? err)}\n`);
    process.exitCode = 1;
  });
