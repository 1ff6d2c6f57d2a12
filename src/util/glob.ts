/**
 * Minimal glob for repository paths: `**` spans folders, `*` and `?` stay within one, several patterns
 * may be separated by newlines or commas. A pattern without `/` matches the file name at any depth.
 */
export function globMatcher(patterns: string): (path: string) => boolean {
  const list = patterns
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const regexes = list.map((p) => toRegExp(p.includes('/') ? p.replace(/^\.\//, '') : `**/${p}`));
  return (path) => regexes.some((r) => r.test(path));
}

function toRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The declarations the CLI walk and the Action both look for, by default. */
export const DECLARATION_GLOB = '**/genai-usage.yml,**/genai-usage.yaml';
