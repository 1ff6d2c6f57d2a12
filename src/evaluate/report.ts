import pkg from '../../package.json' with { type: 'json' };
import type { BoundGrant, MergedGrants, PullRequestGrant } from '../approvals/grants.js';
import { mergeGrants, useKey } from '../approvals/grants.js';
import type { TrustedConfig } from '../config/load.js';
import type { RequiredPack } from '../config/required-packs.js';
import { majorOf, requiredPacks } from '../config/required-packs.js';
import { sharedThisUseRefs } from '../declaration/derived-consent.js';
import type { LoadedDeclaration } from '../declaration/load.js';
import { migrationNote } from '../declaration/migrate-v1.js';
import type { Declaration, Use } from '../declaration/types.js';
import type { Ledger } from '../ledger/load.js';
import type { Diagnostic, FileReport, PackRef, Position, RemovedUse, Report, UseChange } from '../model/report.js';
import type { Pack, PackLibrary } from '../policy/library.js';
import { canonicalJson, resolvePack } from '../policy/library.js';
import { compareVersions } from '../policy/semver.js';
import { compareText } from '../util/order.js';
import { declaredFile, declaredUse } from './declared.js';
import { useFingerprint } from './fingerprint.js';
import type { DeclarationInput, DeclarationReader, LoadedInput } from './inputs.js';
import { loadInput } from './inputs.js';
import type { MediaBinding, ProvenanceInput } from './provenance.js';
import { bindMedia } from './provenance.js';
import { countOf, principleRows } from './summary.js';
import { evaluateUse } from './use.js';

export type { DeclarationInput, LoadedInput } from './inputs.js';

export interface EvaluationInput {
  /** The shells hand them loaded (loadInput), once for the whole run; text alone is read here. */
  files: readonly (DeclarationInput | LoadedInput)[];
  library: PackLibrary;
  ledger?: Ledger;
  /**
   * What the trusted side decides: the packs every declaration is judged by and the production the
   * repository belongs to. Without it, each declaration's own `policies` decide (local use only).
   */
  config?: TrustedConfig;
  /** Declarations present at the base of the change and deleted by it (their base text). */
  removed?: readonly (DeclarationInput | LoadedInput)[];
  /** Reads what arrives as text alone; injected so a test can count a run's reads. */
  read?: DeclarationReader;
  /**
   * Approvals granted in the pull request by trusted approvers (the shell checked who wrote them).
   * Given (even empty), approvals are judged in ledger mode: only the ledger and these grants count.
   */
  granted?: readonly PullRequestGrant[];
  /** YYYY-MM-DD. Injected so the same inputs give the same report, byte for byte. */
  today: string;
  /** Problems found by the shell (unreadable ledger, …); any of them fails the check. */
  errors?: readonly Diagnostic[];
  /** Media files the shell read (`scan`): judged against the declarations' `assets` and the packs. */
  provenance?: ProvenanceInput;
  /** Carry what each declaration and use declares in the report (`declared`), for the evidence packet. */
  declared?: boolean;
}

export const TOOL = { name: 'genai-clearance', version: pkg.version } as const;

interface Judging {
  input: EvaluationInput;
  /** The trusted ledger with the pull request's grants added. */
  ledger?: Ledger;
  grants: MergedGrants['byUse'];
  required: RequiredPack[];
  used: Map<string, { ref: PackRef; pack: Pack }>;
  media?: MediaBinding;
}

/** The pure core: declarations, packs, ledger and trusted configuration in, one report out. No I/O, no clock. */
export function evaluate(input: EvaluationInput): Report {
  const errors: Diagnostic[] = [...input.library.errors, ...(input.errors ?? [])];
  if (input.files.length === 0) {
    errors.push({
      line: 1,
      column: 1,
      code: 'no-declarations',
      message: 'no genai-usage.yml or genai-usage.yaml found, so nothing was checked (that fails closed): write one with `genai-clearance init`, or name the files to check',
    });
  }
  const { required, errors: configErrors } = input.config ? requiredPacks(input.config, input.library, input.today) : { required: [], errors: [] };
  const loaded = [...input.files]
    .sort((a, b) => compareText(a.path, b.path))
    .map((f) => {
      const file = loadInput(f, input.read);
      return { file, loaded: file.loaded };
    });
  const merged = input.granted
    ? mergeGrants(
        input.ledger ?? { path: 'the pull request', byRef: new Map(), productions: new Set() },
        input.granted,
        loaded.map((l) => ({ path: l.file.path, loaded: l.loaded })),
        input.config?.production,
      )
    : { ...(input.ledger ? { ledger: input.ledger } : {}), byUse: new Map(), problems: [] };
  errors.push(...configErrors, ...sharedLedgerErrors(merged.ledger, input.config));
  const media = input.provenance
    ? bindMedia(
        input.provenance,
        loaded.map((l) => ({ path: l.file.path, ...(l.loaded.declaration ? { declaration: l.loaded.declaration } : {}) })),
        input.config?.deliverables ?? [],
      )
    : undefined;
  const judging: Judging = { input, ...(merged.ledger ? { ledger: merged.ledger } : {}), grants: merged.byUse, required, used: new Map(), ...(media ? { media } : {}) };
  const files = loaded.map((l) => evaluateFile(l.file, l.loaded, judging));
  const removed = removedUses(
    input,
    loaded.map((l) => l.file),
    files,
    judging,
  );
  const packs = [...judging.used.values()].map((u) => u.ref).sort((a, b) => compareText(packLabel(a), packLabel(b)));
  const principles = principleRows(
    [...judging.used.values()].map((u) => u.pack),
    files,
  );
  const counts = countOf(files);
  // Media files are judged by the newest version in effect of every pack the repository requires (no
  // declaration chooses for a file no use declares), and by any other pack a declaration adds.
  const requiredNames = new Set(required.map((r) => r.name));
  const filePacks = [...required.map((r) => r.fallback), ...[...judging.used.values()].map((u) => u.pack).filter((p) => !requiredNames.has(p.name))];
  const provenance = media?.report(filePacks);
  const fail = errors.length > 0 || counts.invalid > 0 || counts.needsApproval > 0 || counts.blocked > 0 || (provenance?.counts.undeclared ?? 0) > 0;
  return {
    schemaVersion: 1,
    tool: { ...TOOL },
    decision: fail ? 'fail' : 'pass',
    evaluatedOn: input.today,
    approvalMode: judging.ledger ? 'ledger' : 'format-only',
    packs,
    principles,
    counts,
    files,
    ...(removed.length > 0 ? { removed } : {}),
    ...(provenance ? { provenance } : {}),
    ...(merged.problems.length > 0 ? { warnings: merged.problems } : {}),
    ...(merged.byUse.size > 0 ? { pullRequestApprovals: [...merged.byUse.values()].flat().map(grantRecord) } : {}),
    errors,
  };
}

const packLabel = (p: { pack: string; version: string }) => `${p.pack}@${p.version}`;

/** The production ledger grants are matched against: the trusted configuration's, else the declaration's. */
function productionOf(d: Declaration | undefined, config: TrustedConfig | undefined): string | undefined {
  return config?.production ?? d?.production.id;
}

// A ledger shared by several productions can be borrowed from by a declaration that changes its own
// production.id; only the trusted configuration can say which production this repository is.
function sharedLedgerErrors(ledger: Ledger | undefined, config: TrustedConfig | undefined): Diagnostic[] {
  const productions = ledger?.productions;
  if (!ledger || !productions || productions.size <= 1 || config?.production) return [];
  return [
    {
      file: ledger.path,
      line: 1,
      column: 1,
      code: 'ledger-shared',
      message: `the approvals ledger grants approvals to ${productions.size} productions (${[...productions].sort(compareText).join(', ')}); name this repository's production in the trusted configuration (\`production:\`) so a declaration cannot borrow another production's grants by changing its production.id`,
    },
  ];
}

function evaluateFile(file: LoadedInput, loaded: LoadedDeclaration, judging: Judging): FileReport {
  const { input } = judging;
  const report: FileReport = { path: file.path, status: 'invalid', policies: [], errors: loaded.errors, warnings: [], uses: [] };
  const d = loaded.declaration;
  if (!d) return report;
  report.production = { title: d.production.title, ...(d.production.id ? { id: d.production.id } : {}) };
  const config = input.config;
  if (config?.production && d.production.id && d.production.id !== config.production) {
    report.errors.push({
      ...loaded.source.locate(['production', 'id']),
      path: 'production.id',
      code: 'production-mismatch',
      message: `this repository belongs to production \`${config.production}\` (${config.path ?? 'trusted configuration'}); the declaration says \`${d.production.id}\`. Set production.id to ${config.production} or leave it out`,
    });
  }

  const packs = selectPacks(d, loaded, report, judging);
  if (report.errors.length > 0) return report;
  if (packs.length === 0) {
    report.errors.push({
      ...loaded.source.locate(['policies']),
      path: 'policies',
      code: 'no-pack-in-effect',
      message: `no pack this declaration is judged by is in effect on ${input.today}: nothing can judge it (fails closed)`,
    });
    return report;
  }
  const note = migrationNote(loaded.format, file.path, packs, loaded.source.locate(['format']));
  if (note) report.warnings.push(note);

  report.status = 'valid';
  const productionId = productionOf(d, config);
  const sharedThisUse = sharedThisUseRefs(d.uses);
  report.uses = d.uses.map((declared, index) => {
    const grants = judging.grants.get(useKey(file.path, declared.id)) ?? [];
    const { use, grantOf } = withGrantedApprovals(declared, grants);
    // Approvals aside, `use` is `declared`: one fingerprint serves the judgement and the report.
    const fingerprint = useFingerprint(declared);
    const provenance = judging.media?.derivedFor(file.path, declared.id);
    const judged = evaluateUse(use, {
      source: loaded.source,
      index,
      today: input.today,
      packs,
      library: input.library,
      path: file.path,
      fingerprint,
      sharedThisUse,
      grantOrigins: grantOf.map((g, j) => (j >= declared.approvals.length ? g?.origin : undefined)),
      ...(provenance ? { provenance } : {}),
      ...(judging.ledger ? { ledger: judging.ledger } : {}),
      ...(productionId ? { productionId } : {}),
    });
    judged.fingerprint = fingerprint;
    if (input.declared) judged.declared = declaredUse(use, file.path, judging.ledger);
    judged.approvals.forEach((a, j) => {
      const grant = grantOf[j];
      if (grant) a.grantedIn = { approver: grant.approver, on: grant.approvedOn, origin: grant.origin };
    });
    return judged;
  });
  if (file.base) markChanges(report, d, file.base);
  if (input.declared) report.declared = declaredFile(file.text, d);
  return report;
}

/**
 * The packs one declaration is judged by: every pack the trusted configuration requires (at the version
 * the declaration pins, if it is at least the minimum; otherwise the newest in effect), plus any other
 * pack the declaration adds. A declaration can add rules, never drop them. A pinned pack that is not in
 * effect yet is reported and skipped; the others still decide.
 */
function selectPacks(d: Declaration, loaded: LoadedDeclaration, report: FileReport, judging: Judging): Pack[] {
  const { input, required } = judging;
  const packs: Pack[] = [];
  const add = (pack: Pack, ref: PackRef, at: Position) => {
    const { sunset, deprecated } = pack.doc;
    if (sunset && sunset <= input.today) {
      report.policies.push(ref);
      report.errors.push({ ...at, code: 'pack-sunset', message: `${packLabel(ref)} reached its sunset on ${sunset}; pin a newer version: ${upgradeHint(input.library, pack, input.today)}` });
      return;
    }
    // Announced, not only once due: a team judged by a version its owners have retired hears it now.
    if (deprecated) {
      if (deprecated <= input.today) ref.deprecated = deprecated;
      report.warnings.push({
        ...at,
        severity: 'warning',
        code: 'pack-deprecated',
        message: `${packLabel(ref)} is deprecated ${deprecated <= input.today ? 'since' : 'from'} ${deprecated}${sunset ? ` and stops being accepted on ${sunset}` : ''}; ${upgradeHint(input.library, pack, input.today)}`,
      });
    }
    report.policies.push(ref);
    packs.push(pack);
    judging.used.set(packLabel(ref), { ref: { ...ref, requested: packLabel(ref) }, pack });
  };

  const pinned = new Set<string>();
  const named = new Map<string, number>();
  d.policies.forEach((requested, i) => {
    const at = loaded.source.locate(['policies', i]);
    // One version of a pack per declaration: with two, an approval for one version's rule would
    // also clear the other version's changed rule of the same id.
    const name = requested.slice(0, requested.lastIndexOf('@'));
    const first = named.get(name);
    if (first !== undefined) {
      report.errors.push({ ...at, path: `policies[${i}]`, code: 'duplicate-pack', message: `\`${name}\` is already pinned at policies[${first}]; pin each pack once` });
      return;
    }
    named.set(name, i);
    const resolved = resolvePack(input.library, requested, input.today);
    if ('error' in resolved) {
      if (resolved.notYetInEffect) {
        report.warnings.push({
          ...at,
          path: `policies[${i}]`,
          severity: 'warning',
          code: 'pack-not-in-effect',
          message: `${resolved.error}; it is skipped, and the other packs still decide${resolved.legalFrom ? `. The law it encodes applies from ${resolved.legalFrom} whatever this check says: content exposed to the public on or after that date is covered` : ''}`,
        });
      } else report.errors.push({ ...at, path: `policies[${i}]`, code: 'unknown-pack', message: resolved.error });
      return;
    }
    const { pack } = resolved;
    const rule = required.find((r) => r.name === pack.name);
    if (rule && compareVersions(pack.version, rule.minimum) < 0) {
      report.errors.push({
        ...at,
        path: `policies[${i}]`,
        code: 'pack-below-minimum',
        message: `\`${requested}\` resolves to ${packLabel({ pack: pack.name, version: pack.version })}, older than the ${rule.minimum} this repository requires (${input.config?.path ?? 'trusted configuration'}); pin ${pack.name}@${majorOf(rule.fallback.version)} or remove the pin`,
      });
      return;
    }
    pinned.add(pack.name);
    add(pack, { pack: pack.name, version: pack.version, title: pack.doc.title, requested }, at);
  });
  for (const r of required) {
    if (pinned.has(r.name)) continue;
    add(
      r.fallback,
      { pack: r.name, version: r.fallback.version, title: r.fallback.doc.title, requested: `${r.name}@${majorOf(r.fallback.version)}`, required: true },
      loaded.source.locate(['policies']),
    );
  }
  return packs;
}

/** The grant itself; where to answer it and when it was posted are the shell's business, not the report's. */
function grantRecord({ answer: _answer, givenAt: _givenAt, ...grant }: BoundGrant): NonNullable<Report['pullRequestApprovals']>[number] {
  return grant;
}

/**
 * The use as judged: its declared approvals, plus one per pull-request grant it does not list yet, and
 * per approval (by index) the grant it stands for (a declared one, the first grant of its reference).
 */
function withGrantedApprovals(use: Use, grants: readonly BoundGrant[]): { use: Use; grantOf: Array<BoundGrant | undefined> } {
  const listed = new Set(use.approvals.map((a) => a.ref));
  const added = grants.filter((g) => !listed.has(g.ref));
  const extra = added.map((g) => ({ ref: g.ref, rules: g.rules, approved_on: g.approvedOn, ...(g.expiresOn ? { expires_on: g.expiresOn } : {}) }));
  const grantOf = [...use.approvals.map((a) => grants.find((g) => g.ref === a.ref)), ...added];
  return { use: extra.length > 0 ? { ...use, approvals: [...use.approvals, ...extra] } : use, grantOf };
}

function upgradeHint(library: PackLibrary, pack: Pack, today: string): string {
  // The successor a team can pin today: the newest version already in effect, else the one announced.
  const versions = library.packs.get(pack.name) ?? [];
  const inEffect = versions.find((p) => p.doc.effective <= today);
  const newest = inEffect && inEffect.version !== pack.version ? inEffect : versions[0];
  if (!newest || newest.version === pack.version) return 'ask the policy owners for a successor';
  const pin = `set \`policies: [${pack.name}@${newest.version.split('.')[0]}]\``;
  const when = newest.doc.effective > today ? `from ${newest.doc.effective}, when it takes effect, ` : '';
  return `${when}${pin} (newest: ${newest.version}) and run \`genai-clearance diff ${pack.name}@${pack.version} ${pack.name}@${newest.version}\` to see what changes`;
}

function markChanges(report: FileReport, current: Declaration, base: LoadedDeclaration): void {
  const before = new Map((base.declaration?.uses ?? []).map((u) => [u.id, canonicalJson(u)]));
  for (const use of report.uses) {
    const now = current.uses.find((u) => u.id === use.id);
    const was = before.get(use.id);
    const change: UseChange = was === undefined ? 'added' : was === canonicalJson(now) ? 'unchanged' : 'changed';
    use.change = change;
  }
  const ids = new Set(current.uses.map((u) => u.id));
  report.removedUses = [...before.keys()].filter((id) => !ids.has(id));
}

/**
 * What the change takes away: uses gone from a declaration and declarations deleted, each with whether
 * it escalated at the base (judged by the same packs), so a reviewer sees what stops being declared.
 */
function removedUses(input: EvaluationInput, sources: readonly LoadedInput[], files: readonly FileReport[], judging: Judging): RemovedUse[] {
  const removed: RemovedUse[] = [];
  const escalatedAtBase = (path: string, text: string | Uint8Array, loaded: LoadedDeclaration): Map<string, boolean> => {
    const report = evaluateFile({ path, text, loaded }, loaded, { ...judging, used: new Map() });
    return new Map(report.uses.map((u) => [u.id, u.findings.some((f) => f.effectiveLevel !== 'inform')]));
  };
  for (const file of files) {
    const source = sources.find((f) => f.path === file.path);
    if (!file.removedUses?.length || source?.base === undefined || source.baseText === undefined) continue;
    const escalated = escalatedAtBase(file.path, source.baseText, source.base);
    for (const id of file.removedUses) removed.push({ file: file.path, use: id, fileDeleted: false, neededApproval: escalated.get(id) === true });
  }
  for (const gone of [...(input.removed ?? [])].sort((a, b) => compareText(a.path, b.path)).map((f) => loadInput(f, input.read))) {
    const escalated = escalatedAtBase(gone.path, gone.text, gone.loaded);
    if (escalated.size === 0) removed.push({ file: gone.path, fileDeleted: true, neededApproval: false });
    for (const [id, needed] of escalated) removed.push({ file: gone.path, use: id, fileDeleted: true, neededApproval: needed });
  }
  return removed;
}
