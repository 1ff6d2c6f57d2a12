// The approval command a reviewer pastes into a pull-request comment or review:
//
//   /genai-clearance approve festival-crowd@3f9a2c61d0b4e7a8c2d51f06ab37e9c4 netflix-genai/final-deliverable ref=GENAI-2026-0042 expires=2027-06-01
//   /genai-clearance revoke festival-crowd@3f9a2c61d0b4e7a8c2d51f06ab37e9c4 ref=GENAI-2026-0042
//
// It names the use by id and by the fingerprint of the content the reviewer read, so the approval
// stops counting the moment the use changes. One spelling, written here and read here.

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
 * Every command in a comment's markdown. Only a line of its own counts: text in code blocks, quoted
 * replies and HTML comments is quoted, not said, so a command there is ignored (a reviewer quoting the
 * bot's suggestion, or someone quoting an approval, approves nothing).
 */
export function commandsIn(markdown: string): ParsedCommand[] {
  const found: ParsedCommand[] = [];
  let fence: string | undefined;
  const text = markdown.replace(/<!--[\s\S]*?(-->|$)/g, '');
  for (const raw of text.split(/\r?\n/)) {
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence !== undefined) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    if (/^( {4}|\t)/.test(raw) || /^ {0,3}>/.test(raw)) continue;
    const line = raw.trim();
    if (line === COMMAND || line.startsWith(`${COMMAND} `)) found.push(parseCommand(line));
  }
  return found;
}

export function parseCommand(line: string): ParsedCommand {
  const fail = (error: string): ParsedCommand => ({ error, text: line.slice(0, 300) });
  const [, action, target, ...rest] = line.split(/\s+/);
  if (action !== 'approve' && action !== 'revoke') return fail(`expected \`${COMMAND} approve\` or \`${COMMAND} revoke\``);
  const use = USE.exec(target ?? '');
  if (!use) return fail("name the use as `use-id@fingerprint`, exactly as the check's comment shows it (32 hexadecimal digits)");
  const command: ApprovalCommand = { action, use: use[1] as string, fingerprint: use[2] as string, rules: [], ref: '' };
  for (const word of rest) {
    const eq = word.indexOf('=');
    const [key, value] = eq > 0 ? [word.slice(0, eq), word.slice(eq + 1)] : ['', word];
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
  if (!command.ref || command.ref.length > 100) return fail('give the approval reference as `ref=…`');
  return { command };
}
