// Entry point of dist/index.js. run() never throws, but a bug in it must still fail the step. The run
// module is imported here, inside the catch, so even an error thrown while the bundle's modules load
// (a dependency reading a malformed file at import time) becomes a failed step with a message.
import('./run.js')
  .then(({ run }) => run())
  .catch((err: unknown) => {
    process.stdout.write(`::error::genai-clearance crashed, so the check fails closed: ${String((err as Error)?.message ?? err).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
    process.exitCode = 1;
  });
