// What a file's name may hold before the product will stand behind it. Every name is shown to a
// reviewer (comment, annotations, log), and the renderers turn line breaks into spaces and drop
// controls and invisible characters: `a\nb/genai-usage.yml` would read as `a b/…`, and
// `deliver\u200Bables/x.png` as a deliverable it is not. So a declaration or media file whose name holds
// such a character, or whose name only looks like one (`GENAI-USAGE.YML`, `poster.png ` with a trailing
// space, `poster.ｐｎｇ` in full-width letters), is refused, and the run fails closed naming it in a
// visibly escaped form: it is never silently skipped because of its name.

// Line terminators, C0/C1 controls (tab included), lone surrogates, U+FFFD (what a name that is not
// UTF-8 arrives as), and every default-ignorable code point (zero-width characters, bidi controls,
// soft hyphens, variation selectors, Hangul fillers): characters a reader cannot see as they are.
const UNSHOWABLE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFFFD]|\p{Default_Ignorable_Code_Point}|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const UNSHOWABLE_ALL = new RegExp(UNSHOWABLE.source, 'gu');

/** The name as a reader can see it whole: quoted, with every character they could not see written as an escape. */
export function escapePath(path: string): string {
  return `"${path.replace(/["\\]/g, '\\$&').replace(UNSHOWABLE_ALL, escapeChar)}"`;
}

function escapeChar(c: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return named[c] ?? `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`;
}

/**
 * The name a reader would take it for: invisible characters gone, compatibility forms folded, no
 * trailing blanks or dots on a segment, and the file name (not its folders, which a pattern may
 * spell in either case on purpose) in lower case.
 */
function apparentName(path: string): string {
  const segments = path
    .replace(UNSHOWABLE_ALL, '')
    .normalize('NFKC')
    .split('/')
    .map((segment) => segment.replace(/[\s.]+$/u, ''));
  const last = segments.length - 1;
  segments[last] = (segments[last] ?? '').toLowerCase();
  return segments.join('/');
}

/**
 * Why `path` cannot be used as it is, when it is, or looks like, a file the run must read (`wanted`
 * says which: a declaration, a media file). undefined for every other name. The caller names the file
 * with escapePath.
 */
export function nameProblem(path: string, wanted: (path: string) => boolean): string | undefined {
  if (wanted(path)) return UNSHOWABLE.test(path) ? 'the name holds characters a reviewer cannot see; rename it (fails closed)' : undefined;
  const apparent = apparentName(path);
  if (apparent !== path && wanted(apparent)) return `named like ${escapePath(apparent)} but not exactly; rename it (fails closed)`;
  return undefined;
}
