// Which lines of a comment are commands, decided as GitHub renders the comment (a GFM parser): a line
// of a paragraph outside quotes, code, HTML and <details>. Each way of quoting a command has its twin,
// the same command said plainly, which counts.
import { describe, expect, it } from 'vitest';
import { commandsIn, PLACEHOLDER } from '../../src/approvals/commands.js';

const FP = '3f9a2c61d0b4e7a8c2d51f06ab37e9c4';
const LINE = `/genai-clearance approve title-card@${FP} final-deliverable ref=GENAI-2026-0042`;
const said = (markdown: string) => commandsIn(markdown).filter((c) => 'command' in c);
const refusals = (markdown: string) => commandsIn(markdown).flatMap((c) => ('error' in c ? [c.error] : []));

describe('a command is a plain paragraph line', () => {
  it.each([
    ['on its own', LINE],
    ['after a sentence', `Cleared with legal.\n${LINE}`],
    ['as a list item', `- ${LINE}`],
    ['after a closed <details>', `<details>\n\nnotes\n\n</details>\n\n${LINE}`],
  ])('%s: counts', (_name, markdown) => {
    expect(said(markdown)).toHaveLength(1);
  });

  it.each([
    ['a fence that opens after a list marker', `- item\n\n  \`\`\`\n  ${LINE}\n  \`\`\``],
    ['a fence inside a list item', `- \`\`\`\n  ${LINE}\n  \`\`\``],
    ['a tilde fence', `~~~\n${LINE}\n~~~`],
    ['an indented code block', `text\n\n    ${LINE}`],
    ['<pre>', `<pre>\n${LINE}\n</pre>`],
    ['inline <code>', `<code>${LINE}</code>`],
    ['a <code> block', `<code>\n${LINE}\n</code>`],
    ['inline code', `\`${LINE}\``],
    ['a quote', `> ${LINE}`],
    ['a quote inside a list', `- > ${LINE}`],
    ['folded <details>', `<details><summary>old</summary>\n\n${LINE}\n\n</details>`],
    ['an HTML comment', `<!--\n${LINE}\n-->`],
    ['a table cell', `| a |\n| - |\n| ${LINE} |`],
    ['a heading', `# ${LINE}`],
  ])('inside %s: quoted, not said', (_name, markdown) => {
    expect(said(markdown)).toEqual([]);
  });

  it('a command with formatting is answered, not read: what GitHub shows is not what it says', () => {
    expect(said(`**${LINE}**`)).toEqual([]);
    expect(refusals(`${LINE.replace('final-deliverable', '*final-deliverable*')}`)).toEqual([expect.stringContaining('post the command as plain text')]);
  });

  it('a look-alike, invisible or direction-changing character is refused, naming it; the ASCII twin counts', () => {
    expect(refusals(LINE.replace('title', 'ti\u200btle'))).toEqual([expect.stringContaining('U+200B')]);
    expect(refusals(LINE.replace('approve', 'аpprove'))).toEqual([expect.stringContaining('U+0430')]);
    expect(refusals(`${LINE} \u202e`)).toEqual([expect.stringContaining('U+202E')]);
    expect(said(LINE)).toHaveLength(1);
  });

  it(`the offered placeholder ${PLACEHOLDER} is refused with what to write instead; a real reference counts`, () => {
    expect(refusals(LINE.replace('GENAI-2026-0042', PLACEHOLDER))).toEqual(['replace <ticket> with the reference of your approval']);
    expect(said(LINE)).toHaveLength(1);
  });
});
