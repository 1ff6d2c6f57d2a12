// Text from a declaration or a pull request that reaches a workflow command (an annotation's message,
// title or file) or a log line. @actions/core escapes `%`, CR, LF and the property separators, but
// passes every other control character and the bidirectional overrides through: a log viewer would
// then show text reordered or recoloured. Those become visible escapes here.

// C0 and C1 controls (tab, CR and LF are left to the command escaping), DEL, and the bidi controls.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function neutralise(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, '0')}`);
}

// Workflow commands: the runner splits `::name key=value,key=value::message` on these characters.
// Identical to @actions/core's toCommandValue + escapeData/escapeProperty, so annotations written by
// hand decode exactly like those written through the toolkit.
function toCommandValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || value instanceof String) return String(value);
  return JSON.stringify(value);
}

export function escapeCommandData(value: unknown): string {
  return toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeCommandProperty(value: unknown): string {
  return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
