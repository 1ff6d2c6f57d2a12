// Everything the Action says to the runner goes through this seam: outputs, log lines, annotations,
// the failure and the job summary. The real one is @actions/core; tests record what a run said, so the
// Action's behaviour is tested in-process and only a few smoke tests spawn the bundle.

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface Toolkit {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  setFailed(message: string): void;
  /** Replaces the job summary; a no-op when the runner gives none (GITHUB_STEP_SUMMARY unset). */
  writeSummary(markdown: string): Promise<void>;
}

export async function actionsToolkit(env: NodeJS.ProcessEnv): Promise<Toolkit> {
  const [core, { writeFile }] = await Promise.all([import('@actions/core'), import('node:fs/promises')]);
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    info: (m) => core.info(m),
    debug: (m) => core.debug(m),
    warning: (m, p) => core.warning(m, p),
    error: (m, p) => core.error(m, p),
    setFailed: (m) => core.setFailed(m),
    async writeSummary(markdown) {
      // Written directly rather than through core.summary, which remembers the first file it was given.
      if (env.GITHUB_STEP_SUMMARY) await writeFile(env.GITHUB_STEP_SUMMARY, markdown, 'utf8');
    },
  };
}
