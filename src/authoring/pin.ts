import { isMap, isScalar, isSeq, parseDocument } from 'yaml';

/**
 * The declaration text with its pin of `pack` replaced by the exact `pack@version`, so `diff` can ask
 * "what would this production get under A, and under B?" with the real evaluator, approvals (and their
 * staleness) included. A declaration that does not pin the pack, or cannot be parsed, is returned
 * unchanged (`pinned: false`): the change between A and B does not reach it.
 */
export function pinPack(text: string, pack: string, version: string): { text: string; pinned: boolean } {
  const doc = parseDocument(text, { version: '1.2' });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { text, pinned: false };
  const policies = doc.contents.get('policies', true);
  if (!isSeq(policies)) return { text, pinned: false };
  let pinned = false;
  for (const item of policies.items) {
    if (isScalar(item) && typeof item.value === 'string' && item.value.startsWith(`${pack}@`)) {
      item.value = `${pack}@${version}`;
      pinned = true;
    }
  }
  return pinned ? { text: doc.toString(), pinned } : { text, pinned };
}

/** The pack references a declaration pins (`policies`), as written; none when it cannot be parsed. */
export function pinsOf(text: string): string[] {
  const doc = parseDocument(text, { version: '1.2' });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return [];
  const policies = doc.contents.get('policies', true);
  if (!isSeq(policies)) return [];
  return policies.items.flatMap((item) => (isScalar(item) && typeof item.value === 'string' && item.value.includes('@') ? [item.value] : []));
}
