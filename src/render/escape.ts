// The one place where text that came from a declaration (use ids, summaries, tool names, approval refs,
// file paths, messages that quote values) is made safe for the surface it lands on. Everything in a
// pull request is attacker-controlled: a summary must not be able to break the PR comment's table,
// inject HTML or links, @-mention people, forge workflow commands or hide text with bidi overrides.

/** Cell/inline default: long enough for a real summary, short enough to keep the table readable. */
const DEFAULT_CELL_MAX = 200;

const ZWSP = '\u200B';
const ELLIPSIS = '…';

// Tabs, CR, LF, VT, FF, NEL and the Unicode line/paragraph separators would end a table row or list
// item, so they become one space.
const LINE_BREAKS = /[\t\n\r\v\f\u0085\u2028\u2029]+/g;
// Remaining C0/C1 controls (incl. NUL and ESC, which could drive a terminal) carry no text.
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;
// Bidi embeddings, overrides and isolates can make a reviewer read text in a different order from the
// one it has ("Trojan Source"); they are removed rather than rendered.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// A lone surrogate cannot be encoded in UTF-8 or XML; GitHub would show U+FFFD anyway.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Single-line, printable, well-formed text: the common first step of every context below. */
export function sanitize(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(LINE_BREAKS, ' ').replace(CONTROLS, '').replace(BIDI, '').trim();
}

/**
 * Cuts to at most `max` code points (never inside a surrogate pair) and marks the cut with `…` so a
 * reader knows text is missing.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  return points.slice(0, Math.max(0, max - 1)).join('') + ELLIPSIS;
}

/** Sanitised and truncated, with no markup escaping: for terminals, SARIF message text, XML. */
export function plainText(text: string, max = Number.POSITIVE_INFINITY): string {
  return truncate(sanitize(text), max);
}

/**
 * Breaks what GitHub turns into notifications or links even when it is plain text after markdown
 * parsing: @user and @org/team mentions, emails, GFM's literal autolinks (`scheme://`, `www.`) and
 * cross-repository references (`owner/repo#12` would post a back-reference in someone else's issue;
 * a bare `#12` stays a link to this repository's issue). A zero-width space keeps the text readable
 * while no longer matching.
 */
function defuse(text: string): string {
  return text
    .replace(/@/g, `@${ZWSP}`)
    .replace(/([\w.-])#(?=\d)/g, `$1${ZWSP}#`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/(www)\./gi, `$1${ZWSP}.`);
}

// Characters that open or close inline markup anywhere in a line: escapes, code, emphasis and
// strikethrough, links, images and footnotes (`[`, `!`), raw HTML and autolinks (`<`), entities (`&`),
// table cells (`|`), math (`$`) and emails (`@`). Other punctuation (`.`, `:`, `(`, `-`, …) is inert
// inside a line once these are escaped and kept as-is so the raw comment stays readable.
const INLINE_MARKUP = /[\\`*_~[\]<>|&$!@]/g;
// Characters that only matter at the start of a line: headings, block quotes, list items, setext
// underlines, ordered lists.
const LEADING_BLOCK = /^(?:[#>+=-]|\d+[.)])/;

/**
 * Text safe in a GFM table cell or anywhere inline in markdown, even at the start of a line. It
 * renders as exactly the sanitised characters (plus zero-width spaces that defuse mentions and
 * autolinks).
 */
export function escapeMarkdown(text: string, max = DEFAULT_CELL_MAX): string {
  const escaped = defuse(plainText(text, max)).replace(INLINE_MARKUP, '\\$&');
  const lead = LEADING_BLOCK.exec(escaped)?.[0];
  return lead === undefined ? escaped : `${lead.slice(0, -1)}\\${escaped.slice(lead.length - 1)}`;
}

/**
 * A message whose identifiers are written as `code` spans (the judge's and the validator's wording):
 * each span becomes inline code and the rest escaped text, so no reader sees an escaped backtick.
 */
export function markdownMessage(text: string, max = DEFAULT_CELL_MAX): string {
  return plainText(text, max)
    .split(/(`[^`\n]+`)/)
    .map((part, i) => {
      if (i % 2 === 1) return markdownCodeLine(part.slice(1, -1), max);
      // Escaping trims; the spaces around a span are part of the sentence.
      return /^\s*$/.test(part) ? part : `${/^\s*/.exec(part)?.[0] ?? ''}${escapeMarkdown(part, max)}${/\s*$/.exec(part)?.[0] ?? ''}`;
    })
    .join('');
}

// No backtick (would end the span), no `|` (splits a table cell even inside code), no spaces (trimmed).
const SAFE_CODE = /^[A-Za-z0-9._\-/@:+[\]*"'=,#%(){}…]+$/;

/**
 * An identifier as inline code when it is made only of characters that cannot end or confuse a code
 * span; anything else falls back to escaped text. Code spans are where GitHub never links or mentions.
 */
export function markdownCode(text: string, max = DEFAULT_CELL_MAX): string {
  const clean = plainText(text, max);
  return SAFE_CODE.test(clean) ? `\`${clean}\`` : escapeMarkdown(clean, max);
}

/**
 * A line meant to be copied (a command) as inline code. Spaces are fine inside a code span; anything
 * that could end or break one (a backtick, a line break, a control character, a leading or trailing
 * space, or `|`, which splits a table cell) falls back to escaped text.
 */
export function markdownCodeLine(text: string, max = DEFAULT_CELL_MAX): string {
  const clean = plainText(text, max);
  return /^[^\s`|\u0000-\u001f\u007f](?:[^`|\n\r\u0000-\u001f\u007f]*[^\s`|\u0000-\u001f\u007f])?$/.test(clean) ? `\`${clean}\`` : escapeMarkdown(clean, max);
}

/**
 * A line meant to be copied, as a fenced code block (GitHub gives it a copy button), each line indented
 * by `indent`. The fence is longer than any run of backticks in the line, so nothing in it can close
 * the block early; line breaks and control characters become spaces.
 */
export function markdownCodeBlock(text: string, indent = '', max = DEFAULT_CELL_MAX): string {
  const clean = plainText(text, max).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${indent}${fence}`, `${indent}${clean}`, `${indent}${fence}`].join('\n');
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text safe inside raw HTML such as `<summary>`. Markdown is not parsed there, but GitHub still
 * resolves mentions in the resulting text, so those are defused too.
 */
export function escapeHtml(text: string, max = DEFAULT_CELL_MAX): string {
  return defuse(plainText(text, max)).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * Makes text safe between `<!--` and `-->`: no `>` (which could end the comment early in HTML and
 * CommonMark), no `<` (no nested `<!--`), and no `--`. The replacements are JSON `\u` escapes and, in
 * JSON, `<`, `>` and `--` can only occur inside strings, so applied to `JSON.stringify` output the
 * result still parses to the same value.
 */
export function escapeHtmlComment(text: string): string {
  return text.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/--/g, '-\\u002d');
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

// Characters XML 1.0 forbids outright: not even a character reference can carry them.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text safe as XML 1.0 character data (`text`) or an attribute value (`attribute`). Line breaks
 * survive: literal in text, as character references in attributes (where parsers would otherwise
 * turn them into spaces); bidi controls are removed as everywhere.
 */
export function escapeXml(text: string, context: 'text' | 'attribute' = 'attribute'): string {
  const keep = context === 'text' ? /[&<>\r]/g : /[&<>"'\n\r\t]/g;
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(XML_FORBIDDEN, '')
    .replace(BIDI, '')
    .replace(keep, (c) => XML_ENTITIES[c] ?? c);
}

// C0 and C1 controls (tab, CR and LF are left to the workflow-command escaping), DEL, and the bidi controls.
const LOG_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text that reaches a workflow command (an annotation's message, title or file) or a log line.
 * @actions/core escapes `%`, CR, LF and the property separators, but passes every other control
 * character and the bidirectional overrides through: a log viewer would then show text reordered or
 * recoloured. Those become visible escapes here.
 */
export function logText(text: string): string {
  return text.replace(LOG_UNSAFE, (c) => `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, '0')}`);
}

const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/**
 * Text for documents people sign and file (the evidence packet): nothing is dropped, so a reader of
 * the PDF or the spreadsheet sees exactly what the declaration holds. Bidi controls, zero-width and
 * other invisible characters are shown as `[U+202E]` (they cannot reorder or hide text), tabs and
 * line breaks become one space, and a lone surrogate becomes U+FFFD.
 */
export function visibleText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\t\n\r\u0085\u2028\u2029]+/g, ' ')
    .replace(INVISIBLE, (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`);
}
