// Every message the YAML and schema layers can give, as the line a production team reads in the
// terminal: `genai-usage.yml:LINE:COLUMN: error: MESSAGE (code)`, through `genai-clearance check`, on a
// real file made from a valid declaration with one mistake in it. Each fix the message names is then
// applied and the file passes (the honest twin): a message that names the wrong fix fails here.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemTexts, parse } from '../render/md-tree.js';
import { cliIn } from './in-process.js';

const VALID = `format: genai-usage/v2
policies: [netflix-genai@3]
production:
  title: Harbour Lights
  work: scripted
uses:
  - id: moodboards
    summary: Moodboards for the look of the harbour
    stage: ideation
    disclosed: 2026-01-10
    tools:
      - name: Image generator
        enterprise: true
        trains_on_inputs: false
    inputs: [owned-cleared]
    training: none
    output:
      kinds: [image]
      final: false
      prominence: none
`;

function edit(from: string, to: string): string {
  if (!VALID.includes(from)) throw new Error(`the valid declaration has no ${from}`);
  return VALID.replace(from, to);
}

/** The error lines `check` prints for this text as genai-usage.yml. */
function errorLines(text: string | Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'genai-messages-'));
  writeFileSync(join(dir, 'genai-usage.yml'), text);
  const r = cliIn(['check', 'genai-usage.yml', '--today', '2026-03-01'], dir);
  return r.stdout.split('\n').filter((l) => l.includes(': error: '));
}

const passes = (text: string) => expect(errorLines(text)).toEqual([]);

interface Case {
  name: string;
  text: string | Buffer;
  lines: string[];
  /** The file with the fix the message names applied. */
  fixed?: string;
}

const YAML: Case[] = [
  {
    name: 'a key indented one space too far',
    text: edit('    summary:', '     summary:'),
    lines: ['genai-usage.yml:8:6: error: indentation: `summary` is indented 5 spaces, which matches no line above it: indent it 4 spaces, like `id` on line 7 (indentation)'],
    fixed: VALID,
  },
  {
    name: 'a key indented deeper under a value',
    text: edit('    stage:', '      stage:'),
    lines: ['genai-usage.yml:9:7: error: indentation: `stage` is indented 6 spaces, which matches no line above it: indent it 4 spaces, like `summary` on line 8 (indentation)'],
    fixed: VALID,
  },
  {
    name: 'a key indented one space short',
    text: edit('    training:', '   training:'),
    lines: ['genai-usage.yml:16:4: error: indentation: `training` is indented 3 spaces, which matches no line above it: indent it 4 spaces, like `inputs` on line 15 (indentation)'],
    fixed: VALID,
  },
  {
    name: 'a list item out of line',
    text: `${VALID}  - id: second\n   - id: third\n`,
    lines: ['genai-usage.yml:22:4: error: indentation: the list item `- id` is indented 3 spaces, which matches no line above it: indent it 2 spaces, like the item on line 21 (indentation)'],
  },
  {
    name: 'a top-level key indented',
    text: edit('policies:', ' policies:'),
    lines: ['genai-usage.yml:2:2: error: indentation: `policies` is indented 1 space, which matches no line above it: start it at the beginning of the line, like `format` on line 1 (indentation)'],
    fixed: VALID,
  },
  {
    name: 'a `: ` inside an unquoted value',
    text: edit('Moodboards for the look of the harbour', 'Harbour: the look'),
    lines: ['genai-usage.yml:8:14: error: a `: ` inside an unquoted value starts another mapping; put the value in quotes: summary: "Harbour: the look" (yaml-syntax)'],
    fixed: edit('Moodboards for the look of the harbour', '"Harbour: the look"'),
  },
  {
    name: 'tabs for indentation',
    text: VALID.replace(/^ {4}(?=summary|stage)/gm, '\t'),
    lines: ['genai-usage.yml:8:1: error: YAML forbids tabs for indentation; use spaces (2 lines are indented with tabs) (tab-indentation)'],
    fixed: VALID,
  },
  {
    name: 'a key given twice',
    text: edit('    stage: ideation\n', '    stage: ideation\n    stage: production\n'),
    lines: ['genai-usage.yml:10:5: error: duplicate key `stage`: each key may appear once in a mapping (duplicate-key)'],
    fixed: VALID,
  },
  {
    name: 'two documents',
    text: `${VALID}---\nother: 1\n`,
    lines: ['genai-usage.yml:21:1: error: file holds 2 YAML documents; put everything in one (multiple-documents)'],
    fixed: VALID,
  },
  { name: 'an empty file', text: '', lines: ['genai-usage.yml:1:1: error: file is empty: expected a mapping with `format: genai-usage/v2` (`genai-clearance init` writes a starter) (empty)'] },
  {
    name: 'a document with no content',
    text: '---\n',
    lines: ['genai-usage.yml:1:1: error: the file must be a mapping with `format: genai-usage/v2`, `policies`, `production` and `uses` (not-a-mapping)'],
  },
  {
    name: 'a list where the file must be a mapping',
    text: '- format: genai-usage/v2\n',
    lines: ['genai-usage.yml:1:1: error: the file must be a mapping with `format: genai-usage/v2`, `policies`, `production` and `uses` (not-a-mapping)'],
  },
  {
    name: 'an alias with no anchor',
    text: edit('inputs: [owned-cleared]', 'inputs: *cleared'),
    lines: ['genai-usage.yml:15:13: error: alias *cleared has no anchor before it (yaml-syntax)'],
    fixed: VALID,
  },
  {
    name: 'a custom tag',
    text: edit('final: false', 'final: !!python/object false'),
    lines: ['genai-usage.yml:19:14: error: tag !!python/object is not allowed: declarations are plain data (custom-tag)'],
    fixed: VALID,
  },
  {
    name: 'a mapping as a key',
    text: edit('    training: none\n', '    ? { a: 1 }\n    : none\n'),
    lines: ['genai-usage.yml:16:7: error: mapping keys must be plain strings (complex-key)'],
    fixed: VALID,
  },
  {
    name: 'a %YAML 1.1 directive',
    text: `%YAML 1.1\n---\n${VALID}`,
    lines: ['genai-usage.yml:1:1: error: %YAML 1.1 is not supported: declarations are YAML 1.2 (where `no` is text, never false); remove the directive (yaml-version)'],
    fixed: VALID,
  },
  {
    name: 'a control character',
    text: edit('Moodboards', 'Mood\u0007boards'),
    lines: ['genai-usage.yml:8:18: error: control character U+0007 is not allowed (control-character)'],
    fixed: VALID,
  },
  {
    name: 'a bidirectional control character',
    text: edit('Moodboards', 'Mood\u202Eboards'),
    lines: ['genai-usage.yml:8:18: error: bidirectional control character U+202E is not allowed: it makes the text display in another order than it is read and checked (control-character)'],
    fixed: VALID,
  },
  {
    name: 'a lone carriage return',
    text: edit('Moodboards for', 'Moodboards\rfor'),
    lines: [
      'genai-usage.yml:8:24: error: line break U+000D is not allowed: some viewers break the line there and others do not, so what a reviewer reads could differ from what is checked; use a plain line break (LF or CR LF) (control-character)',
    ],
    fixed: VALID,
  },
  {
    name: 'bytes that are not UTF-8',
    text: Buffer.concat([Buffer.from('format: genai-usage/v2\n# caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
    lines: ['genai-usage.yml:2:6: error: file is not valid UTF-8 (first bad byte at offset 28) (invalid-utf8)'],
  },
  {
    name: 'an unclosed mapping',
    text: edit('kinds: [image]', 'kinds: { a: 1'),
    lines: ['genai-usage.yml:18:14: error: the mapping opened with `{` on line 18 is not closed: end it with `}` (yaml-syntax)'],
  },
  {
    name: 'an unclosed list',
    text: edit('kinds: [image]', 'kinds: [image'),
    lines: ['genai-usage.yml:18:14: error: the list opened with `[` on line 18 is not closed: end it with `]` (yaml-syntax)'],
    fixed: VALID,
  },
];

const SCHEMA: Case[] = [
  {
    name: '`disclosed: yes` asks for a date, once',
    text: edit('disclosed: 2026-01-10', 'disclosed: yes'),
    lines: ['genai-usage.yml:10:16: error: uses[0].disclosed: got "yes", expected the date the platform contact was told about this use (YYYY-MM-DD), or `false` if not yet (invalid-value)'],
    fixed: VALID,
  },
  {
    name: '`enterprise: yes` suggests true',
    text: edit('enterprise: true', 'enterprise: yes'),
    lines: ['genai-usage.yml:13:21: error: uses[0].tools[0].enterprise: must be one of true, false, unknown; got "yes"; did you mean `true`? (invalid-value)'],
    fixed: VALID,
  },
  {
    name: '`trains_on_inputs: off` suggests false',
    text: edit('trains_on_inputs: false', 'trains_on_inputs: off'),
    lines: ['genai-usage.yml:14:27: error: uses[0].tools[0].trains_on_inputs: must be one of true, false, unknown; got "off"; did you mean `false`? (invalid-value)'],
    fixed: VALID,
  },
  {
    name: '`kinds: image` suggests [image]',
    text: edit('kinds: [image]', 'kinds: image'),
    lines: ['genai-usage.yml:18:14: error: uses[0].output.kinds: must be a list; got "image"; write `[image]` for a list of one (wrong-type)'],
    fixed: VALID,
  },
  {
    name: 'a misspelt value',
    text: edit('stage: ideation', 'stage: ideaton'),
    lines: [
      'genai-usage.yml:9:12: error: uses[0].stage: must be one of ideation, pre-production, production, post-production, marketing, localization; got "ideaton"; did you mean `ideation`? (invalid-value)',
    ],
    fixed: VALID,
  },
  {
    name: 'a misspelt key',
    text: edit('    training: none', '    trainig: none'),
    lines: ['genai-usage.yml:16:5: error: unknown key `trainig` in uses[0]; did you mean `training`? (unknown-key)'],
    fixed: VALID,
  },
  {
    name: 'a missing field',
    text: edit('    stage: ideation\n', ''),
    lines: ['genai-usage.yml:7:5: error: uses[0]: missing required field `stage` (missing-field)'],
    fixed: VALID,
  },
  {
    name: 'a wrong format',
    text: edit('format: genai-usage/v2', 'format: genai-usage/v3'),
    lines: ['genai-usage.yml:1:9: error: format: must be "genai-usage/v2"; got "genai-usage/v3" (invalid-value)'],
    fixed: VALID,
  },
  {
    name: 'a date that is not a date',
    text: edit('disclosed: 2026-01-10', 'disclosed: 2026-1-10'),
    lines: ['genai-usage.yml:10:16: error: uses[0].disclosed: got "2026-1-10", expected the date the platform contact was told about this use (YYYY-MM-DD), or `false` if not yet (invalid-value)'],
    fixed: VALID,
  },
  {
    name: 'an id that is not a slug',
    text: edit('id: moodboards', 'id: Mood Boards'),
    lines: [expect.stringMatching(/^genai-usage\.yml:7:9: error: uses\[0\]\.id: got "Mood Boards", expected .+ \(invalid-value\)$/) as unknown as string],
    fixed: VALID,
  },
  {
    name: 'the same item twice',
    text: edit('kinds: [image]', 'kinds: [image, image]'),
    lines: ['genai-usage.yml:18:14: error: uses[0].output.kinds: lists the same item twice (duplicate-item)'],
    fixed: VALID,
  },
  {
    name: 'an empty title',
    text: edit('title: Harbour Lights', 'title: ""'),
    lines: ['genai-usage.yml:4:10: error: production.title: must not be empty (invalid-value)'],
    fixed: VALID,
  },
  {
    name: 'a summary that is too long',
    text: edit('Moodboards for the look of the harbour', 'x'.repeat(2001)),
    lines: ['genai-usage.yml:8:14: error: uses[0].summary: has 2001 characters; at most 2000 characters are allowed (invalid-value)'],
    fixed: VALID,
  },
  {
    name: 'an empty list where one item is needed',
    text: edit('policies: [netflix-genai@3]', 'policies: []'),
    lines: ['genai-usage.yml:2:11: error: policies: must list at least 1 item (invalid-value)'],
    fixed: VALID,
  },
];

describe('the messages of the YAML layer, as a production team reads them', () => {
  it('the valid declaration they are made from passes', () => passes(VALID));
  for (const c of YAML) {
    it(c.name, () => {
      expect(errorLines(c.text)).toEqual(c.lines);
      if (c.fixed) passes(c.fixed);
    });
  }
});

describe('the messages of the schema layer, as a production team reads them', () => {
  for (const c of SCHEMA) {
    it(c.name, () => {
      expect(errorLines(c.text)).toEqual(c.lines);
      if (c.fixed) passes(c.fixed);
    });
  }
});

describe('an approval naming a rule no pack defines', () => {
  it('gets a did-you-mean with the rule it was probably meant to be', () => {
    const text = `${edit('      final: false', '      final: true')}    approvals:\n      - ref: GENAI-2026-0001\n        rules: [final-deliverabel]\n        approved_on: 2026-02-01\n`;
    const dir = mkdtempSync(join(tmpdir(), 'genai-messages-'));
    writeFileSync(join(dir, 'genai-usage.yml'), text);
    const r = cliIn(['check', 'genai-usage.yml', '--today', '2026-03-01'], dir);
    expect(r.stdout).toContain(
      'genai-usage.yml:22:9: warning: approval GENAI-2026-0001: lists rule `final-deliverabel`, which no pack this declaration is judged by defines; it clears nothing; did you mean `final-deliverable`? (unknown-rule)',
    );
    // The reference once per sentence, in the terminal and in the pull-request comment as GitHub reads it.
    const comment = cliIn(['check', 'genai-usage.yml', '--today', '2026-03-01', '--format', 'markdown'], dir).stdout;
    const sentences = itemTexts(parse(comment))
      .join('\n')
      .split(/(?<=[.;])\s|\n/)
      .filter((t) => t.includes('final-deliverabel'));
    expect(sentences.length).toBeGreaterThan(0);
    for (const t of [...sentences, ...r.stdout.split('\n').filter((l) => l.includes('final-deliverabel'))]) expect(t.split('GENAI-2026-0001').length - 1).toBeLessThanOrEqual(1);
    // The twin: the rule spelt right is approved.
    writeFileSync(join(dir, 'genai-usage.yml'), text.replace('final-deliverabel', 'final-deliverable'));
    expect(cliIn(['check', 'genai-usage.yml', '--today', '2026-03-01'], dir).code).toBe(0);
  });
});
