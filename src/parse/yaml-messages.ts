import { formatCount } from '../util/order.js';

/** The library reports every tab-indented line, in its own words; one plain error says it all. */
export function tabIndentationMessage(source: string): string {
  const lines = source.match(/^ *\t[ \t]*[^ \t\r\n#]/gm)?.length ?? 1;
  const more = lines > 1 ? ` (${formatCount(lines)} lines are indented with tabs)` : '';
  return `YAML forbids tabs for indentation; use spaces${more}`;
}

export function yamlErrorCode(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate-key';
  // The library catches its own stack overflow on deeply nested block collections.
  if (code === 'RESOURCE_EXHAUSTION') return 'too-deep';
  return 'yaml-syntax';
}

export function cleanYamlMessage(code: string, message: string, source: string, offset: number): string {
  if (code === 'DUPLICATE_KEY') {
    const key = /^["']?([^"':\n]{1,80})/.exec(source.slice(offset))?.[1]?.trim();
    return `duplicate key${key ? ` \`${key}\`` : ''}: each key may appear once in a mapping`;
  }
  if (code === 'RESOURCE_EXHAUSTION') return 'nesting is too deep to read';
  if (code === 'BLOCK_AS_IMPLICIT_KEY') return unquotedColonMessage(source, offset);
  // The library appends "at line L, column C" and a code frame; we report positions separately.
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * `title: Dune: Part Two`: the second `: ` starts a mapping inside the value. The message shows the
 * line with its value quoted, which is the fix.
 */
function unquotedColonMessage(source: string, offset: number): string {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = source.indexOf('\n', offset);
  const line = source.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, '');
  const m = /^\s*(?:- +)?([^\s:#'"][^:#]*?):[ ]+(.*?)(?:[ ]+#.*)?$/.exec(line);
  const general = 'a `: ` inside an unquoted value starts another mapping; put the value in quotes';
  if (!m || (m[2] as string).length > 120) return general;
  return `${general}: ${m[1]}: ${JSON.stringify(m[2])}`;
}
