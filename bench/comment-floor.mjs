// The floor for the Action: the least a node process can do for the same pull request. It reads the
// same inputs as the Action (the token input, the event file, the repository and API URL) and writes
// one comment on the pull request, through the same loopback GitHub, with Node's own fetch and no
// library. bench/run.mjs runs it with the Action's environment; the Action's ratio is taken against it.
import { readFileSync } from 'node:fs';

const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
const number = event.pull_request.number;
const response = await fetch(`${process.env.GITHUB_API_URL}/repos/${process.env.GITHUB_REPOSITORY}/issues/${number}/comments`, {
  method: 'POST',
  headers: { authorization: `Bearer ${process.env.INPUT_TOKEN}`, accept: 'application/vnd.github+json', 'content-type': 'application/json', 'user-agent': 'genai-clearance-bench' },
  body: JSON.stringify({ body: 'GenAI clearance: bench floor' }),
});
if (response.status !== 201) throw new Error(`comment not written: HTTP ${response.status}`);
