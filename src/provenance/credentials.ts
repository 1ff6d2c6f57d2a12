// Reads and validates an embedded C2PA manifest store with c2pa-rs (compiled to WebAssembly, shipped
// in the npm package and bundled with the tool; never fetched). Everything in a manifest is untrusted
// input: fields are checked for type before use and every string handed on is single-line and capped.
import { readFileSync } from 'node:fs';
import type * as C2paWasm from '@contentauth/c2pa-wasm';
import { plainText } from '../render/escape.js';
import { compareText } from '../util/order.js';
import { present } from '../util/present.js';
import type { CredentialsRead, StatedSourceType } from './types.js';
import { c2paWasmPath } from './wasm-path.js';

/** Longest string taken from a manifest or the reader (a generator name, a URL, an error message). */
export const MAX_TEXT = 200;
/** The reader failed on the file (a malformed store, an unsupported format, a missing module). */
export const UNREADABLE = 'genai-clearance.unreadable';
/** The reader found no manifest store and no remote reference, although one was expected. */
export const NO_MANIFEST = 'genai-clearance.noManifest';
/** The reader returned a validation state this code does not know. */
export const UNKNOWN_STATE = 'genai-clearance.unknownValidationState';

// Valid signature and hashes, but the signer chains to no anchor: the one failure that still means "untrusted".
const UNTRUSTED = 'signingCredential.untrusted';
const ACTIONS_LABEL = /^c2pa\.actions(\.v2)?(__\d+)?$/;
const REMOTE_URL = /RemoteManifestUrl\("((?:[^"\\]|\\.)*)"\)/;

let library: Promise<typeof C2paWasm> | undefined;

/**
 * c2pa-wasm, initialised on the first file with credentials: most runs scan nothing, and compiling the
 * 9 MB module costs tens of milliseconds. In the bundles, scripts/build.mjs turns this `require` into
 * one of dist/lib/c2pa.cjs; under plain Node ESM, which has no `require`, the package is imported.
 * Exported for callers that need the library itself: a second `import` could be another, uninitialised copy.
 */
export function loadC2pa(): Promise<typeof C2paWasm> {
  library ??= (async () => {
    const lib = (typeof require === 'function' ? require('@contentauth/c2pa-wasm') : await import('@contentauth/c2pa-wasm')) as typeof C2paWasm;
    lib.initSync({ module: readFileSync(c2paWasmPath()) });
    return lib;
  })();
  return library;
}

/**
 * Settings for c2pa-rs that keep validation offline and deterministic: no remote manifest fetch, no
 * OCSP, and trust decided only by `trustAnchorsPem`. c2pa-rs ignores keys it does not know, so a
 * misspelt key here would silently turn fetching back on: test/provenance/credentials.test.ts fails then.
 */
export function readerSettings(trustAnchorsPem: string): string {
  return JSON.stringify({
    version: 1,
    verify: { remote_manifest_fetch: false, ocsp_fetch: false, verify_trust: true },
    ...(trustAnchorsPem.trim() === '' ? {} : { trust: { trust_anchors: trustAnchorsPem } }),
  });
}

/**
 * What the file's C2PA manifest store says and whether it holds. Call it for a file whose container
 * holds a manifest store, or whose XMP names a remote one (`dcterms:provenance`); on a file with
 * neither, c2pa-rs finds nothing and the answer is `invalid` with {@link NO_MANIFEST}. A reader error
 * is never swallowed: it comes back `invalid` with {@link UNREADABLE} and the reader's message.
 */
export async function readCredentials(mime: string, bytes: Uint8Array, trustAnchorsPem: string): Promise<CredentialsRead> {
  // c2pa-rs rejects such anchors with a misleading TOML parse error (it tries TOML after JSON).
  if (trustAnchorsPem.trim() !== '' && !trustAnchorsPem.includes('-----BEGIN CERTIFICATE-----')) {
    return { state: 'invalid', codes: [UNREADABLE], message: 'the trust anchors hold no PEM certificate', sourceTypes: [] };
  }
  let store: unknown;
  try {
    const lib = await loadC2pa();
    const reader = await lib.WasmReader.fromBytes(mime, bytes, readerSettings(trustAnchorsPem));
    try {
      store = JSON.parse(reader.json());
    } finally {
      reader.free();
    }
  } catch (error) {
    return fromReaderError(error);
  }
  return fromStore(store);
}

function fromReaderError(error: unknown): CredentialsRead {
  const message = error instanceof Error ? error.message : String(error);
  const remote = REMOTE_URL.exec(message);
  if (remote) return { state: 'remote', codes: [], remoteUrl: text(present(remote[1], 'the remote manifest URL').replace(/\\(.)/g, '$1')), sourceTypes: [] };
  const code = /\bJumbfNotFound\b/.test(message) ? NO_MANIFEST : UNREADABLE;
  return { state: 'invalid', codes: [code], message: text(message), sourceTypes: [] };
}

/** c2pa-rs's manifest store report (`WasmReader.json()`, parsed) as a {@link CredentialsRead}. */
export function fromStore(store: unknown): CredentialsRead {
  const codes = failureCodes(store);
  const manifests = record(field(store, 'manifests'));
  const activeLabel = field(store, 'active_manifest');
  const active = typeof activeLabel === 'string' && manifests ? record(manifests[activeLabel]) : undefined;
  // c2pa-rs leaves out a manifest it could not load (an assertion of the wrong shape) and says why in the codes.
  if (!active) {
    const why = codes.filter((code) => code !== UNTRUSTED);
    return { state: 'invalid', codes: why.length > 0 ? codes : [...codes, UNREADABLE].sort(compareText), message: 'the reader could not load the active manifest', sourceTypes: [] };
  }

  const validationState = field(store, 'validation_state');
  const read: CredentialsRead = { state: 'invalid', codes, sourceTypes: collectSourceTypes(active, manifests ?? {}) };
  if (validationState !== 'Trusted' && validationState !== 'Valid' && validationState !== 'Invalid') {
    codes.push(UNKNOWN_STATE);
    codes.sort(compareText);
    read.message = text(`validation state ${JSON.stringify(validationState) ?? 'missing'}`);
  } else if (validationState !== 'Invalid' && codes.every((code) => code === UNTRUSTED)) {
    read.state = validationState === 'Trusted' && codes.length === 0 ? 'trusted' : 'untrusted';
  }
  const signer = signerOf(active);
  if (signer) read.signer = signer;
  const generator = generatorOf(active);
  if (generator) read.generator = generator;
  return read;
}

/** Failure codes of the active manifest and of its ingredients, and the store's overall status list. */
function failureCodes(store: unknown): string[] {
  const results = field(store, 'validation_results');
  const lists = [field(field(results, 'activeManifest'), 'failure'), field(store, 'validation_status')];
  for (const delta of array(field(results, 'ingredientDeltas'))) lists.push(field(field(delta, 'validationDeltas'), 'failure'));
  const codes = new Set<string>();
  for (const list of lists) {
    for (const entry of array(list)) {
      const code = field(entry, 'code');
      if (typeof code === 'string' && code !== '') codes.add(text(code));
    }
  }
  return [...codes].sort(compareText);
}

/** The active manifest's stated source types, then those of its ingredients' manifests (transitively, each once). */
function collectSourceTypes(active: Record<string, unknown>, manifests: Record<string, unknown>): StatedSourceType[] {
  const found: StatedSourceType[] = [];
  const seen = new Set<unknown>([active]);
  const queue: Record<string, unknown>[] = [active];
  for (let i = 0; i < queue.length; i++) {
    const manifest = present(queue[i], 'a queued manifest');
    statedIn(manifest, i === 0 ? 'active' : 'ingredient', found);
    for (const ingredient of array(manifest.ingredients)) {
      const label = field(ingredient, 'active_manifest');
      const next = typeof label === 'string' ? record(manifests[label]) : undefined;
      if (next && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return found;
}

function statedIn(manifest: Record<string, unknown>, from: StatedSourceType['from'], found: StatedSourceType[]): void {
  for (const assertion of array(manifest.assertions)) {
    const label = field(assertion, 'label');
    if (typeof label !== 'string' || !ACTIONS_LABEL.test(label)) continue;
    const data = field(assertion, 'data');
    const agents = array(field(data, 'softwareAgents'));
    for (const action of array(field(data, 'actions'))) {
      const value = field(action, 'digitalSourceType');
      if (typeof value !== 'string' || value === '') continue;
      const name = field(action, 'action');
      const stated: StatedSourceType = { value: text(value), from, action: typeof name === 'string' ? text(name) : '' };
      const index = field(action, 'softwareAgentIndex');
      const agent = agentName(field(action, 'softwareAgent') ?? (Number.isInteger(index) ? agents[index as number] : undefined));
      if (agent) stated.softwareAgent = agent;
      found.push(stated);
    }
  }
}

/** A software agent or claim generator: a string, or a `{name, version}` map. */
function agentName(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : text(value);
  const name = field(value, 'name');
  if (typeof name !== 'string' || name.trim() === '') return undefined;
  const version = field(value, 'version');
  return text(typeof version === 'string' && version !== '' ? `${name} ${version}` : name);
}

function generatorOf(manifest: Record<string, unknown>): string | undefined {
  const info = manifest.claim_generator_info;
  // Each entry is a generator-info map; only the older `claim_generator` is a bare string.
  for (const entry of Array.isArray(info) ? info : [info]) {
    const name = agentName(record(entry));
    if (name) return name;
  }
  return agentName(manifest.claim_generator);
}

function signerOf(manifest: Record<string, unknown>): string | undefined {
  const info = manifest.signature_info;
  for (const key of ['common_name', 'issuer']) {
    const value = field(info, key);
    if (typeof value === 'string' && value.trim() !== '') return text(value);
  }
  return undefined;
}

function text(value: string): string {
  return plainText(value, MAX_TEXT);
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function field(value: unknown, key: string): unknown {
  const object = record(value);
  return object && Object.hasOwn(object, key) ? object[key] : undefined;
}

function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
