// Just enough of a unified diff for the `patch` and line counts of a pull request's changed files:
// one hunk covering everything between the common leading and trailing lines. Real diffs can be
// finer-grained, but this one is valid and its counts agree with its hunk.

export interface FileDiff {
  additions: number;
  deletions: number;
  /** Absent when nothing changed. */
  patch?: string;
}

const CONTEXT_LINES = 3;

function lines(text: string | undefined): string[] {
  if (text === undefined || text === '') return [];
  const all = text.split('\n');
  if (all[all.length - 1] === '') all.pop();
  return all;
}

export function diffFile(before: string | undefined, after: string | undefined): FileDiff {
  const old = lines(before);
  const now = lines(after);
  let prefix = 0;
  while (prefix < old.length && prefix < now.length && old[prefix] === now[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < now.length - prefix && old[old.length - 1 - suffix] === now[now.length - 1 - suffix]) {
    suffix += 1;
  }
  const removed = old.slice(prefix, old.length - suffix);
  const added = now.slice(prefix, now.length - suffix);
  if (removed.length === 0 && added.length === 0) return { additions: 0, deletions: 0 };

  const leading = old.slice(Math.max(0, prefix - CONTEXT_LINES), prefix);
  const trailing = old.slice(old.length - suffix, Math.min(old.length, old.length - suffix + CONTEXT_LINES));
  const oldCount = leading.length + removed.length + trailing.length;
  const newCount = leading.length + added.length + trailing.length;
  // A range of zero lines is written as starting at the line before it.
  const oldStart = oldCount === 0 ? prefix - leading.length : prefix - leading.length + 1;
  const newStart = newCount === 0 ? prefix - leading.length : prefix - leading.length + 1;
  const body = [...leading.map((l) => ` ${l}`), ...removed.map((l) => `-${l}`), ...added.map((l) => `+${l}`), ...trailing.map((l) => ` ${l}`)];
  return {
    additions: added.length,
    deletions: removed.length,
    patch: `@@ -${oldStart},${oldCount} +${newStart},${newCount} @@\n${body.join('\n')}`,
  };
}
