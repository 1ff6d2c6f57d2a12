import { warnOnlyMessage } from '../src/render/github.js';

// The one code path by which the Action fails. warn-only turns every failure into a warning here, so no
// branch can forget it (dependency-review-action #824).

export interface GateSink {
  setFailed(message: string): void;
  warning(message: string): void;
}

export interface Gate {
  fail(message: string): void;
  readonly failed: boolean;
}

export function createGate(sink: GateSink, warnOnly: boolean): Gate {
  let failed = false;
  return {
    fail(message) {
      failed = true;
      if (warnOnly) sink.warning(warnOnlyMessage(message));
      else sink.setFailed(message);
    },
    get failed() {
      return failed;
    },
  };
}
