export type Segment = string | number;

/**
 * Where a collection and its entries are, kept beside the data (never in it): `[offset, ...entries]`
 * for a sequence, `[offset, keyOffset0, entry0, keyOffset1, entry1, …]` for a mapping, in source
 * order. An entry is the offset of a scalar value, or the record of a collection value (whose first
 * element is where that value starts). One array per collection: the bookkeeping costs little more
 * than the data.
 */
export type Rec = Array<number | Rec>;

// A mapping's keys in source order are Object.keys(map): keys are plain words or quoted non-numeric
// strings (see `InlineReader.key`), so no integer-like key is reordered. For mappings with many keys, lookups go
// through an index built on first use: every error locates its path, and a scan per lookup made a
// mapping with many unknown keys quadratic.
const keyIndexes = new WeakMap<object, Map<string, number>>();
function keyAt(map: object, count: number, key: string): number {
  if (count <= 16) return Object.keys(map).indexOf(key);
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map(Object.keys(map).map((k, i) => [k, i]));
    keyIndexes.set(map, index);
  }
  return index.get(key) ?? -1;
}

/** Walks `path` through `value` and its record `root` (see `Rec`): `FastDocument.locateOffset`. */
export function locateOffset(value: unknown, root: Rec, path: readonly Segment[], wantKey: boolean): number {
  let node: unknown = value;
  let rec: Rec | undefined = root;
  let last = root[0] as number;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (!rec) return last; // a scalar has nothing below it
    let entry: number | Rec | undefined;
    if (!Array.isArray(node) && typeof seg === 'string') {
      const at = keyAt(node as object, (rec.length - 1) / 2, seg);
      if (at < 0) return last;
      if (i === path.length - 1 && wantKey) return rec[1 + 2 * at] as number;
      entry = rec[2 + 2 * at];
    } else if (Array.isArray(node) && typeof seg === 'number') {
      if (!(Number.isInteger(seg) && seg >= 0 && seg < node.length)) return last;
      entry = rec[1 + seg];
    } else return last;
    node = (node as Record<string | number, unknown>)[seg];
    if (typeof entry === 'number') {
      last = entry;
      rec = undefined;
    } else {
      rec = entry as Rec;
      last = rec[0] as number;
    }
  }
  return last;
}
