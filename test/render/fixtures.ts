// Hand-built reports covering what renderers must show: a pass, a failure with every outcome and an
// invalid file, two packs (with a colliding rule id), hostile text everywhere, and a very large report.
// Hosts are example.* only; nothing here may reach the network.
import type { ApprovalReport, Counts, Diagnostic, FileReport, Finding, PackRef, PrincipleRow, Report, UseReport } from '../../src/model/report.js';

export const NETFLIX: PackRef = {
  pack: 'netflix-genai',
  version: '1.0.0',
  title: 'Netflix GenAI guidance',
  requested: 'netflix-genai@1',
};

export const SAG: PackRef = {
  pack: 'sag-aftra-ai',
  version: '2023.1.0',
  title: 'SAG-AFTRA 2023 AI terms',
  requested: 'sag-aftra-ai@2023',
};

export const NETFLIX_PRINCIPLES: [number, string][] = [
  [1, 'No infringing output'],
  [2, 'No storing, reusing or training on inputs'],
  [3, 'Enterprise-secured tools'],
  [4, 'Temporary, not final'],
  [5, 'No talent or union replacement without consent'],
];

export function principle(pack: PackRef, number: number, title: string, extra: Partial<PrincipleRow> = {}): PrincipleRow {
  return {
    pack: pack.pack,
    id: `P${number}`,
    number,
    title,
    status: 'clear',
    needsApproval: [],
    blocked: [],
    approvedBy: [],
    noted: [],
    ...extra,
  };
}

export function netflixRows(extra: Record<number, Partial<PrincipleRow>> = {}): PrincipleRow[] {
  return NETFLIX_PRINCIPLES.map(([n, title]) => principle(NETFLIX, n, title, extra[n] ?? {}));
}

export function finding(extra: Partial<Finding> & Pick<Finding, 'rule' | 'principle' | 'status'>): Finding {
  const level = extra.level ?? (extra.status === 'blocked' ? 'block' : extra.status === 'noted' ? 'inform' : 'escalate');
  return {
    pack: NETFLIX.pack,
    category: 'creative-output',
    level,
    effectiveLevel: level,
    message: `Rule ${extra.rule} fired.`,
    remedy: `Do what ${extra.rule} asks.`,
    source: 'Netflix guidance §3.6',
    paths: [],
    ...extra,
  };
}

export function approval(extra: Partial<ApprovalReport> & Pick<ApprovalReport, 'ref'>): ApprovalReport {
  return { line: 1, column: 1, rules: [], status: 'valid', cleared: [], problems: [], ...extra };
}

export function use(extra: Partial<UseReport> & Pick<UseReport, 'id' | 'outcome'>): UseReport {
  return { line: 1, column: 5, summary: `Summary of ${extra.id}`, stage: 'post-production', findings: [], approvals: [], ...extra };
}

export function file(extra: Partial<FileReport> & Pick<FileReport, 'path'>): FileReport {
  return {
    status: 'valid',
    production: { title: 'El Eternauta', id: 'PRD-2041' },
    policies: [NETFLIX],
    errors: [],
    warnings: [],
    uses: [],
    ...extra,
  };
}

export function diag(extra: Partial<Diagnostic> & Pick<Diagnostic, 'message' | 'code'>): Diagnostic {
  return { line: 1, column: 1, ...extra };
}

/** Counts derived from the files, as the core does, so fixtures cannot disagree with themselves. */
export function countsOf(files: FileReport[]): Counts {
  const uses = files.flatMap((f) => f.uses);
  const n = (outcome: UseReport['outcome']): number => uses.filter((u) => u.outcome === outcome).length;
  return {
    files: files.length,
    invalid: files.filter((f) => f.status === 'invalid').length,
    uses: uses.length,
    clear: n('clear'),
    approved: n('approved'),
    needsApproval: n('needs-approval'),
    blocked: n('blocked'),
  };
}

export function report(extra: Partial<Report> & Pick<Report, 'files' | 'principles'>): Report {
  const counts = countsOf(extra.files);
  const errors = extra.errors ?? [];
  const fails = counts.invalid + counts.blocked + counts.needsApproval + errors.length > 0;
  return {
    schemaVersion: 1,
    tool: { name: 'genai-clearance', version: '0.1.0' },
    decision: fails ? 'fail' : 'pass',
    evaluatedOn: '2026-11-23',
    approvalMode: 'ledger',
    packs: [NETFLIX],
    counts,
    errors,
    ...extra,
  };
}

const MAIN = 'productions/eternauta/genai-usage.yml';
const BROKEN = 'productions/broken/genai-usage.yml';

const approvedCollapse = use({
  id: 'building-collapse',
  summary: 'Collapse of a building in Buenos Aires, episode 6',
  line: 9,
  outcome: 'approved',
  findings: [
    finding({
      rule: 'final-deliverable',
      principle: 'P4',
      status: 'approved',
      approval: 'GENAI-2025-0042',
      message: 'Generated video appears in the final deliverable (output.final is true).',
      remedy: 'Get written approval before generated material goes into the final cut.',
      paths: [{ path: 'output.final', value: true, reason: 'match', line: 21, column: 14 }],
    }),
  ],
  approvals: [
    approval({
      ref: 'GENAI-2025-0042',
      line: 30,
      column: 11,
      rules: ['final-deliverable'],
      cleared: ['final-deliverable'],
      problems: [diag({ code: 'approval-expiring', message: 'Approval GENAI-2025-0042 expires on 2026-12-01, in 8 days.', line: 33, column: 20 })],
    }),
  ],
});

const clearStoryboard = use({
  id: 'storyboard-sketches',
  summary: 'Concept sketches for the snowfall scene',
  line: 36,
  stage: 'ideation',
  outcome: 'clear',
  findings: [
    finding({
      rule: 'ideation-only',
      principle: 'P4',
      status: 'noted',
      category: 'final-output',
      message: 'Ideation material; the platform contact must still be informed.',
      remedy: 'Tell your platform contact.',
    }),
  ],
});

const blockedDeAging = use({
  id: 'de-aging-lead',
  summary: 'New lines for the lead actor generated from a digital replica',
  line: 45,
  outcome: 'blocked',
  change: 'added',
  findings: [
    finding({
      rule: 'talent-new-performance',
      principle: 'P5',
      status: 'blocked',
      category: 'talent',
      message: 'A digital replica is used for a new performance (talent.replica_use is "new-performance").',
      remedy: 'Remove the new performance, or restrict the replica to what was performed.',
      source: 'Netflix guidance §3.6, talent enhancement',
      paths: [{ path: 'talent.replica_use', value: 'new-performance', reason: 'match', line: 58, column: 20 }],
    }),
    finding({
      rule: 'final-deliverable',
      principle: 'P4',
      status: 'needs-approval',
      message: 'Generated audio appears in the final deliverable (output.final is true).',
      remedy: 'Get written approval before generated material goes into the final cut.',
      paths: [{ path: 'output.final', value: true, reason: 'match', line: 54, column: 14 }],
    }),
  ],
});

const pendingVoices = use({
  id: 'crowd-voices',
  summary: 'Background crowd walla generated with a vendor tool',
  line: 70,
  outcome: 'needs-approval',
  change: 'changed',
  findings: [
    finding({
      rule: 'tool-not-enterprise',
      principle: 'P3',
      status: 'needs-approval',
      level: 'inform',
      effectiveLevel: 'escalate',
      category: 'confidentiality',
      message: 'Tool "Walla Gen" may not be covered by an enterprise agreement (tools[0].enterprise is unknown).',
      remedy: 'Use an enterprise-secured tool, or confirm it is one.',
      paths: [{ path: 'tools[0].enterprise', value: 'unknown', reason: 'unknown', line: 76, column: 21 }],
    }),
    finding({
      rule: 'tool-trains-on-inputs',
      principle: 'P2',
      status: 'needs-approval',
      category: 'data-use',
      message: 'Tool "Walla Gen" stores or trains on inputs (tools[0].trains_on_inputs is true).',
      remedy: 'Pick a tool that does not retain or train on production inputs.',
      paths: [{ path: 'tools[0].trains_on_inputs', value: true, reason: 'match', line: 77, column: 27 }],
    }),
  ],
  approvals: [
    approval({
      ref: 'see email from Ana',
      line: 84,
      column: 11,
      status: 'invalid',
      rules: ['tool-trains-on-inputs'],
      problems: [diag({ code: 'approval-ref-format', message: 'Reference "see email from Ana" does not match GENAI-YYYY-NNNN.', line: 84, column: 16 })],
    }),
  ],
});

export const passReport: Report = report({
  files: [file({ path: MAIN, uses: [approvedCollapse, clearStoryboard] })],
  principles: netflixRows({
    4: { status: 'approved', approvedBy: ['GENAI-2025-0042'], noted: [{ file: MAIN, use: 'storyboard-sketches' }] },
  }),
});

export const failReport: Report = report({
  approvalMode: 'format-only',
  files: [
    file({ path: MAIN, uses: [approvedCollapse, clearStoryboard, blockedDeAging, pendingVoices], removedUses: ['old-matte-painting'] }),
    file({
      path: BROKEN,
      status: 'invalid',
      production: { title: 'Broken' },
      errors: [
        diag({ code: 'unknown-key', message: 'Unknown key "foramt"; did you mean "format"?', line: 1, column: 1, path: 'foramt' }),
        diag({ code: 'required', message: 'Missing required field production.title.', line: 5, column: 3, path: 'production' }),
      ],
    }),
  ],
  principles: netflixRows({
    2: { status: 'needs-approval', needsApproval: [{ file: MAIN, use: 'crowd-voices' }] },
    3: { status: 'needs-approval', needsApproval: [{ file: MAIN, use: 'crowd-voices' }] },
    4: {
      status: 'needs-approval',
      needsApproval: [{ file: MAIN, use: 'de-aging-lead' }],
      approvedBy: ['GENAI-2025-0042'],
      noted: [{ file: MAIN, use: 'storyboard-sketches' }],
    },
    5: { status: 'blocked', blocked: [{ file: MAIN, use: 'de-aging-lead' }] },
  }),
});

// Both packs have a rule called `digital-replica`, so SARIF must tell them apart.
export const twoPackReport: Report = report({
  packs: [NETFLIX, SAG],
  files: [
    file({
      path: 'series-a/genai-usage.yml',
      policies: [NETFLIX, SAG],
      uses: [
        use({
          id: 'voice-double',
          line: 12,
          outcome: 'needs-approval',
          findings: [
            finding({ rule: 'digital-replica', principle: 'P5', status: 'needs-approval', category: 'talent' }),
            finding({ rule: 'digital-replica', pack: SAG.pack, principle: 'P1', status: 'needs-approval', category: 'consent' }),
          ],
        }),
      ],
    }),
    file({
      path: 'series-b/genai-usage.yml',
      policies: [NETFLIX, SAG],
      uses: [
        use({
          id: 'voice-double',
          line: 8,
          outcome: 'approved',
          findings: [
            finding({ rule: 'digital-replica', principle: 'P5', status: 'approved', approval: 'GENAI-2026-0007', category: 'talent' }),
            finding({ rule: 'digital-replica', pack: SAG.pack, principle: 'P1', status: 'approved', approval: 'GENAI-2026-0008', category: 'consent' }),
          ],
        }),
      ],
    }),
  ],
  principles: [
    ...netflixRows({
      5: { status: 'needs-approval', needsApproval: [{ file: 'series-a/genai-usage.yml', use: 'voice-double' }], approvedBy: ['GENAI-2026-0007'] },
    }),
    principle(SAG, 1, 'Informed consent for digital replicas', {
      status: 'needs-approval',
      needsApproval: [{ file: 'series-a/genai-usage.yml', use: 'voice-double' }],
      approvedBy: ['GENAI-2026-0008'],
    }),
    principle(SAG, 2, 'Compensation for replica use'),
    principle(SAG, 3, 'No synthetic performers in place of members'),
  ],
});

/** Untrusted text that has broken other tools' comments, logs and reports. */
export const HOSTILE = {
  pipe: 'a|b||c\\|d',
  backticks: '`code` ``x``',
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  comment: '<!-- hidden --> -->',
  mention: '@octocat',
  team: '@org/team',
  link: '[link](https://evil.example)',
  image: '![img](https://evil.example/x.png)',
  bare: 'see https://evil.example/p now',
  www: 'www.evil.example',
  emphasis: '**bold** _em_ ~~s~~',
  whitespace: 'line1\nline2\r\nline3\rline4\tTab',
  controls: 'nul\u0000bel\u0007esc\u001b[31mred\u009b',
  rtl: 'abc\u202Edcba',
  long: 'x'.repeat(10_000),
  emoji: '🎬👩🏽‍🎤🇦🇷',
  command: '::set-output name=x::y',
  percent: '%0A%25',
} as const;

export const HOSTILE_FILE = 'hostile/genai-usage.yml';
/** A second file whose path itself is hostile. */
export const HOSTILE_PATH = 'evil <img src=x>|@octocat/[x](https://evil.example)/genai-usage.yml';

const everything = Object.values(HOSTILE).join(' ');
/** Use ids listed, in order, in the hostile report's P4 "Needs approval" cell. */
export const HOSTILE_USE_IDS = [
  HOSTILE.mention,
  HOSTILE.team,
  HOSTILE.link,
  HOSTILE.script,
  HOSTILE.pipe,
  HOSTILE.backticks,
  HOSTILE.comment,
  HOSTILE.long,
  HOSTILE.whitespace + HOSTILE.controls + HOSTILE.rtl,
  `${HOSTILE.bare} ${HOSTILE.www}`,
];
export const HOSTILE_REFS = [`[GENAI-1](https://evil.example) ${HOSTILE.team}`, HOSTILE.comment, HOSTILE.image + HOSTILE.emphasis];

const hostileUses: UseReport[] = HOSTILE_USE_IDS.map((id, i) =>
  use({
    id,
    summary: everything,
    line: 10 + i * 10,
    outcome: 'needs-approval',
    findings: [
      finding({
        rule: 'final-deliverable',
        principle: 'P4',
        status: 'needs-approval',
        message: `Tool "${HOSTILE.img} ${HOSTILE.mention} ${HOSTILE.bare}" output is final (${HOSTILE.command} ${HOSTILE.percent}).`,
        remedy: everything,
        paths: [{ path: 'tools[0].name', value: `${HOSTILE.script}${HOSTILE.comment}`, reason: 'match', line: 12 + i * 10, column: 15 }],
      }),
    ],
    approvals: [
      approval({
        ref: HOSTILE.link,
        status: 'invalid',
        problems: [diag({ code: 'approval-ref-format', message: `Reference ${HOSTILE.link} ${HOSTILE.team} is not valid.` })],
      }),
    ],
  }),
);

export const hostileReport: Report = report({
  files: [
    file({
      path: HOSTILE_FILE,
      production: { title: everything },
      uses: [
        ...hostileUses,
        use({
          id: HOSTILE.emoji,
          summary: everything,
          outcome: 'approved',
          findings: HOSTILE_REFS.map((ref, i) => finding({ rule: `rule-${i}`, principle: 'P1', status: 'approved', approval: ref, message: everything })),
          approvals: HOSTILE_REFS.map((ref) => approval({ ref, problems: [diag({ code: 'approval-expiring', message: everything })] })),
        }),
      ],
      warnings: [diag({ code: 'unknown-value', message: everything, line: 3, column: 3 })],
      removedUses: [HOSTILE.mention, HOSTILE.script],
    }),
    file({
      path: HOSTILE_PATH,
      status: 'invalid',
      errors: [diag({ code: 'yaml-syntax', message: everything, line: 2, column: 7 })],
    }),
  ],
  principles: [
    principle(NETFLIX, 1, 'No infringing output', { status: 'approved', approvedBy: HOSTILE_REFS }),
    principle(NETFLIX, 2, `Hostile ${HOSTILE.link} ${HOSTILE.mention} title | with pipe`),
    principle(NETFLIX, 3, 'Enterprise-secured tools'),
    principle(NETFLIX, 4, 'Temporary, not final', {
      status: 'needs-approval',
      needsApproval: HOSTILE_USE_IDS.map((id) => ({ file: HOSTILE_FILE, use: id })),
    }),
    principle(NETFLIX, 5, 'No talent or union replacement without consent'),
  ],
  errors: [diag({ code: 'ledger-unreadable', file: `ledger/${HOSTILE.script}.yml`, message: everything, line: 1, column: 1 })],
});

/** `n` uses that all need approval under P4: far more than any comment can hold. */
export function bigReport(n: number): Report {
  const path = 'productions/anthology/genai-usage.yml';
  const uses = Array.from({ length: n }, (_, i) =>
    use({
      id: `use-${String(i).padStart(5, '0')}`,
      summary: `Generated background plate number ${i} for the anthology's crowd scenes`,
      line: 10 + i * 20,
      outcome: 'needs-approval',
      findings: [
        finding({
          rule: 'final-deliverable',
          principle: 'P4',
          status: 'needs-approval',
          message: 'Generated video appears in the final deliverable (output.final is true).',
          remedy: 'Get written approval before generated material goes into the final cut.',
          paths: [{ path: 'output.final', value: true, reason: 'match', line: 20 + i * 20, column: 14 }],
        }),
      ],
    }),
  );
  return report({
    files: [file({ path, uses })],
    principles: netflixRows({
      4: { status: 'needs-approval', needsApproval: uses.map((u) => ({ file: path, use: u.id })) },
    }),
  });
}
