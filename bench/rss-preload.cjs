// Fallback for machines without GNU time: preloaded into every node process of a measured run
// (NODE_OPTIONS=--require), it appends "maxRSS-KiB user-µs system-µs" to GENAI_BENCH_RSS_FILE on exit.
const { appendFileSync } = require('node:fs');
const file = process.env.GENAI_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    appendFileSync(file, `${u.maxRSS} ${u.userCPUTime} ${u.systemCPUTime}\n`);
  });
}
