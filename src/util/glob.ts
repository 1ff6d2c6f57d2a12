import picomatch from 'picomatch';

// Every path and branch the product matches goes through this module, so one rule holds for all of
// them (declarations, deliverables, assets, ignore globs, trusted branches). Git allows every byte in a
// name but NUL and `/`, and GitHub's tree listing returns such names as they are: `flags: 's'` lets a
// wildcard span line terminators (`\n`, `\r`, U+2028, U+2029), which picomatch's `.` otherwise stops
// at, so a folder named with one cannot hide the files below it. What a name may hold before
// it is shown to a reviewer is src/util/path-names.ts's question.
const OPTIONS = { dot: true, flags: 's' } as const;

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
  const included = include.length > 0 ? picomatch(include, OPTIONS) : () => exclude.length > 0;
  const excluded = exclude.length > 0 ? picomatch(exclude, OPTIONS) : () => false;
  return (path) => {
    const p = clean(path);
    return included(p) && !excluded(p);
  };
}

/**
 * Globs or paths matched against the whole repository path: `poster.jpg` is the file at the root, not
 * at any depth. A path also matches itself byte for byte, so a file named `frames (final)/a.png` or
 * `a[1].png` is declared by writing its name, whatever the glob syntax would read into it.
 */
export function pathMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const literal = new Set(globs.map(clean));
  const glob = picomatch([...literal], OPTIONS);
  return (path) => {
    const p = clean(path);
    return literal.has(p) || glob(p);
  };
}

/**
 * An asset entry's matcher. A `sha256` binds one file, so its path is literal: matched byte for byte,
 * never read as a pattern (`(a|b)`, `@(…)`, `!x` would otherwise bind files the digest is never
 * compared with).
 */
export function assetMatcher(asset: { path: string; sha256?: string }): (path: string) => boolean {
  if (asset.sha256 === undefined) return pathMatcher([asset.path]);
  const literal = clean(asset.path);
  return (path) => clean(path) === literal;
}

/** Syntax a glob reads as more than one name: refused beside a `sha256`, which names one file. */
export function hasPatternSyntax(path: string): boolean {
  return /[*?[\]{}]|[@!+*?]\(|^!|\([^)]*\|/.test(path);
}

/**
 * Branch patterns as GitHub rulesets read them: the whole name, `*` never crossing a `/`, so
 * `release-*` does not also trust `mallory/release-1` (a file glob would match it at any depth).
 */
export function branchMatcher(patterns: readonly string[]): (branch: string) => boolean {
  const matchers = patterns.map((p) => picomatch(p, { ...OPTIONS, nonegate: true }));
  return (branch) => matchers.some((m) => m(branch));
}

export const clean = (path: string) => path.replace(/^\.\//, '');

// picomatch's own `basename` option stops patterns with a `/` from matching at all, so it is not used.
function anyDepth(pattern: string): string {
  const p = clean(pattern);
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
