// What a file says about its origin, weighed: a signed manifest whose signer we trust beats one whose
// signer we do not know, which beats XMP (unsigned, rewritten by any editor, easily stripped); a
// manifest that does not match the file comes last, and a file that says nothing is unknown, never clean.

import type { AssetCredentials, AssetStatement, Signal } from '../model/provenance.js';
import { SIGNAL_WORDS } from '../model/provenance.js';
import { normaliseSourceType } from './source-types.js';
import type { MediaRead } from './types.js';

export interface Evidence {
  credentials: AssetCredentials;
  signal: Signal;
  /** The statements of the deciding signal, the active manifest's before its ingredients'. */
  deciding: AssetStatement[];
  statements: AssetStatement[];
  notes: string[];
}

export function evidenceOf(media: MediaRead): Evidence {
  const read = media.credentials;
  const credentials: AssetCredentials =
    read === undefined
      ? { status: 'none', codes: [] }
      : read.state === 'not-validated'
        ? { status: 'not-validated', codes: [] }
        : {
            status: read.state,
            codes: read.codes,
            ...(read.signer ? { signer: read.signer } : {}),
            ...(read.generator ? { generator: read.generator } : {}),
            ...(read.remoteUrl ? { remoteUrl: read.remoteUrl } : {}),
          };
  const signed: AssetStatement[] =
    read && read.state !== 'not-validated'
      ? [...read.sourceTypes]
          .sort((a, b) => (a.from === b.from ? 0 : a.from === 'active' ? -1 : 1))
          .map((s) => ({
            in: 'c2pa' as const,
            value: s.value,
            ...termOf(s.value),
            from: s.from,
            action: s.action,
            ...(s.softwareAgent ? { softwareAgent: s.softwareAgent } : {}),
          }))
      : [];
  const unsigned: AssetStatement[] = media.xmp.map((value) => ({ in: 'xmp', value, ...termOf(value) }));
  const statements = [...signed, ...unsigned];

  const candidates: Array<[Signal, AssetStatement[]]> = [
    ['c2pa-trusted', credentials.status === 'trusted' ? signed : []],
    ['c2pa-untrusted', credentials.status === 'untrusted' ? signed : []],
    ['xmp', unsigned],
    ['c2pa-invalid', credentials.status === 'invalid' ? signed : []],
  ];
  const [signal, deciding] = candidates.find(([, list]) => list.length > 0) ?? ['none', []];
  const notes: string[] = [];
  const said = (list: readonly AssetStatement[]) => [...new Set(list.map((s) => s.term ?? s.value))];
  const decided = new Set(said(deciding));
  for (const [other, list] of candidates) {
    if (other === signal || list.length === 0) continue;
    const differing = said(list).filter((v) => !decided.has(v));
    if (differing.length > 0) notes.push(`${SIGNAL_WORDS[other]} say ${differing.join(', ')}; ${SIGNAL_WORDS[signal]} decide`);
  }
  if (read?.state === 'not-validated') notes.push(`Content Credentials are embedded but were not validated: ${read.reason}`);
  return { credentials, signal, deciding, statements, notes };
}

function termOf(value: string): { term?: string } {
  const { term } = normaliseSourceType(value);
  return term ? { term } : {};
}
