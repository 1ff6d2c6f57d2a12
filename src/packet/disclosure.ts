// The disclosure statement's content, once: disclosure.html and disclosure.pdf lay out these blocks,
// so the page the platform contact reads and the PDF the insurer files say the same thing.
import type { FileReport, Report, UseReport } from '../model/report.js';
import { failureParts, isOpen, OUTCOME_LABEL, PRINCIPLE_STATUS_LABEL, packLabel, passParts, principleName, principlesByPack } from '../render/words.js';
import { consentEntries } from './consents.js';
import { joinCell } from './csv.js';
import { approvalText, tri } from './register.js';
import { marking, markingLine, productionName } from './status.js';

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'marking'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'facts'; rows: Array<[string, string]> }
  | { kind: 'table'; head: string[]; rows: string[][]; widths: number[] }
  | { kind: 'signature'; lines: string[] };

interface Located {
  file: FileReport;
  use: UseReport;
}

/** Up to this many temporary uses are listed one by one; above it they are counted (register.csv lists each). */
const LIST_OTHERS_UP_TO = 200;

const located = (report: Report): Located[] => report.files.flatMap((file) => file.uses.map((use) => ({ file, use })));

/** Uses whose output may reach the final deliverables (`final: unknown` counts: nobody has said it does not). */
const reachesFinal = (use: UseReport) => use.declared?.output.final !== false;

function period(report: Report): string {
  const dates = located(report).flatMap(({ use }) => [...(use.declared?.disclosed ? [use.declared.disclosed] : []), ...(use.declared?.approvals.map((a) => a.approvedOn) ?? [])]);
  const first = dates.sort()[0];
  return first && first <= report.evaluatedOn ? `${first} to ${report.evaluatedOn}` : `to ${report.evaluatedOn}`;
}

function clearedBy(use: UseReport): string {
  const refs = new Set(use.findings.flatMap((f) => (f.approval ? [f.approval] : [])));
  const listed = [...refs].map((r) => approvalText(use, r));
  // An approval the use lists that clears nothing is shown too: the reader sees what was tried.
  for (const a of use.approvals) if (!refs.has(a.ref)) listed.push(`${a.ref} (clears nothing here)`);
  if (listed.length > 0) return joinCell(listed);
  return use.outcome === 'clear' ? 'no approval needed' : 'none';
}

export function disclosureBlocks(report: Report): Block[] {
  const all = located(report);
  const blocks: Block[] = [{ kind: 'title', text: `Generative-AI disclosure statement: ${productionName(report)}` }];
  blocks.push({ kind: 'marking', text: markingLine(report) });
  const files = report.files;
  blocks.push({
    kind: 'facts',
    rows: [
      ['Production', productionName(report)],
      ['Kind of work', joinCell([...new Set(files.flatMap((f) => (f.declared ? [f.declared.work] : [])))])],
      ['Platform contact', joinCell([...new Set(files.flatMap((f) => (f.declared?.contact ? [f.declared.contact] : [])))])],
      ['Period', period(report)],
      ['Evaluated on', report.evaluatedOn],
      ['Decision', `${marking(report)} (${(report.decision === 'pass' ? passParts(report) : failureParts(report)).join(', ')})`],
      ['Approvals', report.approvalMode === 'ledger' ? 'matched against the trusted approvals ledger' : 'references format-checked only (no ledger)'],
      ['Policy packs', joinCell(report.packs.map((p) => `${packLabel(p)} (${p.title})`))],
      ['Declarations', joinCell(files.map((f) => (f.declared ? `${f.path} sha256:${f.declared.sha256}` : f.path)))],
      ['Made by', `${report.tool.name} ${report.tool.version}`],
    ],
  });

  blocks.push({ kind: 'heading', text: 'Principle by principle' });
  const principleRows = principlesByPack(report).flatMap((g) =>
    g.rows.map((row) => [
      g.ref ? packLabel(g.ref) : g.pack,
      principleName(row),
      PRINCIPLE_STATUS_LABEL[row.status].word,
      joinCell([...row.needsApproval, ...row.blocked].map((u) => u.use)),
      joinCell(row.approvedBy),
    ]),
  );
  blocks.push({ kind: 'table', head: ['Pack', 'Principle', 'Status', 'Open uses', 'Approved by'], rows: principleRows, widths: [2, 4, 2, 3, 3] });

  blocks.push({ kind: 'heading', text: 'Uses that reach the final deliverables' });
  const finals = all.filter(({ use }) => reachesFinal(use));
  blocks.push(
    finals.length > 0
      ? {
          kind: 'table',
          head: ['Use', 'What it is', 'Final', 'Decision', 'Cleared by'],
          rows: finals.map(({ use }) => [use.id, use.summary, use.declared ? tri(use.declared.output.final) : '', OUTCOME_LABEL[use.outcome].word, clearedBy(use)]),
          widths: [3, 5, 1, 2, 5],
        }
      : { kind: 'para', text: 'No declared use reaches the final deliverables.' },
  );

  blocks.push({ kind: 'heading', text: 'Other declared uses' });
  const others = all.filter(({ use }) => !reachesFinal(use));
  if (others.length > LIST_OTHERS_UP_TO) {
    // A long declaration's temporary uses are counted here (by stage and decision) and listed in register.csv.
    const byStage = new Map<string, Map<string, number>>();
    for (const { use } of others) {
      const counts = byStage.get(use.stage) ?? new Map<string, number>();
      counts.set(OUTCOME_LABEL[use.outcome].word, (counts.get(OUTCOME_LABEL[use.outcome].word) ?? 0) + 1);
      byStage.set(use.stage, counts);
    }
    blocks.push({ kind: 'para', text: `${others.length} uses whose output does not reach the final deliverables; each is listed in register.csv.` });
    blocks.push({
      kind: 'table',
      head: ['Stage', 'Uses', 'Decisions'],
      rows: [...byStage].map(([stage, counts]) => [stage, String([...counts.values()].reduce((a, b) => a + b, 0)), joinCell([...counts].map(([w, n]) => `${n} ${w}`))]),
      widths: [3, 1, 6],
    });
  } else {
    blocks.push(
      others.length > 0
        ? {
            kind: 'table',
            head: ['Use', 'What it is', 'Stage', 'Decision', 'Approvals'],
            rows: others.map(({ use }) => [use.id, use.summary, use.stage, OUTCOME_LABEL[use.outcome].word, clearedBy(use)]),
            widths: [3, 5, 2, 2, 4],
          }
        : { kind: 'para', text: 'None.' },
    );
  }

  blocks.push({ kind: 'heading', text: 'Talent consents' });
  const consents = consentEntries(report);
  blocks.push(
    consents.length > 0
      ? {
          kind: 'table',
          head: ['Performer', 'Record', 'Party', 'Scope', 'Signed', 'Uses'],
          rows: consents.map((c) => [c.performer, c.ref, c.party, c.scope, c.signedOn, joinCell(c.uses)]),
          widths: [3, 3, 2, 2, 2, 3],
        }
      : { kind: 'para', text: 'No use records a performer consent.' },
  );

  blocks.push({ kind: 'heading', text: 'Disclosure the packs ask for' });
  const disclosures = all.flatMap(({ use }) => use.findings.filter((f) => f.category === 'disclosure' || f.category === 'marking').map((f) => [use.id, `${f.pack}/${f.rule}`, f.message, f.remedy]));
  blocks.push(
    disclosures.length > 0
      ? { kind: 'table', head: ['Use', 'Rule', 'Why', 'Label and placement'], rows: disclosures, widths: [2, 3, 4, 5] }
      : { kind: 'para', text: 'No pack in effect asks for a disclosure for these uses.' },
  );

  blocks.push({ kind: 'heading', text: 'Material to exclude from a copyright registration' });
  blocks.push({ kind: 'para', text: 'Generated material in the final work, by use: the text for the registration’s excluded-material field (material not created by a human author).' });
  const generated = finals.map(({ use }) => [
    use.id,
    `${joinCell(use.declared?.output.kinds ?? [])} generated with ${joinCell((use.declared?.tools ?? []).map((t) => t.name))}: ${use.summary}`,
    joinCell((use.declared?.assets ?? []).map((a) => a.path)),
  ]);
  blocks.push(
    generated.length > 0
      ? { kind: 'table', head: ['Use', 'Generated material', 'Files'], rows: generated, widths: [3, 8, 4] }
      : { kind: 'para', text: 'None: no generated material reaches the final work.' },
  );

  blocks.push({ kind: 'heading', text: 'Still open' });
  // One row per use (its open rules together), then what clears each rule once: a long declaration's
  // statement stays readable, and every open rule of every use is still listed.
  const openUses = all.flatMap(({ file, use }) => {
    const open = use.findings.filter(isOpen);
    return open.length > 0 ? [[`${file.path}#${use.id}`, OUTCOME_LABEL[use.outcome].word, joinCell(open.map((f) => `${f.pack}/${f.rule}`))]] : [];
  });
  const open = [
    ...openUses,
    ...files.flatMap((f) => f.errors.map((e) => [`${f.path}:${e.line}:${e.column}`, 'invalid', `${e.code}: ${e.message}`])),
    ...report.errors.map((e) => [`${e.file ?? ''}:${e.line}:${e.column}`, 'error', `${e.code}: ${e.message}`]),
    ...(report.provenance?.assets ?? [])
      .filter((a) => a.findings.some((f) => f.status === 'undeclared'))
      .map((a) => [a.path, 'no use declares it', joinCell(a.findings.map((f) => `${f.pack}/${f.rule}`))]),
  ];
  blocks.push(open.length > 0 ? { kind: 'table', head: ['Where', 'Status', 'Open rules'], rows: open, widths: [5, 2, 7] } : { kind: 'para', text: 'Nothing: every use is clear or approved.' });
  const remedies = new Map<string, string>();
  for (const { use } of all) for (const f of use.findings.filter(isOpen)) remedies.set(`${f.pack}/${f.rule}`, f.remedy);
  for (const a of report.provenance?.assets ?? []) for (const f of a.findings.filter((x) => x.status === 'undeclared')) remedies.set(`${f.pack}/${f.rule}`, f.remedy);
  if (remedies.size > 0) blocks.push({ kind: 'table', head: ['Open rule', 'What clears it'], rows: [...remedies].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), widths: [2, 5] });

  blocks.push({ kind: 'heading', text: 'Signature' });
  blocks.push({
    kind: 'signature',
    lines: [`I confirm that this statement describes every use of generative AI in the production as of ${report.evaluatedOn}.`, 'Name:', 'Role:', 'Signature:', 'Date:'],
  });
  return blocks;
}
