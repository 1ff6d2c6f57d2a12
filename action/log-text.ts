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
