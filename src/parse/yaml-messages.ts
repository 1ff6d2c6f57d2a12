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

interface LineShape {
  /** 0-based index of the line. */
  index: number;
  /** Column (0-based) of the `- ` of a list item on this line, if it starts with one. */
  dash?: number;
  /** Column (0-based) of the key or value after the indentation and any `- `. */
  col: number;
  key?: string;
  /** The line ends after `key:` (or a bare `-`): what follows may be indented deeper. */
  opens: boolean;
}

function shapeOf(line: string, index: number): LineShape | undefined {
  const m = /^( *)((?:- +)*)(.*?)\s*$/.exec(line.replace(/\r$/, ''));
  if (!m) return undefined;
  const rest = m[3] as string;
  if (rest === '' && m[2] === '') return undefined;
  if (rest.startsWith('#')) return undefined;
  const indent = (m[1] as string).length;
  const key = /^([^\s#'"{[\]}|>&*!%@`][^:#]*?|"[^"]*"|'[^']*'):(?:\s|$)/.exec(rest)?.[1];
  const opens = rest === '' || /:(?:\s+#.*)?$/.test(rest);
  return { index, ...(m[2] !== '' ? { dash: indent } : {}), col: indent + (m[2] as string).length, ...(key !== undefined ? { key } : {}), opens };
}

/**
 * The line a YAML error at `offset` is really about, when it is a line indented to no column the lines
 * above it open (five spaces among keys at four): the library then reports a consequence (a "nested
 * mapping in a compact mapping", a value to quote), while the fix is the indentation. Undefined when
 * the indentation is consistent and the library's own message stands.
 */
export function misindentedLine(source: string, offset: number): { offset: number; message: string } | undefined {
  const lines = source.split('\n');
  let at = source.slice(0, offset).split('\n').length - 1;
  for (let tries = 0; tries < 2 && at < lines.length; tries++, at++) {
    while (at < lines.length && shapeOf(lines[at] as string, at) === undefined) at++;
    const line = at < lines.length ? shapeOf(lines[at] as string, at) : undefined;
    if (!line) return undefined;
    const found = judgeIndentation(lines, line);
    if (found) return { offset: lines.slice(0, at).reduce((n, l) => n + l.length + 1, 0) + (line.dash ?? line.col), message: found };
  }
  return undefined;
}

function judgeIndentation(lines: readonly string[], line: LineShape): string | undefined {
  // The lines above that this one could continue: each one less indented than every line after it.
  const chain: LineShape[] = [];
  let below = Number.POSITIVE_INFINITY;
  for (let i = line.index - 1; i >= 0 && below > 0; i--) {
    const above = shapeOf(lines[i] as string, i);
    if (!above) continue;
    const start = above.dash ?? above.col;
    if (above.col < below || start < below) chain.push(above);
    below = Math.min(below, start);
  }
  const previous = chain[0];
  if (!previous) return undefined;
  const mine = line.dash ?? line.col;
  if (previous.opens) {
    // Under `key:`, anything deeper starts its value; a list may also start at the key's own column.
    if (mine > previous.col) return undefined;
    if (line.dash !== undefined && mine === previous.col && previous.key !== undefined) return undefined;
  }
  const columns = chain.flatMap((c) => (c.dash !== undefined ? [c.dash, c.col] : [c.col]));
  if (columns.includes(mine)) return undefined;
  const siblings = chain.filter((c) => c.key !== undefined || c.dash !== undefined);
  let best: { col: number; by: LineShape } | undefined;
  for (const c of siblings) {
    for (const col of line.dash !== undefined ? [c.dash ?? c.col] : [c.col]) {
      if (best === undefined || Math.abs(col - mine) < Math.abs(best.col - mine)) best = { col, by: c };
    }
  }
  const what = line.dash !== undefined ? `the list item${line.key !== undefined ? ` \`- ${line.key}\`` : ''}` : line.key !== undefined ? `\`${line.key}\`` : 'this line';
  const like = best
    ? `: ${best.col === 0 ? 'start it at the beginning of the line' : `indent it ${plural(best.col)}`}, like ${best.by.key !== undefined && line.dash === undefined ? `\`${best.by.key}\`` : 'the item'} on line ${best.by.index + 1}`
    : '';
  return `indentation: ${what} is indented ${plural(mine)}, which matches no line above it${like}`;
}

const plural = (n: number): string => `${n} space${n === 1 ? '' : 's'}`;

/**
 * `kinds: [image` with the `]` forgotten: the library reports the next line as badly indented, and its
 * consequences after it; the fix is to close the bracket, on the line that opened it.
 */
export function unclosedFlow(code: string, message: string, source: string, offset: number): { offset: number; message: string } | undefined {
  const kind = code === 'BAD_INDENT' ? /^Flow (sequence|map) in block collection/.exec(message)?.[1] : undefined;
  if (kind === undefined) return undefined;
  const [open, close] = kind === 'sequence' ? ['[', ']'] : ['{', '}'];
  const at = source.lastIndexOf(open, offset);
  if (at < 0) return undefined;
  const line = source.slice(0, at).split('\n').length;
  return { offset: at, message: `the ${kind === 'sequence' ? 'list' : 'mapping'} opened with \`${open}\` on line ${line} is not closed: end it with \`${close}\`` };
}
