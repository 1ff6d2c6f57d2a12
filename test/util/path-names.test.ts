import { describe, expect, it } from 'vitest';
import { isMediaPath } from '../../src/provenance/read-media.js';
import { assetMatcher, branchMatcher, DEFAULT_DECLARATION_GLOB, globMatcher, hasPatternSyntax, pathMatcher } from '../../src/util/glob.js';
import { escapePath, nameProblem } from '../../src/util/path-names.js';

const declaration = globMatcher(DEFAULT_DECLARATION_GLOB);
const TERMINATORS = ['\n', '\r', '\u2028', '\u2029', '\u0085', '\t', '\u0000'];

describe('one rule for every path the product matches', () => {
  it.each(TERMINATORS)('a wildcard spans %j in a folder or file name, in every matcher', (c) => {
    expect(declaration(`a${c}b/genai-usage.yml`)).toBe(true);
    expect(declaration(`${c}/genai-usage.yml`)).toBe(true);
    expect(pathMatcher(['deliverables/**'])(`deliverables/x${c}y/frame.png`)).toBe(true);
    expect(pathMatcher(['frames/*.png'])(`frames/a${c}.png`)).toBe(true);
    expect(globMatcher('drafts/**')(`drafts/${c}/genai-usage.yml`)).toBe(true);
    // Honest twin: the same patterns still refuse what lies outside them.
    expect(declaration(`a${c}b/genai-usage.yml${c}`)).toBe(false);
    expect(pathMatcher(['deliverables/**'])(`other${c}/frame.png`)).toBe(false);
  });

  it('a path matches itself byte for byte, whatever glob syntax would read into it', () => {
    for (const name of ['frames (final)/a.png', 'a[1].png', 'a{1}.png', '!x.png', 'a+(b).png', 'x@(y).png']) expect(pathMatcher([name])(name)).toBe(true);
  });

  it('a path with a sha256 binds only the file of that exact name, never a pattern', () => {
    const digest = 'a'.repeat(64);
    for (const [written, other] of [
      ['frames/(a|b).png', 'frames/a.png'],
      ['frames/@(a).png', 'frames/a.png'],
      ['frames/+(a).png', 'frames/aa.png'],
      ['!frames/a.png', 'frames/b.png'],
      ['frames/*.png', 'frames/a.png'],
    ] as const) {
      expect(assetMatcher({ path: written, sha256: digest })(other), written).toBe(false);
      expect(assetMatcher({ path: written, sha256: digest })(written), written).toBe(true);
      // Without a digest the same text is a pattern.
      expect(pathMatcher([written])(other) || written.startsWith('!'), written).toBe(true);
    }
    for (const glob of ['a/*.png', 'a/?.png', 'a/[ab].png', 'a/{a,b}.png', 'a/(x|y).png', 'a/@(x).png', 'a/+(x).png', 'a/!(x).png', '!a.png']) expect(hasPatternSyntax(glob), glob).toBe(true);
    for (const name of ['frames (final)/a.png', 'a(1).png', 'a+b.png', 'hi!.png']) expect(hasPatternSyntax(name), name).toBe(false);
  });

  it('branch patterns read whole names, `*` never crossing `/`', () => {
    const trusted = branchMatcher(['release/*']);
    expect(trusted('release/1.0')).toBe(true);
    expect(trusted('mallory/release/1.0')).toBe(false);
    expect(trusted('release/1.0/x')).toBe(false);
  });
});

describe('names a reviewer cannot read are refused, visibly escaped', () => {
  it.each(TERMINATORS)('a declaration under a folder named with %j is refused by name', (c) => {
    const problem = nameProblem(`a${c}b/genai-usage.yml`, declaration);
    expect(problem).toContain('a reviewer cannot see');
    expect(problem).not.toContain(c);
  });

  it('names that only look like a declaration or a media file are refused', () => {
    for (const name of ['GENAI-USAGE.YML', 'x/genai-usage.yml ', 'x/genai-usage.yml.', 'genai\u200B-usage.yml', 'ｇｅｎａｉ-usage.yml'])
      expect(nameProblem(name, declaration), name).toMatch(/named like "(x\/)?genai-usage\.yml"/);
    for (const name of ['poster.png ', 'poster.ｐｎｇ', 'poster.png\u200B', 'poster.png\n'])
      expect(nameProblem(name, isMediaPath), JSON.stringify(name)).toMatch(/named like "poster\.png"|cannot see/);
    expect(nameProblem('deliver\u200Bables/x.png', isMediaPath)).toContain('cannot see');
    expect(escapePath('deliver\u200Bables/x.png')).toBe('"deliver\\u{200B}ables/x.png"');
  });

  it('twin: ordinary names, in any script or case of folder, pass', () => {
    for (const name of ['genai-usage.yml', 'Shows/S1/genai-usage.yaml', 'café/genai-usage.yml', 'notes\n.txt']) expect(nameProblem(name, declaration), name).toBeUndefined();
    for (const name of ['poster.png', 'Poster.PNG', 'frames (final)/a.png', 'readme.md']) expect(nameProblem(name, isMediaPath), name).toBeUndefined();
  });

  it('escapes show every character a reader could not see', () => {
    expect(escapePath('a\nb\r\u2028\u2029\u202E"\\')).toBe('"a\\nb\\r\\u{2028}\\u{2029}\\u{202E}\\"\\\\"');
  });
});
