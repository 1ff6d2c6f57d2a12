// The Action's toolkit for in-process runs: it speaks the runner's protocol as @actions/core does (the
// same workflow-command lines, the same GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, so a file that
// cannot be written fails the same way) but reads its inputs from the run's own environment and
// records what it printed instead of writing to process.stdout. Nothing global is patched, so runs
// in one worker cannot leak variables or output into each other. The bundle tests (runBundle) check
// the same lines come out of the real @actions/core.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import { escapeCommandData, escapeCommandProperty } from '../../action/log-text.js';
import type { AnnotationProps, Toolkit } from '../../action/toolkit.js';

export interface Recording {
  toolkit: Toolkit;
  /** Everything the run printed, as the runner would have read it from stdout. */
  stdout: () => string;
  /** Whether the run called setFailed (the real toolkit sets process.exitCode = 1). */
  failed: () => boolean;
}

/** @actions/core's names and order for an annotation's properties. */
const annotation = (props: AnnotationProps = {}): Array<[string, unknown]> => [
  ['title', props.title],
  ['file', props.file],
  ['line', props.startLine],
  ['col', props.startColumn],
];

export function recordingToolkit(env: Readonly<Record<string, string | undefined>>): Recording {
  let stdout = '';
  let failed = false;
  const print = (line: string) => (stdout += line + EOL);
  const command = (name: string, message: string, properties: Array<[string, unknown]> = []) => {
    // Like @actions/core, a property with a falsy value is left out.
    const given = properties.filter(([, v]) => Boolean(v));
    const written = given.length > 0 ? ` ${given.map(([k, v]) => `${k}=${escapeCommandProperty(v)}`).join(',')}` : '';
    print(`::${name}${written}::${escapeCommandData(message)}`);
  };
  const toolkit: Toolkit = {
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setOutput(name, value) {
      const file = env.GITHUB_OUTPUT;
      if (!file) {
        print(EOL);
        command('set-output', value, [['name', name]]);
        return;
      }
      if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
      const delimiter = `ghadelimiter_${randomUUID()}`;
      appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
    },
    info: (message) => print(message),
    debug: (message) => command('debug', message),
    warning: (message, props) => command('warning', message, annotation(props)),
    error: (message, props) => command('error', message, annotation(props)),
    setFailed(message) {
      failed = true;
      command('error', message);
    },
    async writeSummary(markdown) {
      if (env.GITHUB_STEP_SUMMARY) await writeFile(env.GITHUB_STEP_SUMMARY, markdown, 'utf8');
    },
  };
  return { toolkit, stdout: () => stdout, failed: () => failed };
}
