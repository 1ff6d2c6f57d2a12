import picomatch from 'picomatch';

/**
 * Where declarations are looked for, by the CLI's folder walk and by the Action's default input alike,
 * so both find the same files.
 */
export const DEFAULT_DECLARATION_GLOB = '**/genai-usage.{yml,yaml}';

/**
 * Matches repository paths (`/`-separated, relative to the root) against a list of globs, separated
 * by newlines or commas (commas inside `{a,b}` belong to the brace). Bash-style syntax through
 * picomatch: `**` spans folders, `*`, `?`, `[ab]` and `{a,b}` stay within one. A pattern without `/`
 * matches the file name at any depth. A pattern starting with `!` excludes what it matches, whatever
 * its place in the list; a list of only exclusions matches everything else.
 */
export function globMatcher(patterns: string): (path: string) => boolean {
  const list = splitPatterns(patterns);
  const include: string[] = [];
  const exclude: string[] = [];
  for (const p of list) {
    if (p.startsWith('!') && !p.startsWith('!(')) exclude.push(anyDepth(p.slice(1)));
    else include.push(anyDepth(p));
  }
  const options = { dot: true } as const;
  const included = include.length > 0 ? picomatch(include, options) : () => exclude.length > 0;
  const excluded = exclude.length > 0 ? picomatch(exclude, options) : () => false;
  return (path) => {
    const p = path.replace(/^\.\//, '');
    return included(p) && !excluded(p);
  };
}

// picomatch's own `basename` option stops patterns with a `/` from matching at all, so it is not used.
function anyDepth(pattern: string): string {
  const p = pattern.replace(/^\.\//, '');
  return p.includes('/') ? p : `**/${p}`;
}

function splitPatterns(patterns: string): string[] {
  const out: string[] = [];
  let current = '';
  let braces = 0;
  for (const c of patterns) {
    if (c === '{') braces++;
    else if (c === '}' && braces > 0) braces--;
    if (c === '\n' || c === '\r' || (c === ',' && braces === 0)) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out.map((p) => p.trim()).filter(Boolean);
}
