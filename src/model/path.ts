// A place in a document, as a list of keys and indexes (`['uses', 2, 'tools', 0, 'enterprise']`), and
// the one way it is written for people (`uses[2].tools[0].enterprise`).

export type PathSegment = string | number;

export function displayPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  return out === '' ? '(top level)' : out;
}
