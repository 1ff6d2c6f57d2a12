// The hostile-input corpus: every entry is a file a pull request could commit as genai-usage.yml, and
// the exact result the CLI must give for it. Large inputs are generated here, at test time, into
// os.tmpdir(); nothing big is committed.

/** Lines 1–6; `uses:` is line 6. */
export const HEAD = 'format: genai-usage/v1\npolicies: [netflix-genai@1]\nproduction:\n  title: Hostile Test\n  id: PRD-0001\nuses:\n';

/**
 * One clear use starting on line 7: id 7, summary 8, stage 9, disclosed 10, tools 11, name 12,
 * enterprise 13, trains_on_inputs 14, inputs 15, output 16, kinds 17, final 18, prominence 19.
 */
export function useText(id = 'shot-1'): string {
  return [
    `  - id: ${id}`,
    '    summary: Moodboards for the harbour',
    '    stage: ideation',
    '    disclosed: 2026-01-10',
    '    tools:',
    '      - name: Image tool',
    '        enterprise: true',
    '        trains_on_inputs: false',
    '    inputs: [owned-cleared]',
    '    output:',
    '      kinds: [image]',
    '      final: false',
    '      prominence: none',
    '',
  ].join('\n');
}

export const VALID = HEAD + useText();

/** VALID with one exact snippet replaced (fails loudly if the snippet is not there). */
export function edit(from: string, to: string, base = VALID): string {
  if (!base.includes(from)) throw new Error(`corpus: "${from}" is not in the base declaration`);
  return base.replace(from, to);
}

export interface ExpectedError {
  code: string;
  message: string | RegExp;
  line?: number;
  column?: number;
}

export interface Case {
  name: string;
  content: () => string | Uint8Array;
  /** 0 pass, 1 a use needs approval or is blocked, 2 invalid. */
  exit: 0 | 1 | 2;
  /** The first error of the file (exit 2). */
  error?: ExpectedError;
  /** Use id → outcome, for the cases that must end in a decision. */
  outcomes?: Record<string, string>;
  /** Measure and report the CLI's peak RSS (in a child process of its own). */
  rss?: boolean;
  /**
   * Why the case runs in a child process of its own rather than in-process: one that could crash the
   * process (a stack overflow in deep nesting) or hang it (an alias bomb, hundreds of thousands of keys)
   * must fail as a process, not take the test worker down with it.
   */
  ownProcess?: 'crash' | 'hang';
}

const MB = 1024 * 1024;
const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const dup = (key: string, line: number, column: number): ExpectedError => ({ code: 'duplicate-key', message: `duplicate key \`${key}\`: each key may appear once in a mapping`, line, column });
const customTag = (tag: string, line: number, column: number): ExpectedError => ({ code: 'custom-tag', message: `tag ${tag} is not allowed: declarations are plain data`, line, column });

/** A use written on one line, aliases for the parts every use shares (keeps 100,000 uses under the size cap). */
function manyUses(count: number): string {
  const lines = [
    'format: genai-usage/v1',
    'policies: [netflix-genai@1]',
    'production: {title: Many uses, id: PRD-0001}',
    'uses:',
    '- {id: u0, summary: Shot, stage: ideation, disclosed: 2026-01-10, tools: &t [{name: X, enterprise: true, trains_on_inputs: false}], inputs: &i [owned-cleared], output: &o {kinds: [image], final: false, prominence: none}}',
  ];
  for (let i = 1; i < count; i++) lines.push(`- {id: u${i}, summary: Shot, stage: ideation, disclosed: 2026-01-10, tools: *t, inputs: *i, output: *o}`);
  return `${lines.join('\n')}\n`;
}

function manyKeys(count: number, line: (key: string) => string): string {
  let out = '';
  for (let i = 0; i < count; i++) out += line(`k${i}`);
  return out;
}

function billionLaughs(): string {
  const names = 'abcdefghi';
  let out = `${HEAD}${useText()}x-lol:\n  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n`;
  for (let i = 1; i < names.length; i++) {
    const prev = names[i - 1] as string;
    out += `  ${names[i]}: &${names[i]} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
  }
  return out;
}

function blockNesting(levels: number): string {
  let out = '';
  for (let i = 0; i < levels; i++) out += `${' '.repeat(i)}k:\n`;
  return out;
}

/**
 * Still quadratic, in code owned elsewhere (see docs/reliability.md): kept here, skipped, so the fix
 * can be proven by removing the skip. Each takes minutes today instead of about a second.
 */
export const KNOWN_SLOW: Case[] = [
  // ajv's generated code appends each item's errors with vErrors.concat(…): quadratic in errors.
  {
    name: '200,000 uses that are not mappings (uses: [1,1,1,…])',
    content: () => `${HEAD.replace('uses:\n', '')}uses: [${'1,'.repeat(199_999)}1]\n`,
    exit: 2,
    error: { code: 'wrong-type', message: 'uses[0]: must be a mapping; got 1' },
  },
];

export const CORPUS: Case[] = [
  // Rule ids are plain strings in the schema (not a $ref), so uniqueItems takes ajv's fast path.
  {
    name: 'an approval listing 200,000 rule ids',
    ownProcess: 'hang',
    content: () => `${VALID}    approvals:\n      - ref: GENAI-2026-0001\n        approved_on: 2026-06-01\n        rules: [${manyKeys(200_000, (k) => `r${k}, `)}last]\n`,
    exit: 0,
    outcomes: { 'shot-1': 'clear' },
  },
  // ------------------------------------------------------------------ shape of the file
  {
    name: 'empty file',
    content: () => '',
    exit: 2,
    error: { code: 'empty', message: 'file is empty: expected a mapping with `format: genai-usage/v2` (`genai-clearance init` writes a starter)', line: 1, column: 1 },
  },
  { name: 'only comments', content: () => '# genai-usage.yml\n# nothing here yet\n', exit: 2, error: { code: 'empty', message: /^file is empty/, line: 1, column: 1 } },
  { name: 'only a document marker', content: () => '---\n', exit: 2, error: { code: 'not-a-mapping', message: /^the file must be a mapping/, line: 1, column: 1 } },
  {
    name: 'a list instead of a mapping',
    content: () => '- format: genai-usage/v1\n- uses: []\n',
    exit: 2,
    error: { code: 'not-a-mapping', message: /^the file must be a mapping/, line: 1, column: 1 },
  },
  { name: 'a scalar instead of a mapping', content: () => 'genai-usage/v1\n', exit: 2, error: { code: 'not-a-mapping', message: /^the file must be a mapping/, line: 1, column: 1 } },
  {
    name: 'several documents',
    content: () => `${VALID}---\n${VALID}`,
    exit: 2,
    error: { code: 'multiple-documents', message: 'file holds 2 YAML documents; put everything in one', line: 20, column: 1 },
  },
  { name: 'a second document that is only a marker', content: () => `${VALID}---\n`, exit: 2, error: { code: 'multiple-documents', message: /^file holds 2 YAML documents/ } },

  // ------------------------------------------------------------------ duplicate keys, at every level
  { name: 'duplicate key: top level', content: () => `${VALID}uses: []\n`, exit: 2, error: dup('uses', 20, 1) },
  { name: 'duplicate key: production', content: () => edit('  id: PRD-0001\n', '  id: PRD-0001\n  title: Other\n'), exit: 2, error: dup('title', 6, 3) },
  { name: 'duplicate key: use', content: () => edit('    stage: ideation\n', '    stage: ideation\n    stage: marketing\n'), exit: 2, error: dup('stage', 10, 5) },
  { name: 'duplicate key: tool', content: () => edit('        enterprise: true\n', '        enterprise: true\n        enterprise: false\n'), exit: 2, error: dup('enterprise', 14, 9) },
  {
    name: 'duplicate key: output (final given twice, the safe value last)',
    content: () => edit('      final: false\n', '      final: true\n      final: false\n'),
    exit: 2,
    error: dup('final', 19, 7),
  },
  {
    name: 'duplicate key: flow mapping',
    content: () => edit('    inputs: [owned-cleared]\n', '    inputs: [owned-cleared]\n    audience: {could_mislead: true, could_mislead: false}\n'),
    exit: 2,
    error: dup('could_mislead', 16, 37),
  },
  {
    name: 'duplicate key: approval',
    content: () => `${VALID}    approvals:\n      - ref: GENAI-2026-0001\n        rules: [final-deliverable]\n        approved_on: 2026-06-01\n        rules: [key-creative-element]\n`,
    exit: 2,
    error: dup('rules', 24, 9),
  },
  { name: 'duplicate key: quoted and plain spelling of the same key', content: () => edit('      final: false\n', '      final: true\n      "final": false\n'), exit: 2, error: dup('final', 19, 7) },

  // ------------------------------------------------------------------ aliases, size and depth
  {
    name: 'alias bomb (billion laughs)',
    content: billionLaughs,
    exit: 2,
    error: { code: 'too-many-nodes', message: /^document expands to more than 5000000 values \(an alias bomb\?\)/ },
    ownProcess: 'hang',
  },
  {
    name: 'alias to an anchor that does not exist',
    content: () => edit('    tools:\n      - name: Image tool\n        enterprise: true\n        trains_on_inputs: false\n', '    tools: *nothing\n'),
    exit: 2,
    error: { code: 'yaml-syntax', message: /nothing/, line: 11 },
  },
  { name: '50 MB file', content: () => `${VALID}# ${'x'.repeat(50 * MB)}\n`, exit: 2, error: { code: 'too-large', message: 'file is larger than 16777216 bytes', line: 1, column: 1 }, rss: true },
  {
    name: '16 MB of 1,1,1,… (dense tokens inside the size cap)',
    ownProcess: 'hang',
    content: () => `${VALID}x: [${'1,'.repeat(8_000_000)}1]\n`,
    exit: 2,
    error: { code: 'too-large', message: /^file has more than 2000000 lines and YAML indicators/, line: 1, column: 1 },
  },
  { name: '2,000,001 comment lines', content: () => `${VALID}${'#\n'.repeat(2_000_001)}`, exit: 2, error: { code: 'too-large', message: /^file has more than 2000000 lines/ }, ownProcess: 'hang' },
  {
    name: '10,000-deep flow sequence [[[[',
    ownProcess: 'crash',
    content: () => `${VALID}x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
    exit: 2,
    error: { code: 'too-deep', message: 'nesting is deeper than 64 levels', line: 1, column: 1 },
  },
  {
    name: '10,000-deep flow mapping {a: {a:',
    ownProcess: 'crash',
    content: () => `${VALID}x: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`,
    exit: 2,
    error: { code: 'too-deep', message: 'nesting is deeper than 64 levels' },
  },
  { name: '10,000 unclosed brackets', content: () => `${VALID}x: ${'['.repeat(10_000)}\n`, exit: 2, error: { code: 'too-deep', message: 'nesting is deeper than 64 levels' }, ownProcess: 'crash' },
  {
    name: '10,000-deep block indentation (50 MB: one space per level)',
    content: () => blockNesting(10_000),
    exit: 2,
    error: { code: 'too-large', message: 'file is larger than 16777216 bytes' },
    ownProcess: 'crash',
  },
  {
    name: '5,000-deep block indentation inside the size cap',
    ownProcess: 'crash',
    content: () => blockNesting(5_000),
    exit: 2,
    error: { code: 'too-deep', message: /^nesting is (too deep to read|deeper than 64 levels)$/ },
  },
  {
    name: '10,000-deep compact block sequences - - - -',
    ownProcess: 'crash',
    content: () => `${'- '.repeat(10_000)}x\n`,
    exit: 2,
    error: { code: 'too-deep', message: /^nesting is (too deep to read|deeper than 64 levels)$/ },
  },
  { name: '70-deep block mappings (just over the limit)', content: () => `${VALID}${blockNesting(70)}`, exit: 2, error: { code: 'too-deep', message: /^nesting is deeper than 64 levels/ } },
  {
    name: 'alias that nests a deep anchor deeper than the limit',
    content: () => `${VALID}x:\n${Array.from({ length: 70 }, (_, i) => `  b${i}: &b${i} [${i === 0 ? '1' : `*b${i - 1}`}]`).join('\n')}\n`,
    exit: 2,
    error: { code: 'too-deep', message: /^alias \*b\d+ nests deeper than 64 levels/ },
  },
  {
    name: '1 MB summary',
    content: () => edit('summary: Moodboards for the harbour', `summary: ${'x'.repeat(MB)}`),
    exit: 2,
    error: { code: 'invalid-value', message: /^uses\[0\]\.summary: has \d+ characters; at most 2000 characters are allowed$/, line: 8, column: 14 },
  },
  { name: '1 MB comment (a valid file)', content: () => `# ${'x'.repeat(MB)}\n${VALID}`, exit: 0, outcomes: { 'shot-1': 'clear' } },
  { name: '1 MB key', content: () => edit('    stage: ideation\n', `    stage: ideation\n    ${'k'.repeat(MB)}: 1\n`), exit: 2, error: { code: 'yaml-syntax', message: /1024/, line: 10 } },

  // ------------------------------------------------------------------ encodings and characters
  { name: 'UTF-8 BOM (a valid file)', content: () => `\uFEFF${VALID}`, exit: 0, outcomes: { 'shot-1': 'clear' } },
  {
    name: 'UTF-8 BOM: error positions are not shifted',
    content: () => `\uFEFF${edit('    stage: ideation', '    stage: ideaton')}`,
    exit: 2,
    error: { code: 'invalid-value', message: /did you mean `ideation`/, line: 9, column: 12 },
  },
  { name: 'CRLF line endings (a valid file)', content: () => VALID.replace(/\n/g, '\r\n'), exit: 0, outcomes: { 'shot-1': 'clear' } },
  {
    name: 'CRLF line endings: error positions',
    content: () => edit('    stage: ideation', '    stage: ideaton').replace(/\n/g, '\r\n'),
    exit: 2,
    error: { code: 'invalid-value', message: /did you mean `ideation`/, line: 9, column: 12 },
  },
  {
    name: 'invalid UTF-8 (lone continuation byte)',
    content: () => bytes(HEAD, '  - id: caf', [0xc3, 0x28], '\n'),
    exit: 2,
    error: { code: 'invalid-utf8', message: `file is not valid UTF-8 (first bad byte at offset ${Buffer.byteLength(`${HEAD}  - id: caf`)})`, line: 7, column: 12 },
  },
  {
    name: 'invalid UTF-8 (overlong encoding of /)',
    content: () => bytes(HEAD, '  - id: a', [0xc0, 0xaf], '\n'),
    exit: 2,
    error: { code: 'invalid-utf8', message: /^file is not valid UTF-8/, line: 7, column: 10 },
  },
  {
    name: 'invalid UTF-8 (encoded surrogate half)',
    content: () => bytes(HEAD, '  - id: a', [0xed, 0xa0, 0x80], '\n'),
    exit: 2,
    error: { code: 'invalid-utf8', message: /^file is not valid UTF-8/, line: 7 },
  },
  {
    name: 'invalid UTF-8 (truncated sequence at the end)',
    content: () => bytes(VALID, [0xe2, 0x82]),
    exit: 2,
    error: { code: 'invalid-utf8', message: /^file is not valid UTF-8/, line: 20, column: 1 },
  },
  {
    name: 'UTF-16 file',
    content: () => Buffer.from(`\uFEFF${VALID}`, 'utf16le'),
    exit: 2,
    error: { code: 'invalid-utf8', message: 'file is not valid UTF-8 (first bad byte at offset 0)', line: 1, column: 1 },
  },
  {
    name: 'NUL byte',
    content: () => edit('Moodboards for the harbour', 'Moodboards\u0000for the harbour'),
    exit: 2,
    error: { code: 'control-character', message: 'control character U+0000 is not allowed', line: 8, column: 24 },
  },
  {
    name: 'ESC (terminal escape)',
    content: () => edit('Moodboards for the harbour', 'Moodboards \u001b[31mred'),
    exit: 2,
    error: { code: 'control-character', message: 'control character U+001B is not allowed', line: 8, column: 25 },
  },
  { name: 'lone CR line endings', content: () => VALID.replace(/\n/g, '\r'), exit: 2, error: { code: 'control-character', message: /^line break U\+000D is not allowed/ } },

  // ------------------------------------------------------------------ keys that are object internals
  {
    name: '__proto__ at the top level',
    content: () => `__proto__: {polluted: true}\n${VALID}`,
    exit: 2,
    error: { code: 'unknown-key', message: 'unknown key `__proto__` in (top level)', line: 1, column: 1 },
  },
  {
    name: '__proto__ in a use',
    content: () => edit('    stage: ideation\n', '    stage: ideation\n    __proto__: {final: true}\n'),
    exit: 2,
    error: { code: 'unknown-key', message: 'unknown key `__proto__` in uses[0]', line: 10, column: 5 },
  },
  {
    name: '__proto__ in output (to shadow final)',
    content: () => edit('      final: false\n', '      final: false\n      __proto__: {final: true}\n'),
    exit: 2,
    error: { code: 'unknown-key', message: 'unknown key `__proto__` in uses[0].output', line: 19, column: 7 },
  },
  {
    name: 'constructor / prototype keys',
    content: () => `constructor: {prototype: {polluted: true}}\n${VALID}`,
    exit: 2,
    error: { code: 'unknown-key', message: 'unknown key `constructor` in (top level)', line: 1, column: 1 },
  },
  {
    name: 'prototype key in a tool',
    content: () => edit('        enterprise: true\n', '        enterprise: true\n        prototype: {}\n'),
    exit: 2,
    error: { code: 'unknown-key', message: 'unknown key `prototype` in uses[0].tools[0]', line: 14, column: 9 },
  },

  // ------------------------------------------------------------------ tags
  {
    name: 'tag !!js/function',
    content: () => edit('    summary: Moodboards for the harbour', '    summary: !!js/function "function () { return 1 }"'),
    exit: 2,
    error: customTag('!!js/function', 8, 14),
  },
  { name: 'tag !!js/undefined', content: () => edit('      final: false', '      final: !!js/undefined ~'), exit: 2, error: customTag('!!js/undefined', 18, 14) },
  { name: 'tag !!binary', content: () => edit('    summary: Moodboards for the harbour', '    summary: !!binary aGVsbG8='), exit: 2, error: customTag('!!binary', 8, 14) },
  { name: 'tag !custom', content: () => edit('    summary: Moodboards for the harbour', '    summary: !custom Moodboards'), exit: 2, error: customTag('!custom', 8, 14) },
  { name: 'tag !!python/object on a mapping', content: () => edit('    output:\n', '    output: !!python/object:os.system\n'), exit: 2, error: customTag('!!python/object:os.system', 16, 13) },
  {
    name: 'verbatim tag !<tag:yaml.org,2002:js/function>',
    content: () => edit('    summary: Moodboards for the harbour', '    summary: !<tag:yaml.org,2002:js/function> x'),
    exit: 2,
    error: { code: 'custom-tag', message: /^tag !!js\/function is not allowed/, line: 8 },
  },
  { name: 'tag !!set', content: () => edit('    inputs: [owned-cleared]', '    inputs: !!set {owned-cleared}'), exit: 2, error: customTag('!!set', 15, 13) },
  { name: 'tag !!str is core YAML (a valid file)', content: () => edit('    disclosed: 2026-01-10', '    disclosed: !!str 2026-01-10'), exit: 0, outcomes: { 'shot-1': 'clear' } },

  // ------------------------------------------------------------------ wrong types and YAML 1.1 habits
  {
    name: 'number where a string belongs (summary)',
    content: () => edit('summary: Moodboards for the harbour', 'summary: 42'),
    exit: 2,
    error: { code: 'wrong-type', message: 'uses[0].summary: must be a string; got 42', line: 8, column: 14 },
  },
  { name: 'number as a use id', content: () => edit('  - id: shot-1', '  - id: 123'), exit: 2, error: { code: 'wrong-type', message: 'uses[0].id: must be a string; got 123', line: 7, column: 9 } },
  {
    name: 'number as a production title',
    content: () => edit('  title: Hostile Test', '  title: 1.5'),
    exit: 2,
    error: { code: 'wrong-type', message: 'production.title: must be a string; got 1.5', line: 4, column: 10 },
  },
  {
    name: 'number as a policy',
    content: () => edit('policies: [netflix-genai@1]', 'policies: [1]'),
    exit: 2,
    error: { code: 'wrong-type', message: 'policies[0]: must be a string; got 1', line: 2, column: 12 },
  },
  {
    name: 'number as a date',
    content: () => edit('disclosed: 2026-01-10', 'disclosed: 20260110'),
    exit: 2,
    error: { code: 'invalid-value', message: /^uses\[0\]\.disclosed: got 20260110/, line: 10, column: 16 },
  },
  {
    name: 'YAML 1.1 boolean `no` is not false',
    content: () => edit('      final: false', '      final: no'),
    exit: 2,
    error: { code: 'invalid-value', message: /^uses\[0\]\.output\.final: must be one of true, false, unknown; got "no"/, line: 18, column: 14 },
  },
  {
    name: 'YAML 1.1 boolean `yes` is not true',
    content: () => edit('        enterprise: true', '        enterprise: yes'),
    exit: 2,
    error: { code: 'invalid-value', message: /^uses\[0\]\.tools\[0\]\.enterprise: must be one of true, false, unknown; got "yes"/, line: 13, column: 21 },
  },
  { name: 'quoted "false" is a string', content: () => edit('      final: false', '      final: "false"'), exit: 2, error: { code: 'invalid-value', message: /got "false"/, line: 18, column: 14 } },
  {
    name: 'null tri-state',
    content: () => edit('      final: false', '      final: ~'),
    exit: 2,
    error: { code: 'invalid-value', message: /^uses\[0\]\.output\.final: must be one of true, false, unknown; got null/, line: 18, column: 14 },
  },
  { name: 'TRUE is YAML 1.2 true: the use escalates', content: () => edit('      final: false', '      final: TRUE'), exit: 1, outcomes: { 'shot-1': 'needs-approval' } },
  { name: 'a number as a tri-state', content: () => edit('      final: false', '      final: 0'), exit: 2, error: { code: 'invalid-value', message: /got 0/, line: 18, column: 14 } },

  // ------------------------------------------------------------------ dates in odd forms
  {
    name: 'date without zero padding 2026-1-5',
    content: () => edit('2026-01-10', '2026-1-5'),
    exit: 2,
    error: {
      code: 'invalid-value',
      message: 'uses[0].disclosed: got "2026-1-5", expected the date the platform contact was told about this use (YYYY-MM-DD), or `false` if not yet',
      line: 10,
      column: 16,
    },
  },
  {
    name: 'impossible date 2026-02-30',
    content: () => edit('2026-01-10', '2026-02-30'),
    exit: 2,
    error: { code: 'invalid-date', message: 'uses[0].disclosed: 2026-02-30 is not a calendar date', line: 10, column: 16 },
  },
  {
    name: 'month 13',
    content: () => edit('2026-01-10', '2026-13-01'),
    exit: 2,
    error: { code: 'invalid-date', message: 'uses[0].disclosed: 2026-13-01 is not a calendar date', line: 10, column: 16 },
  },
  {
    name: '29 February of a common year',
    content: () => edit('2026-01-10', '2025-02-29'),
    exit: 2,
    error: { code: 'invalid-date', message: 'uses[0].disclosed: 2025-02-29 is not a calendar date', line: 10, column: 16 },
  },
  {
    name: 'timestamp with a time',
    content: () => edit('2026-01-10', '2026-01-10T10:00:00Z'),
    exit: 2,
    error: { code: 'invalid-value', message: /^uses\[0\]\.disclosed: got "2026-01-10T10:00:00Z", expected the date the platform contact was told about this use \(YYYY-MM-DD\)/, line: 10, column: 16 },
  },
  {
    name: 'timestamp with a space and an offset',
    content: () => edit('2026-01-10', '2026-01-10 10:00:00 +01:00'),
    exit: 2,
    error: { code: 'invalid-value', message: /^uses\[0\]\.disclosed: got "2026-01-10 10:00:00 \+01:00"/, line: 10, column: 16 },
  },
  { name: 'tag !!timestamp', content: () => edit('2026-01-10', '!!timestamp 2026-01-10'), exit: 2, error: customTag('!!timestamp', 10, 16) },
  {
    name: 'full-width digits in a date',
    content: () => edit('2026-01-10', '２０２６-01-10'),
    exit: 2,
    error: { code: 'invalid-value', message: /^uses\[0\]\.disclosed: got "２０２６-01-10"/, line: 10, column: 16 },
  },
  {
    name: 'approval dated 2026-02-30 cannot clear anything',
    content: () => `${edit('      final: false', '      final: true')}    approvals:\n      - ref: GENAI-2026-0001\n        rules: [final-deliverable]\n        approved_on: 2026-02-30\n`,
    exit: 2,
    error: { code: 'invalid-date', message: 'uses[0].approvals[0].approved_on: 2026-02-30 is not a calendar date', line: 23, column: 22 },
  },

  // ------------------------------------------------------------------ Unicode look-alikes
  {
    name: 'Cyrillic а in a use id',
    content: () => edit('  - id: shot-1', '  - id: shot-\u0430'),
    exit: 2,
    error: { code: 'invalid-value', message: 'uses[0].id: got "shot-а", expected lower-case letters, digits and hyphens', line: 7, column: 9 },
  },
  {
    name: 'zero-width space in a use id',
    content: () => edit('  - id: shot-1', '  - id: shot\u200B-1'),
    exit: 2,
    error: { code: 'invalid-value', message: /^uses\[0\]\.id: got "shot\u200B-1"/, line: 7, column: 9 },
  },
  {
    name: 'Cyrillic і in the key `final` (hiding final: true)',
    content: () => edit('      final: false', '      f\u0456nal: true'),
    exit: 2,
    error: { code: 'missing-field', message: 'uses[0].output: missing required field `final`', line: 17 },
  },
  {
    name: 'Cyrillic а in a policy name',
    content: () => edit('netflix-genai@1', 'netflix-gen\u0430i@1'),
    exit: 2,
    error: { code: 'invalid-value', message: /^policies\[0\]: got "netflix-genаi@1"/, line: 2, column: 12 },
  },
  {
    name: 'Cyrillic е in an approval rule id',
    content: () => `${edit('      final: false', '      final: true')}    approvals:\n      - ref: GENAI-2026-0001\n        rules: [final-d\u0435liverable]\n        approved_on: 2026-06-01\n`,
    exit: 2,
    error: { code: 'invalid-value', message: /^uses\[0\]\.approvals\[0\]\.rules\[0\]: got "final-dеliverable"/, line: 22, column: 17 },
  },
  {
    name: 'Cyrillic О in an approval reference: the approval clears nothing',
    content: () => `${edit('      final: false', '      final: true')}    approvals:\n      - ref: GENAI-2026-0\u041e01\n        rules: [final-deliverable]\n        approved_on: 2026-06-01\n`,
    exit: 1,
    outcomes: { 'shot-1': 'needs-approval' },
  },
  {
    name: 'full-width approval reference clears nothing',
    content: () => `${edit('      final: false', '      final: true')}    approvals:\n      - ref: ＧＥＮＡＩ-2026-0001\n        rules: [final-deliverable]\n        approved_on: 2026-06-01\n`,
    exit: 1,
    outcomes: { 'shot-1': 'needs-approval' },
  },
  {
    name: 'the same approval in ASCII does clear it (control for the two above)',
    content: () => `${edit('      final: false', '      final: true')}    approvals:\n      - ref: GENAI-2026-0001\n        rules: [final-deliverable]\n        approved_on: 2026-06-01\n`,
    exit: 0,
    outcomes: { 'shot-1': 'approved' },
  },

  // ------------------------------------------------------------------ volume, and shapes that were quadratic
  {
    name: '200,000 keys in one block mapping',
    ownProcess: 'hang',
    content: () => `${VALID}x-many:\n${manyKeys(200_000, (k) => `  ${k}: 1\n`)}`,
    exit: 2,
    error: { code: 'unknown-key', message: 'unknown key `x-many` in (top level)', line: 20, column: 1 },
  },
  {
    name: '200,000 keys in one flow mapping',
    ownProcess: 'hang',
    content: () => `${VALID}x-many: {${manyKeys(200_000, (k) => `${k}: 1, `)}last: 1}\n`,
    exit: 2,
    error: { code: 'unknown-key', message: 'unknown key `x-many` in (top level)', line: 20, column: 1 },
  },
  {
    name: '200,000 unknown keys at the top level (200,000 positioned errors)',
    ownProcess: 'hang',
    content: () => `${VALID}${manyKeys(200_000, (k) => `${k}: 1\n`)}`,
    exit: 2,
    error: { code: 'unknown-key', message: 'unknown key `k0` in (top level)', line: 20, column: 1 },
  },
  {
    name: '100,000 uses',
    content: () => manyUses(100_000),
    exit: 2,
    error: { code: 'invalid-value', message: 'uses: has 100000 items; at most 50000 items are allowed', line: 5, column: 1 },
    rss: true,
  },
];
