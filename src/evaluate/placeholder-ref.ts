// References that stand in for an approval nobody has given yet. A pack's reference pattern describes
// the shape of a ticket, and `TBD-1` or `PENDING-0` have that shape; they are refused by what they say.

const PLACEHOLDER_WORDS = new Set([
  'TBD',
  'TBC',
  'TBA',
  'TODO',
  'FIXME',
  'PENDING',
  'AWAITING',
  'REQUESTED',
  'NONE',
  'NULL',
  'NIL',
  'NA',
  'UNKNOWN',
  'PLACEHOLDER',
  'DRAFT',
  'TEMP',
  'TMP',
  'WIP',
  'XX',
  'XXX',
  'XXXX',
  'DUMMY',
  'FAKE',
  'SAMPLE',
  'EXAMPLE',
]);

/** The placeholder word a reference starts with (`TBD-1` → `TBD`), if it starts with one. */
export function placeholderWord(ref: string): string | undefined {
  const head = /^([A-Za-z]+)(?=$|[-_/ .0-9])/.exec(ref.trim())?.[1]?.toUpperCase();
  return head !== undefined && PLACEHOLDER_WORDS.has(head) ? head : undefined;
}
