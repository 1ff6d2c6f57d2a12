// What `genai-clearance test` found, for policy owners: the one model its renderers (text, JSON) read.
// The JSON renderer writes it as it is: field names here are the `test --format json` contract.

export interface ExampleOutcome {
  path: string;
  uses: number;
  /** Why the example does not match its expected.yml; empty when it does. */
  mismatches: string[];
  /** Media files in the example's folder the scan read. */
  media?: number;
  /** The day the example was judged on, when later than its `evaluated_on`, and why. */
  judgedOn?: string;
  judgedOnBecause?: string;
}

export interface PackCoverageRow {
  pack: string;
  version: string;
  /** Behaviours witnessed (each rule firing on one example use and not on another), out of `total`. */
  covered: number;
  total: number;
  /** `covered / total` as shown, e.g. `96.1%`. */
  percent: string;
  meetsThreshold: boolean;
  rules: number;
  uses: number;
  examples: number;
  neverFired: string[];
  neverPassed: string[];
}

export interface TestRun {
  schemaVersion: 1;
  decision: 'pass' | 'fail';
  minCoverage: number;
  /** The examples folder as given: coverage is counted on the examples below it, and no others. */
  examplesFrom: string;
  examples: ExampleOutcome[];
  coverage: PackCoverageRow[];
  /** Older pack versions no example pins (a newer version is): shown, not counted. */
  superseded: string[];
  ruleCount: number;
  lint: Array<{ pack: string; version: string; message: string }>;
  /** Why the run fails, one sentence each; empty when it passes. */
  reasons: string[];
}
