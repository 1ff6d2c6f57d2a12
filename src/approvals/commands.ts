// The approval command a reviewer pastes into a pull-request comment or review:
//
//   /genai-clearance approve festival-crowd@3f9a2c61d0b4e7a8c2d51f06ab37e9c4 netflix-genai/final-deliverable ref=GENAI-2026-0042 expires=2027-06-01
//   /genai-clearance revoke festival-crowd@3f9a2c61d0b4e7a8c2d51f06ab37e9c4 ref=GENAI-2026-0042
//
// It names the use by id and by the fingerprint of the content the reviewer read, so the approval
// stops counting the moment the use changes. One spelling, written here and read here.

import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { isCalendarDate } from '../util/dates.js';
import ruleReference from '../validate/rule-reference.json' with { type: 'json' };

export const COMMAND = '/genai-clearance';

export interface ApprovalCommand {
  action: 'approve' | 'revoke';
  use: string;
  fingerprint: string;
  /** For `approve`: the rules it clears (`rule` or `pack/rule`). */
  rules: string[];
  ref: string;
  expires?: string;
  /** The declaration path, when the use id appears in more than one. */
  path?: string;
}

export type ParsedCommand = { command: ApprovalCommand } | { error: string; text: string };

const USE = /^([a-z0-9][a-z0-9-]{0,63})@([0-9a-f]{32})$/;
// The one definition of a rule reference, which the declaration and ledger schemas carry too.
const RULE = new RegExp(ruleReference.pattern);

/** The command for one use, as the comment shows it for pasting. */
export function formatCommand(c: ApprovalCommand): string {
  const parts = [COMMAND, c.action, `${c.use}@${c.fingerprint}`];
  if (c.action === 'approve') parts.push(c.rules.join(','));
  parts.push(`ref=${c.ref}`);
  if (c.expires) parts.push(`expires=${c.expires}`);
  if (c.path) parts.push(`path=${c.path}`);
  return parts.join(' ');
}

/**
 * Every command in a comment's markdown, read as GitHub renders it (CommonMark with GFM): only a line
 * of a paragraph counts, outside quotes, code (fenced, indented, `<pre>`, `<code>`), HTML blocks,
 * HTML comments and `<details>`. Text there is quoted, not said: a reviewer quoting the bot's
 * suggestion, or someone quoting an approval, approves nothing. A paragraph line that starts with the
 * command but holds formatting is answered, not read: what it renders as is not what it says.
 */
export function commandsIn(markdown: string): ParsedCommand[] {
  const found: ParsedCommand[] = [];
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  let folded = 0;
  const visit = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'html') {
        // An HTML block or a line of HTML between blocks: `<details>` folds what follows until it closes.
        folded = Math.max(0, folded + (node.value.match(/<details\b/gi)?.length ?? 0) - (node.value.match(/<\/details\s*>/gi)?.length ?? 0));
        continue;
      }
      if (node.type === 'paragraph') {
        if (folded === 0) for (const line of paragraphLines(node)) if (isCommandLine(line.text)) found.push(line.plain ? parseCommand(line.text) : refused(line));
        folded = Math.max(0, folded + inlineDetails(node));
        continue;
      }
      if (node.type === 'blockquote' || node.type === 'code') continue;
      if ('children' in node) visit(node.children as RootContent[]);
    }
  };
  visit(tree.children);
  return found;
}

interface Line {
  text: string;
  /** The line renders as exactly its text: no code, markup or HTML in it. */
  plain: boolean;
  /** It opens with code or HTML: quoted text, never a command. */
  quoted: boolean;
  /** What kept it from being plain, for the reply. */
  markup?: string;
}

/** A paragraph's lines as a reader sees them. */
function paragraphLines(paragraph: Paragraph): Line[] {
  const lines: Line[] = [];
  let current: Line = { text: '', plain: true, quoted: false };
  const end = () => {
    lines.push({ ...current, text: current.text.trim() });
    current = { text: '', plain: true, quoted: false };
  };
  const add = (text: string, markup?: string) => {
    text.split('\n').forEach((part, i) => {
      if (i > 0) end();
      if (part === '') return;
      if (markup !== undefined) {
        if (current.text.trim() === '' && (markup === 'code' || markup === 'HTML')) current.quoted = true;
        current.plain = false;
        current.markup ??= markup;
      }
      current.text += part;
    });
  };
  const walk = (nodes: readonly PhrasingContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') add(node.value);
      else if (node.type === 'break') end();
      else if (node.type === 'inlineCode') add(node.value, 'code');
      // The placeholder the comment offers is read as written, so the reply can ask for the real reference.
      else if (node.type === 'html') add(node.value, node.value.toLowerCase() === PLACEHOLDER ? undefined : 'HTML');
      else if ('children' in node) {
        current.plain = false;
        current.markup ??= 'formatting';
        walk(node.children as PhrasingContent[]);
      } else add('value' in node ? String(node.value) : '', 'formatting');
    }
  };
  walk(paragraph.children);
  end();
  return lines.filter((l) => !l.quoted);
}

/** `<details>` opened or closed by inline HTML inside a paragraph. */
function inlineDetails(paragraph: Paragraph): number {
  let n = 0;
  for (const child of paragraph.children) if (child.type === 'html') n += (child.value.match(/<details\b/gi)?.length ?? 0) - (child.value.match(/<\/details\s*>/gi)?.length ?? 0);
  return n;
}

const isCommandLine = (text: string) => text === COMMAND || /^\/genai-clearance\s/.test(text);

function refused(line: Line): ParsedCommand {
  return { error: `the line holds ${line.markup ?? 'formatting'}, so what GitHub shows is not what it says; post the command as plain text on a line of its own`, text: line.text.slice(0, 300) };
}

/** The reference the comment offers until the approver writes theirs: it cannot pass for a ticket. */
export const PLACEHOLDER = '<ticket>';

export function parseCommand(line: string): ParsedCommand {
  const fail = (error: string): ParsedCommand => ({ error, text: line.slice(0, 300).replace(/[^\x20-\x7e]/g, '?') });
  // Only printable ASCII: a look-alike letter, an invisible or a direction-changing character would make
  // the line read one way and say another.
  const odd = /[^\x20-\x7e\t\u00a0]/u.exec(line)?.[0];
  if (odd !== undefined)
    return fail(`the line holds U+${(odd.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}, which is not plain ASCII; type or paste the command again as plain text`);
  const [, action, target, ...rest] = line.split(/\s+/);
  if (action !== 'approve' && action !== 'revoke') return fail(`expected \`${COMMAND} approve\` or \`${COMMAND} revoke\``);
  const use = USE.exec(target ?? '');
  if (!use) return fail("name the use as `use-id@fingerprint`, exactly as the check's comment shows it (32 hexadecimal digits)");
  const command: ApprovalCommand = { action, use: use[1] as string, fingerprint: use[2] as string, rules: [], ref: '' };
  const seen = new Set<string>();
  for (const word of rest) {
    const eq = word.indexOf('=');
    const [key, value] = eq > 0 ? [word.slice(0, eq), word.slice(eq + 1)] : ['', word];
    // A setting given twice says two things: which one the approver meant cannot be told.
    if (key !== '' && seen.has(key)) return fail(`\`${key}=\` is given twice; give it once`);
    seen.add(key);
    if (key === 'ref') command.ref = value;
    else if (key === 'expires') {
      if (!isCalendarDate(value)) return fail(`expires=${value} is not a date (YYYY-MM-DD)`);
      command.expires = value;
    } else if (key === 'path') command.path = value;
    else if (key === '' && action === 'approve' && command.rules.length === 0) {
      const rules = value.split(',').filter(Boolean);
      const bad = rules.find((r) => !RULE.test(r));
      if (bad !== undefined || rules.length === 0) return fail(`\`${bad ?? value}\` is not a rule id`);
      command.rules = rules;
    } else return fail(`\`${word}\` is not part of the command`);
  }
  if (action === 'approve' && command.rules.length === 0) return fail('name the rules it approves, separated by commas');
  if (command.ref.toLowerCase() === PLACEHOLDER) return fail(`replace ${PLACEHOLDER} with the reference of your approval`);
  if (!command.ref || command.ref.length > 100) return fail('give the approval reference as `ref=…`');
  return { command };
}
