/** JSON with object keys sorted at every level: equal data, equal text (hashes, caches, comparisons). */
export function canonicalJson(value: unknown): string {
  // One string built in one pass: every use is fingerprinted, so no intermediate arrays per level.
  let out = '';
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      out += '[';
      for (let i = 0; i < v.length; i++) {
        if (i > 0) out += ',';
        walk(v[i]);
      }
      out += ']';
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v).sort();
      out += '{';
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i] as string;
        if (i > 0) out += ',';
        out += `${JSON.stringify(k)}:`;
        walk((v as Record<string, unknown>)[k]);
      }
      out += '}';
    } else out += JSON.stringify(v);
  };
  walk(value);
  return out;
}
