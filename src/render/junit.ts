// JUnit XML for CI test-report viewers: one <testsuite> per declaration, one <testcase> per
// (use, principle) so every principle is reported for every use, passes included, each with a unique
// name (conftest#775: identical names collapse into one row in most viewers). Blocked or unapproved
// findings are <failure>s; a declaration that cannot be checked, or a policy that cannot be loaded, is
// an <error>.

import type { ProvenanceReport } from '../model/provenance.js';
import type { Diagnostic, FileReport, Finding, PrincipleRow, Report, UseReport } from '../model/report.js';
import { escapeXml, plainText } from './escape.js';
import { assetSays, at, clearance, diagnosticPlace, isOpen, isSilent, packLabel, plural, principleName, provenanceSummary } from './words.js';

const NAME_MAX = 300;
const USE_MAX = 120;
const TEXT_MAX = 2000;

interface Case {
  name: string;
  classname: string;
  failure?: { type: string; message: string; body: string };
  error?: { type: string; message: string; body: string };
  out?: string;
}

interface Suite {
  name: string;
  properties: [string, string][];
  cases: Case[];
}

export function renderJunit(report: Report): string {
  return [...junitChunks(report)].join('');
}

/** The bytes of `renderJunit` in pieces of about 64 K characters, for a writer that sends each on. */
export function* junitChunks(report: Report): Generator<string> {
  let buffer = '';
  for (const line of junitLines(report)) {
    buffer += `${line}\n`;
    if (buffer.length >= 1 << 16) {
      yield buffer;
      buffer = '';
    }
  }
  yield buffer;
}

function* junitLines(report: Report): Generator<string> {
  const suites = report.files.map((file) => fileSuite(report, file));
  if (report.errors.length > 0) {
    suites.push({
      name: 'policy',
      properties: [],
      cases: [
        {
          name: 'policy packs and approval ledger load',
          classname: 'genai-clearance',
          error: {
            type: 'policy-error',
            message: `${plural(report.errors.length, 'policy error')}; the check failed closed`,
            body: diagnosticsBody(report.errors),
          },
        },
      ],
    });
  }
  if (report.provenance) suites.push(provenanceSuite(report.provenance));
  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield `<testsuites ${attrs({ name: report.tool.name, ...tally(suites.flatMap((s) => s.cases)) })}>`;
  for (const suite of suites) yield* suiteXml(suite);
  yield '</testsuites>';
}

function fileSuite(report: Report, file: FileReport): Suite {
  const classname = plainText(file.path, NAME_MAX);
  const cases: Case[] = [
    file.status === 'invalid'
      ? {
          name: 'declaration is valid',
          classname,
          error: {
            type: 'declaration-invalid',
            message: `${plural(file.errors.length, 'error')} in ${file.path}`,
            body: diagnosticsBody(file.errors, file.path),
          },
        }
      : {
          name: 'declaration is valid',
          classname,
          // Warnings do not fail the case but should be seen next to it.
          ...(file.warnings.length > 0 ? { out: diagnosticsBody(file.warnings, file.path) } : {}),
        },
  ];
  const packs = new Set(file.policies.map((p) => p.pack));
  const rows = report.principles.filter((row) => packs.has(row.pack));
  const names = new UniqueNames();
  names.claim(cases[0]?.name ?? '');
  for (const use of file.uses) {
    for (const key of principlesOf(rows, use)) {
      const findings = use.findings.filter((f) => f.pack === key.pack && f.principle === key.id);
      const title = key.row ? principleName(key.row) : key.id;
      // The use id is cut, never the principle: cutting the whole name would make cases collide.
      const name = names.claim(`${plainText(use.id, USE_MAX)} › ${plainText(`${packs.size > 1 ? `${key.pack} ` : ''}${title}`, NAME_MAX)}`);
      cases.push(principleCase(file, use, findings, name, classname));
    }
  }
  return {
    name: classname,
    properties: [
      ['policies', file.policies.map(packLabel).join(', ')],
      ['evaluatedOn', report.evaluatedOn],
      ['approvalMode', report.approvalMode],
    ],
    cases,
  };
}

/** The file's principles, plus any a finding names that the report's rows do not (never dropped). */
function principlesOf(rows: PrincipleRow[], use: UseReport): { pack: string; id: string; row?: PrincipleRow }[] {
  const keys: { pack: string; id: string; row?: PrincipleRow }[] = rows.map((row) => ({ pack: row.pack, id: row.id, row }));
  for (const f of use.findings) {
    if (!keys.some((k) => k.pack === f.pack && k.id === f.principle)) keys.push({ pack: f.pack, id: f.principle });
  }
  return keys;
}

function principleCase(file: FileReport, use: UseReport, findings: Finding[], name: string, classname: string): Case {
  const open = findings.filter(isOpen);
  const settled = findings.filter((f) => !isOpen(f));
  const out = settled.map((f) => (f.status === 'approved' ? `approved: ${f.rule} cleared by ${f.approval ?? 'an approval'}` : `noted: ${f.rule}: ${f.message}`));
  const base: Case = { name, classname, ...(out.length > 0 ? { out: out.map((l) => plainText(l, TEXT_MAX)).join('\n') } : {}) };
  if (open.length === 0) return base;
  const blocked = open.some((f) => f.status === 'blocked');
  return {
    ...base,
    failure: {
      type: blocked ? 'blocked' : 'needs-approval',
      message: plainText(`${blocked ? 'blocked' : 'needs approval'}: ${open.map((f) => f.message).join(' ')}`, TEXT_MAX),
      body: open.map((f) => findingBody(file, use, f)).join('\n\n'),
    },
  };
}

function findingBody(file: FileReport, use: UseReport, f: Finding): string {
  const where = f.paths[0] ?? use;
  return [`${at(file.path, where.line, where.column)}: ${f.rule} [${f.effectiveLevel}] ${f.message}`, `remedy: ${f.remedy}`, `to clear: ${clearance(f)}`, `source: ${f.source}`]
    .map((line) => plainText(line, TEXT_MAX))
    .join('\n');
}

/** One case per file that says anything, fails or was not read: declared files pass, undeclared AI fails. */
function provenanceSuite(p: ProvenanceReport): Suite {
  const names = new UniqueNames();
  const cases: Case[] = [];
  for (const a of p.assets) {
    const open = a.findings.filter((f) => f.status === 'undeclared');
    if (isSilent(a)) continue;
    const body = [assetSays(a), ...a.findings.map((f) => `${f.rule} [${f.pack} ${f.principle}] ${f.message}${f.status === 'undeclared' ? ` remedy: ${f.remedy}` : ''}`), ...a.notes]
      .map((line) => plainText(line, TEXT_MAX))
      .join('\n');
    const name = names.claim(plainText(a.path, NAME_MAX));
    cases.push(
      open.length > 0
        ? { name, classname: 'provenance', failure: { type: 'undeclared-media', message: plainText(open.map((f) => f.message).join(' '), TEXT_MAX), body } }
        : { name, classname: 'provenance', out: body },
    );
  }
  return {
    name: 'provenance',
    properties: [
      ['scope', p.scope],
      ['summary', provenanceSummary(p)],
    ],
    cases,
  };
}

function diagnosticsBody(diagnostics: Diagnostic[], listedUnder?: string): string {
  return diagnostics
    .map((d) => {
      const place = diagnosticPlace(d, listedUnder);
      return plainText(`${place !== undefined ? `${place}: ` : ''}${d.message} (${d.code})`, TEXT_MAX);
    })
    .join('\n');
}

/** Names already used in a suite; a repeat (a declaration with duplicate use ids) gets ` (2)`, ` (3)`. */
class UniqueNames {
  private readonly used = new Set<string>();
  /** Per name, the first suffix not yet tried: names only get used, so a suffix tried once stays taken. */
  private readonly next = new Map<string, number>();

  claim(name: string): string {
    let candidate = name;
    let n = this.next.get(name) ?? 2;
    if (this.used.has(candidate)) candidate = `${name} (${n})`;
    while (this.used.has(candidate)) candidate = `${name} (${++n})`;
    if (candidate !== name) this.next.set(name, n + 1);
    this.used.add(candidate);
    return candidate;
  }
}

function tally(cases: Case[]): Record<string, string> {
  return {
    tests: String(cases.length),
    failures: String(cases.filter((c) => c.failure).length),
    errors: String(cases.filter((c) => c.error).length),
    skipped: '0',
    time: '0',
  };
}

function attrs(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}="${escapeXml(v)}"`)
    .join(' ');
}

function* suiteXml(suite: Suite): Generator<string> {
  yield `  <testsuite ${attrs({ name: plainText(suite.name, NAME_MAX), ...tally(suite.cases) })}>`;
  if (suite.properties.length > 0) {
    yield '    <properties>';
    for (const [name, value] of suite.properties) yield `      <property ${attrs({ name, value: plainText(value, NAME_MAX) })}/>`;
    yield '    </properties>';
  }
  for (const c of suite.cases) {
    const open = `    <testcase ${attrs({ name: c.name, classname: c.classname, time: '0' })}`;
    const children = [
      ...(c.failure ? [`      <failure ${attrs({ type: c.failure.type, message: c.failure.message })}>${escapeXml(c.failure.body, 'text')}</failure>`] : []),
      ...(c.error ? [`      <error ${attrs({ type: c.error.type, message: plainText(c.error.message, TEXT_MAX) })}>${escapeXml(c.error.body, 'text')}</error>`] : []),
      ...(c.out !== undefined ? [`      <system-out>${escapeXml(c.out, 'text')}</system-out>`] : []),
    ];
    if (children.length === 0) yield `${open}/>`;
    else {
      yield `${open}>`;
      yield* children;
      yield '    </testcase>';
    }
  }
  yield '  </testsuite>';
}
