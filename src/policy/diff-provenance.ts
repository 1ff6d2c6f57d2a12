// How a pack's reading of media files changed: its source-type classes and its undeclared-file checks.
// What can make a scan fail where it passed is MAJOR; what only notes more, or fails less, is MINOR.

import type { Change } from './diff-change.js';
import { LEVEL_RANK, quote } from './diff-change.js';
import type { Pack } from './library.js';
import type { ProvenanceSection, UndeclaredCheck } from './types.js';

const fails = (check: UndeclaredCheck | undefined) => check !== undefined && check.level !== 'inform';

export function provenanceChanges(a: Pack, b: Pack): Change[] {
  const x = a.doc.provenance;
  const y = b.doc.provenance;
  if (!x && !y) return [];
  const out: Change[] = [];
  const push = (id: string, change: Change['change'], bump: Change['bump'], why: string, details: string[]) => out.push({ subject: 'provenance', id, change, bump, why, details });
  if (!x && y) {
    const failing = (y.undeclared ?? []).filter(fails).map((c) => c.id);
    push(
      'provenance',
      'added',
      failing.length > 0 ? 'major' : 'minor',
      failing.length > 0
        ? `media files are judged for the first time, and ${failing.join(', ')} can fail a scan that passed`
        : 'media files are judged for the first time; nothing it adds can fail a scan',
      [`ai: ${y.source_types.ai.join(', ')}`, `review: ${(y.source_types.review ?? []).join(', ') || '(none)'}`],
    );
    return out;
  }
  if (x && !y) {
    push('provenance', 'removed', 'minor', 'media files are no longer judged by this pack: scans can only fail less', []);
    return out;
  }
  const before = x as ProvenanceSection;
  const after = y as ProvenanceSection;
  const checkFor = (section: ProvenanceSection, cls: 'ai' | 'review') => (section.undeclared ?? []).find((c) => c.class === cls);
  for (const cls of ['ai', 'review'] as const) {
    const was = new Set(before.source_types[cls] ?? []);
    const now = new Set(after.source_types[cls] ?? []);
    const added = [...now].filter((t) => !was.has(t));
    const removed = [...was].filter((t) => !now.has(t));
    if (added.length > 0) {
      const failing = fails(checkFor(after, cls));
      push(
        `provenance.source_types.${cls}`,
        'changed',
        failing ? 'major' : 'minor',
        failing ? `more files class as ${cls}, and an undeclared ${cls} file fails a scan` : `more files class as ${cls}; that only adds notes`,
        [`added: ${added.join(', ')}`],
      );
    }
    if (removed.length > 0) push(`provenance.source_types.${cls}`, 'changed', 'minor', `fewer files class as ${cls}`, [`removed: ${removed.join(', ')}`]);
  }
  const ids = [...new Set([...(before.undeclared ?? []), ...(after.undeclared ?? [])].map((c) => c.id))].sort();
  for (const id of ids) {
    const was = before.undeclared?.find((c) => c.id === id);
    const now = after.undeclared?.find((c) => c.id === id);
    if (!was && now)
      push(id, 'added', fails(now) ? 'major' : 'minor', fails(now) ? 'a new undeclared-file check that can fail a scan' : 'a new undeclared-file check that only notes', [
        `${now.class}, level ${now.level}`,
      ]);
    else if (was && !now) push(id, 'removed', 'minor', 'an undeclared-file check is gone: scans can only fail less', [`was ${was.class}, level ${was.level}`]);
    else if (was && now) {
      if (was.class !== now.class) push(id, 'changed', 'major', 'the check now applies to other files', [`class: ${was.class} → ${now.class}`]);
      if (was.level !== now.level) {
        const raised = LEVEL_RANK[now.level] > LEVEL_RANK[was.level];
        push(id, 'changed', raised ? 'major' : 'minor', raised ? 'its findings become more severe' : 'its findings become less severe', [`level: ${was.level} → ${now.level}`]);
      }
      const wording = (['principle', 'message', 'remedy', 'source'] as const).filter((k) => was[k] !== now[k]).map((k) => `${k}: ${quote(was[k])} → ${quote(now[k])}`);
      if (wording.length > 0) push(id, 'changed', 'patch', 'wording and citations do not change any outcome', wording);
    }
  }
  if (before.source !== after.source) push('provenance.source', 'changed', 'patch', 'the citation does not change any outcome', [`${quote(before.source)} → ${quote(after.source)}`]);
  return out;
}
