// What a production team sees for the YAML mistakes people actually make: one plain, positioned
// message, and never a value read differently from what YAML 1.2 says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../src/parse/yaml-source.js';
import { evaluateYaml, ROOT } from '../helpers.js';

const STARTER = readFileSync(join(ROOT, 'examples/m1-ideation/genai-usage.yml'), 'utf8');

describe('%YAML directives', () => {
  it('refuses %YAML 1.1 at its line, so `final: no` can never be read as false', () => {
    const text = `# a comment first\n%YAML 1.1\n---\n${STARTER.replace(/final: false/, 'final: no')}`;
    const parsed = parseYamlSource(text);
    expect(parsed.errors).toEqual([expect.objectContaining({ line: 2, column: 1, code: 'yaml-version' })]);
    expect(parsed.errors[0]?.message).toMatch(/^%YAML 1\.1 is not supported: declarations are YAML 1\.2/);
    const report = evaluateYaml(text);
    expect(report.counts.invalid).toBe(1);
    expect(report.decision).toBe('fail');
  });

  it('refuses any version other than 1.2, and a directive without one', () => {
    for (const [directive, shown] of [
      ['%YAML 1.3', '%YAML 1.3'],
      ['%YAML 2.0', '%YAML 2.0'],
      ['%YAML', '%YAML without a version'],
    ] as const) {
      const parsed = parseYamlSource(`${directive}\n---\na: 1\n`);
      expect(parsed.errors.map((e) => e.code)).toEqual(['yaml-version']);
      expect(parsed.errors[0]?.message.startsWith(`${shown} is not supported`)).toBe(true);
    }
  });

  it('accepts %YAML 1.2, under which `no` stays text', () => {
    const parsed = parseYamlSource('%YAML 1.2\n---\nfinal: no\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.value).toEqual({ final: 'no' });
  });

  it('leaves a `%` inside the document alone', () => {
    expect(parseYamlSource('a: 1\nb: |\n  %YAML 1.1 is only text here\n').errors).toEqual([]);
  });
});

describe('tabs', () => {
  it('a tab-indented file gets one error at the first tab, saying to use spaces', () => {
    const text = STARTER.replace(/^( {2})+/gm, (m) => '\t'.repeat(m.length / 2));
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.startsWith('\t')) + 1;
    const count = lines.filter((l) => /^\t+[^\s#]/.test(l)).length;
    const parsed = parseYamlSource(text);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).toMatchObject({ line: first, column: 1, code: 'tab-indentation' });
    expect(parsed.errors[0]?.message).toBe(`YAML forbids tabs for indentation; use spaces (${count} lines are indented with tabs)`);
  });

  it('one tab-indented line', () => {
    const parsed = parseYamlSource('production:\n\ttitle: T\n');
    expect(parsed.errors).toEqual([{ line: 2, column: 1, code: 'tab-indentation', message: 'YAML forbids tabs for indentation; use spaces' }]);
  });
});

describe('an unquoted colon in a value', () => {
  it('shows the line with the value quoted', () => {
    const parsed = parseYamlSource('production:\n  title: Dune: Part Two\n');
    expect(parsed.errors).toEqual([{ line: 2, column: 10, code: 'yaml-syntax', message: 'a `: ` inside an unquoted value starts another mapping; put the value in quotes: title: "Dune: Part Two"' }]);
  });

  it('in a list item, with a comment after it', () => {
    const parsed = parseYamlSource('uses:\n  - summary: Note: the storm # why\n');
    expect(parsed.errors[0]?.message).toMatch(/put the value in quotes: summary: "Note: the storm"$/);
    expect(parsed.errors[0]).toMatchObject({ line: 2 });
  });
});
