// Combinations a v2 declaration cannot mean: each is an error at its line, saying what to change.
// (v1 files are read under the v1 contract, which had none of these; `migrate` reports them.)
import type { Diagnostic } from '../model/report.js';
import type { ParsedSource, PathSegment } from '../parse/yaml-source.js';
import { isCalendarDate } from '../util/dates.js';
import { hasPatternSyntax } from '../util/glob.js';
import { displayPath } from '../validate/schema-errors.js';
import { talentContradictions } from './contradictions-talent.js';
import type { Use } from './types.js';

const HOW = 'as-performed, unsafe-action, unrecognisable, new-performance or unknown';

export function contradictions(uses: readonly Use[], source: ParsedSource): Diagnostic[] {
  const errors: Diagnostic[] = [];
  uses.forEach((use, i) => {
    const at = (tail: PathSegment[], code: string, message: string) => {
      const path: PathSegment[] = ['uses', i, ...tail];
      errors.push({ ...source.locate(path), path: displayPath(path), code, message: `${displayPath(path)}: ${message}` });
    };
    const t = use.talent;
    if (t.replica === 'none' && t.replica_use !== 'none') {
      at(
        ['talent', 'replica_use'],
        'contradiction',
        `\`${t.replica_use}\` says how a replica is used, but talent.replica is none: set talent.replica to use (or create), or talent.replica_use to none`,
      );
    }
    if (t.replica === 'use' && t.replica_use === 'none') {
      at(['talent', 'replica_use'], 'contradiction', `talent.replica is use, so talent.replica_use must say how it is used (${HOW})`);
    }
    if (t.model_reuse === true && t.replica === 'none' && t.alteration === 'none') {
      at(['talent', 'model_reuse'], 'contradiction', 'a talent model reused here produces a replica or an alteration: declare talent.replica (use) or talent.alteration, or set model_reuse to false');
    }
    t.performers.forEach((p, j) =>
      p.consent.forEach((c, k) => {
        if (c.signed_on !== undefined && !isCalendarDate(c.signed_on)) at(['talent', 'performers', j, 'consent', k, 'signed_on'], 'invalid-date', `${c.signed_on} is not a calendar date`);
      }),
    );
    talentContradictions(use, at);
    use.assets.forEach((a, j) => {
      if (a.sha256 !== undefined && hasPatternSyntax(a.path))
        at(['assets', j, 'sha256'], 'contradiction', `a sha256 binds one file, but \`${a.path}\` is a glob: list the file itself, or drop sha256`);
    });
  });
  return errors;
}
