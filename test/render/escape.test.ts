import { describe, expect, it } from 'vitest';
import { escapeCommandData, escapeCommandProperty } from '../../action/log-text.js';
import { escapeHtml, escapeHtmlComment, escapeMarkdown, escapeXml, markdownCode, plainText, sanitize, truncate } from '../../src/render/escape.js';
import { FORBIDDEN_TYPES, MENTION, ofType, parse, plain } from './md-tree.js';

const ZW = '\u200B';

describe('workflow command escaping (same as @actions/core)', () => {
  it('percent-encodes %, CR and LF in data, so a message cannot start a new command', () => {
    expect(escapeCommandData('a%b\r\n::error::x')).toBe('a%25b%0D%0A::error::x');
    const line = `::error file=${escapeCommandProperty('a.yml')},line=3::${escapeCommandData('bad\n::set-output name=x::y')}`;
    expect(line).toBe('::error file=a.yml,line=3::bad%0A::set-output name=x::y');
    expect(line.split('\n')).toHaveLength(1);
  });

  it('also encodes : and , in properties, so a file name cannot add properties', () => {
    expect(escapeCommandProperty('a%b\r\n:,')).toBe('a%25b%0D%0A%3A%2C');
    expect(escapeCommandProperty('x.yml,line=1::pwned')).toBe('x.yml%2Cline=1%3A%3Apwned');
  });

  it('turns non-strings into strings like toCommandValue', () => {
    expect(escapeCommandData(undefined)).toBe('');
    expect(escapeCommandData(null)).toBe('');
    expect(escapeCommandData({ a: '%\n' })).toBe('{"a":"%25\\n"}');
    expect(escapeCommandData(42)).toBe('42');
  });

  it('leaves an already-encoded sequence visibly encoded (%0A stays text)', () => {
    expect(escapeCommandData('%0A')).toBe('%250A');
  });
});

describe('sanitize / truncate', () => {
  it('turns line breaks and tabs into one space and drops control and bidi characters', () => {
    expect(sanitize('a\r\nb\tc\u2028d')).toBe('a b c d');
    expect(sanitize('n\u0000u\u0007l\u001b[1m\u009b')).toBe('nul[1m');
    expect(sanitize('abc\u202Edcba\u2066x\u2069')).toBe('abcdcbax');
    expect(sanitize('  padded \n')).toBe('padded');
  });

  it('replaces lone surrogates, keeps pairs', () => {
    expect(sanitize('a\uD800b\uDC00c🎬')).toBe('a\uFFFDb\uFFFDc🎬');
  });

  it('cuts at code points with a visible mark', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abcd', 4)).toBe('abcd');
    expect(truncate('🎬🎬🎬🎬🎬', 3)).toBe('🎬🎬…');
    expect(Array.from(plainText('x'.repeat(10_000), 200))).toHaveLength(200);
  });
});

describe('escapeMarkdown', () => {
  it('escapes inline markup and leading block markers', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('**b** _e_ ~s~ `c`')).toBe('\\*\\*b\\*\\* \\_e\\_ \\~s\\~ \\`c\\`');
    expect(escapeMarkdown('<!-- x -->')).toBe('\\<\\!-- x --\\>');
    expect(escapeMarkdown('# h')).toBe('\\# h');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('12. item')).toBe('12\\. item');
    expect(escapeMarkdown('a\\b')).toBe('a\\\\b');
    expect(escapeMarkdown('&amp; $x$')).toBe('\\&amp; \\$x\\$');
  });

  it('defuses mentions, emails and literal autolinks with a zero-width space', () => {
    expect(escapeMarkdown('@octocat')).toBe(`\\@${ZW}octocat`);
    expect(escapeMarkdown('@org/team')).toBe(`\\@${ZW}org/team`);
    expect(escapeMarkdown('https://evil.example')).toBe(`https:${ZW}//evil.example`);
    expect(escapeMarkdown('WWW.evil.example')).toBe(`WWW${ZW}.evil.example`);
    expect(escapeMarkdown('see acme/film#12 and #34')).toBe(`see acme/film${ZW}#12 and #34`);
  });

  it('renders back to exactly the sanitised text, and nothing else, in a paragraph and a table cell', () => {
    const hostile = '[l](https://e.example) ![i](x) <b>x</b> a@b.example @me &copy; *x* 1. `y` | \\| www.e.example';
    const expected = `[l](https:${ZW}//e.example) ![i](x) <b>x</b> a@${ZW}b.example @${ZW}me &copy; *x* 1. \`y\` | \\| www${ZW}.e.example`;
    const tree = parse(`${escapeMarkdown(hostile)}\n\n| h |\n| - |\n| ${escapeMarkdown(hostile)} |\n`);
    const [paragraph, table] = tree.children ?? [];
    expect(paragraph && plain(paragraph)).toBe(expected);
    expect(table && plain(table)).toBe(`h${expected}`);
    for (const type of [...FORBIDDEN_TYPES, 'html', 'emphasis', 'strong', 'delete', 'inlineCode']) expect(ofType(tree, type)).toEqual([]);
    expect(MENTION.test(plain(tree))).toBe(false);
  });

  it('truncates to the limit before escaping, so an escape is never cut in half', () => {
    expect(escapeMarkdown('|'.repeat(10), 4)).toBe('\\|\\|\\|…');
    expect(escapeMarkdown('x'.repeat(300))).toBe(`${'x'.repeat(199)}…`);
  });
});

describe('markdownCode', () => {
  it('uses a code span for identifier-like text and escaped text otherwise', () => {
    expect(markdownCode('final-deliverable')).toBe('`final-deliverable`');
    expect(markdownCode('tools[0].enterprise')).toBe('`tools[0].enterprise`');
    expect(markdownCode('a`b')).toBe('a\\`b');
    expect(markdownCode('a|b')).toBe('a\\|b');
    expect(markdownCode('two words')).toBe('two words');
  });
});

describe('escapeHtml', () => {
  it('entity-encodes and defuses mentions', () => {
    expect(escapeHtml(`<b title="x">&'@team</b>`)).toBe(`&lt;b title=&quot;x&quot;&gt;&amp;&#39;@${ZW}team&lt;/b&gt;`);
  });
});

describe('escapeHtmlComment', () => {
  it('leaves no way to close or nest a comment, and JSON still parses to the same value', () => {
    const meta = { v: 1, note: 'a --> b <!-- c --!> d ---- e >', n: -1, list: ['->', '-'] };
    const safe = escapeHtmlComment(JSON.stringify(meta));
    expect(safe).not.toMatch(/--|>|</);
    expect(JSON.parse(safe)).toEqual(meta);
    const tree = parse(`<!-- genai-clearance: ${safe} -->\n\nafter\n`);
    expect(tree.children?.map((c) => c.type)).toEqual(['html', 'paragraph']);
  });
});

describe('escapeXml', () => {
  it('removes what XML 1.0 forbids and encodes markup', () => {
    expect(escapeXml('a\u0000b\u0001c\uFFFF<&>"\'')).toBe('abc&lt;&amp;&gt;&quot;&apos;');
  });

  it('keeps line breaks: literal in text, as references in attributes', () => {
    expect(escapeXml('a\nb\tc\rd', 'text')).toBe('a\nb\tc&#13;d');
    expect(escapeXml('a\nb\tc\rd')).toBe('a&#10;b&#9;c&#13;d');
  });
});
