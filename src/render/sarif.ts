// SARIF 2.1.0 for code scanning and other SARIF viewers. One run; rules are the pack rules that fired
// plus a few synthetic ones for problems that are not findings (invalid files, policy errors,
// warnings).
//
// Levels: a finding that holds up the merge (blocked, or escalated without a valid approval) is an
// `error`; an approved escalation is a `note` carrying an `accepted` external suppression that names the
// approval, so viewers that honour suppressions hide it and those that do not still do not alarm;
// inform findings are `note`; warnings (expiring or unused approvals, soft schema issues) are `warning`.
import { createHash } from 'node:crypto';
import type { AssetFinding, AssetReport } from '../model/provenance.js';
import type { Diagnostic, FileReport, Finding, Level, Position, Report, UseReport } from '../model/report.js';
import { escapeMarkdown, markdownMessage, plainText } from './escape.js';
import { approvalProblem, findingPrinciple, type PrincipleLookup, packLabel, principleLookup, showValue } from './words.js';

export interface SarifOptions {
  /** Where the tool is documented (`tool.driver.informationUri`); omitted when not given. */
  informationUri?: string;
}

type SarifLevel = 'error' | 'warning' | 'note';

interface Message {
  text: string;
  markdown?: string;
}

interface SarifLocation {
  id?: number;
  physicalLocation: {
    artifactLocation: { uri: string };
    region?: { startLine: number; startColumn: number };
  };
  message?: Message;
}

interface SarifRule {
  id: string;
  shortDescription: Message;
  fullDescription: Message;
  help: Message;
  defaultConfiguration: { level: SarifLevel };
  properties: Record<string, unknown>;
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: Message;
  locations?: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: 'external'; status: 'accepted'; justification: string }[];
  properties?: Record<string, unknown>;
}

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'genaiClearance/v1';
const TEXT_MAX = 1000;

/** Problems that are not pack findings; `/` keeps them apart from pack rule ids, which are slugs. */
const SYNTHETIC: Record<'invalid' | 'policy' | 'warning' | 'unscanned', { id: string; level: SarifLevel; text: string; help: string }> = {
  invalid: {
    id: 'genai-clearance/declaration-invalid',
    level: 'error',
    text: 'The declaration cannot be parsed or does not match the genai-usage/v1 schema.',
    help: 'Fix the reported error; an invalid declaration fails the check until it validates.',
  },
  policy: {
    id: 'genai-clearance/policy-error',
    level: 'error',
    text: 'A policy pack or the approval ledger could not be used, so the check failed closed.',
    help: 'Fix the policy pack or ledger on the trusted ref; the declaration cannot fix this.',
  },
  warning: {
    id: 'genai-clearance/declaration-warning',
    level: 'warning',
    text: 'The declaration or one of its approvals needs attention soon (for example an approval that expires within 30 days or covers nothing).',
    help: 'Renew, correct or remove the approval, or address the warning before it becomes a failure.',
  },
  unscanned: {
    id: 'genai-clearance/media-not-scanned',
    level: 'warning',
    text: 'A media file was not read (a Git LFS pointer, over the size cap, or not a container the scan reads): what it says about its origin is unknown.',
    help: 'Scan the real file where it is stored (e.g. `genai-clearance scan` after `git lfs pull`), or declare it in the use that produced it.',
  },
};

const LEVEL: Record<Level, SarifLevel> = { block: 'error', escalate: 'error', inform: 'note' };
const STATUS_LEVEL: Record<Finding['status'], SarifLevel> = { blocked: 'error', 'needs-approval': 'error', approved: 'note', noted: 'note' };

export function renderSarif(report: Report, options: SarifOptions = {}): string {
  return `${JSON.stringify(sarifLog(report, options), null, 2)}\n`;
}

/** The SARIF log as data: `renderSarif` writes it as one string, `renderChunks` piece by piece. */
export function sarifLog(report: Report, options: SarifOptions = {}): object {
  const lookup = principleLookup(report);
  const rules = new RuleTable(report, lookup);
  const results: SarifResult[] = [];

  for (const file of report.files) {
    for (const d of file.errors) results.push(diagnosticResult(rules, SYNTHETIC.invalid, d, d.file ?? file.path));
    for (const d of file.warnings) results.push(diagnosticResult(rules, SYNTHETIC.warning, d, d.file ?? file.path));
    for (const use of file.uses) {
      for (const finding of use.findings) results.push(findingResult(rules, lookup, file, use, finding));
      for (const approval of use.approvals) {
        for (const d of approval.problems) {
          results.push(
            diagnosticResult(rules, SYNTHETIC.warning, { ...d, message: `Approval ${approval.ref} on use ${use.id}: ${approvalProblem(approval.ref, d.message)}` }, d.file ?? file.path, [
              file.path,
              use.id,
              approval.ref,
              d.code,
            ]),
          );
        }
      }
    }
  }
  for (const d of report.errors) results.push(diagnosticResult(rules, SYNTHETIC.policy, d, d.file));
  for (const asset of report.provenance?.assets ?? []) {
    for (const finding of asset.findings) results.push(assetFindingResult(rules, asset, finding));
    if (asset.notScanned) {
      results.push({
        ruleId: SYNTHETIC.unscanned.id,
        ruleIndex: rules.forSynthetic(SYNTHETIC.unscanned),
        level: SYNTHETIC.unscanned.level,
        message: { text: plainText(`${asset.path} was not scanned: ${asset.notScanned.message} (${asset.notScanned.code})`, TEXT_MAX) },
        locations: [fileLocation(asset.path)],
        partialFingerprints: fingerprint([asset.path, asset.notScanned.code]),
      });
    }
  }

  const semver = /^\d+\.\d+\.\d+(?:[-+].*)?$/.test(report.tool.version);
  const log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            ...(semver ? { semanticVersion: report.tool.version } : {}),
            ...(options.informationUri !== undefined ? { informationUri: options.informationUri } : {}),
            rules: rules.list,
          },
        },
        // Columns come from the YAML parser's offsets into a JS string.
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          decision: report.decision,
          evaluatedOn: report.evaluatedOn,
          approvalMode: report.approvalMode,
          packs: report.packs.map(packLabel),
        },
      },
    ],
  };
  return log;
}

/** Rules in first-seen order, keyed by pack and rule; `pack/rule` ids only where two packs share a rule id. */
class RuleTable {
  readonly list: SarifRule[] = [];
  private readonly index = new Map<string, number>();
  private readonly packsPerRule = new Map<string, Set<string>>();

  constructor(
    private readonly report: Report,
    private readonly lookup: PrincipleLookup,
  ) {
    for (const finding of allFindings(report)) {
      const packs = this.packsPerRule.get(finding.rule) ?? new Set<string>();
      packs.add(finding.pack);
      this.packsPerRule.set(finding.rule, packs);
    }
  }

  ruleId(finding: Finding): string {
    return (this.packsPerRule.get(finding.rule)?.size ?? 0) > 1 ? `${finding.pack}/${finding.rule}` : finding.rule;
  }

  forFinding(finding: Finding): number {
    const id = this.ruleId(finding);
    return this.add(id, () => {
      const pack = this.report.packs.find((p) => p.pack === finding.pack);
      const principle = findingPrinciple(this.lookup, finding);
      return {
        id,
        shortDescription: { text: plainText(`${principle}: ${finding.rule}`, TEXT_MAX) },
        fullDescription: {
          text: plainText(
            `Rule ${finding.rule} of ${pack ? packLabel(pack) : finding.pack} (${finding.category}, level ${finding.level}) under principle ${principle}. Source: ${finding.source}`,
            TEXT_MAX,
          ),
        },
        help: {
          text: plainText(`${finding.remedy} Source: ${finding.source}`, TEXT_MAX),
          markdown: `**Remedy:** ${markdownMessage(finding.remedy, TEXT_MAX)}\n\n**Source:** ${escapeMarkdown(finding.source, TEXT_MAX)}`,
        },
        defaultConfiguration: { level: LEVEL[finding.level] },
        properties: {
          pack: finding.pack,
          ...(pack ? { packVersion: pack.version } : {}),
          principle: finding.principle,
          principleTitle: principle,
          category: finding.category,
          level: finding.level,
          tags: ['genai', finding.pack, finding.principle, finding.category],
        },
      };
    });
  }

  forAssetFinding(finding: AssetFinding): number {
    return this.add(finding.rule, () => {
      const pack = this.report.packs.find((p) => p.pack === finding.pack);
      return {
        id: finding.rule,
        shortDescription: { text: plainText(`${finding.principle}: ${finding.rule}`, TEXT_MAX) },
        fullDescription: {
          text: plainText(
            `Provenance check ${finding.rule} of ${pack ? packLabel(pack) : finding.pack} (level ${finding.level}) under principle ${finding.principle}. Source: ${finding.source}`,
            TEXT_MAX,
          ),
        },
        help: {
          text: plainText(`${finding.remedy} Source: ${finding.source}`, TEXT_MAX),
          markdown: `**Remedy:** ${markdownMessage(finding.remedy, TEXT_MAX)}\n\n**Source:** ${escapeMarkdown(finding.source, TEXT_MAX)}`,
        },
        defaultConfiguration: { level: LEVEL[finding.level] },
        properties: { pack: finding.pack, principle: finding.principle, level: finding.level, tags: ['genai', 'provenance', finding.pack, finding.principle] },
      };
    });
  }

  forSynthetic(rule: (typeof SYNTHETIC)[keyof typeof SYNTHETIC]): number {
    return this.add(rule.id, () => ({
      id: rule.id,
      shortDescription: { text: rule.text },
      fullDescription: { text: rule.text },
      help: { text: rule.help, markdown: rule.help },
      defaultConfiguration: { level: rule.level },
      properties: { level: rule.level, tags: ['genai', 'genai-clearance'] },
    }));
  }

  private add(id: string, make: () => SarifRule): number {
    const existing = this.index.get(id);
    if (existing !== undefined) return existing;
    this.list.push(make());
    this.index.set(id, this.list.length - 1);
    return this.list.length - 1;
  }
}

function allFindings(report: Report): Finding[] {
  return report.files.flatMap((file) => file.uses.flatMap((use) => use.findings));
}

/**
 * Forward slashes, each segment percent-encoded so the result is a valid URI reference (and `:` in a
 * first segment cannot read as a scheme). Paths are normally repo-relative; an absolute one becomes a
 * `file:` URI rather than a `//host` network-path reference.
 */
export function artifactUri(path: string): string {
  const normal = path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
  const encode = (p: string): string =>
    p
      .split('/')
      .map((segment) => encodeURIComponent(segment))
      .join('/');
  const drive = /^([A-Za-z]):\//.exec(normal);
  if (drive) return `file:///${drive[1]}:/${encode(normal.slice(3))}`;
  if (normal.startsWith('/')) return `file://${encode(normal)}`;
  return encode(normal);
}

function location(path: string, pos: Position, message?: string): SarifLocation {
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(path) },
      region: { startLine: Math.max(1, Math.trunc(pos.line)), startColumn: Math.max(1, Math.trunc(pos.column)) },
    },
    ...(message !== undefined ? { message: { text: plainText(message, TEXT_MAX) } } : {}),
  };
}

/** Stable across runs and edits that move lines: identity is where (file, use) and what (pack, rule). */
function fingerprint(parts: string[]): Record<string, string> {
  return { [FINGERPRINT_KEY]: createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32) };
}

const STATUS_SENTENCE: Record<Finding['status'], (f: Finding) => string> = {
  blocked: () => 'Blocked: no approval can clear this.',
  'needs-approval': (f) => `Needs a written approval that lists ${f.rule}.`,
  approved: (f) => `Approved by ${f.approval ?? 'an approval'}.`,
  noted: () => 'Noted; the platform contact must be informed.',
};

function findingResult(rules: RuleTable, lookup: PrincipleLookup, file: FileReport, use: UseReport, finding: Finding): SarifResult {
  const primary = finding.paths[0] ?? use;
  const related = finding.paths.map((p, i) => ({ ...location(file.path, p, `${p.path} = ${showValue(p.value)}${p.reason === 'unknown' ? ' (unknown: uncertainty escalates)' : ''}`), id: i }));
  return {
    ruleId: rules.ruleId(finding),
    ruleIndex: rules.forFinding(finding),
    level: STATUS_LEVEL[finding.status],
    message: { text: plainText(`Use ${use.id} (${findingPrinciple(lookup, finding)}): ${finding.message} ${STATUS_SENTENCE[finding.status](finding)}`, TEXT_MAX) },
    locations: [location(file.path, primary)],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    partialFingerprints: fingerprint([file.path, use.id, finding.pack, finding.rule]),
    ...(finding.status === 'approved'
      ? { suppressions: [{ kind: 'external' as const, status: 'accepted' as const, justification: plainText(`approved by ${finding.approval ?? 'an approval'}`, TEXT_MAX) }] }
      : {}),
    properties: {
      use: use.id,
      status: finding.status,
      pack: finding.pack,
      principle: finding.principle,
      level: finding.level,
      effectiveLevel: finding.effectiveLevel,
      ...(finding.approval !== undefined ? { approval: finding.approval } : {}),
    },
  };
}

/** A result on the media file itself: no line to point at. */
function fileLocation(path: string): SarifLocation {
  return { physicalLocation: { artifactLocation: { uri: artifactUri(path) } } };
}

function assetFindingResult(rules: RuleTable, asset: AssetReport, finding: AssetFinding): SarifResult {
  const open = finding.status === 'undeclared';
  return {
    ruleId: finding.rule,
    ruleIndex: rules.forAssetFinding(finding),
    level: open ? LEVEL[finding.level] : 'note',
    message: { text: plainText(`${finding.message}${open ? ' Declare it in the assets of the use that produced it.' : ''}`, TEXT_MAX) },
    locations: [fileLocation(asset.path)],
    partialFingerprints: fingerprint([asset.path, finding.pack, finding.rule]),
    properties: {
      status: finding.status,
      pack: finding.pack,
      principle: finding.principle,
      level: finding.level,
      signal: asset.signal,
      credentials: asset.credentials.status,
      ...(asset.sourceType ? { sourceType: asset.sourceType } : {}),
    },
  };
}

function diagnosticResult(
  rules: RuleTable,
  rule: (typeof SYNTHETIC)[keyof typeof SYNTHETIC],
  d: Diagnostic,
  file: string | undefined,
  identity: string[] = [file ?? '', d.code, d.path ?? d.message],
): SarifResult {
  return {
    ruleId: rule.id,
    ruleIndex: rules.forSynthetic(rule),
    level: rule.level,
    message: { text: plainText(`${d.message} (${d.code})`, TEXT_MAX) },
    // A policy error without a file has nowhere to point; SARIF allows a result without locations.
    ...(file !== undefined ? { locations: [location(file, d)] } : {}),
    partialFingerprints: fingerprint(identity),
  };
}
