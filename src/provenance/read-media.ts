// The reading stage of a scan: one media file's bytes in, what it says about its origin out
// (src/provenance/types.ts, MediaRead). Headers are walked through a ByteSource, so a 2 GB video costs
// what a small one does; only a file with an embedded manifest, and under the validation cap, is
// loaded whole, because C2PA validation hashes the whole file.
import { createHash } from 'node:crypto';
import { readTrustAnchors } from '../io/files.js';
import { formatCount } from '../util/order.js';
import { scanContainer } from './containers/index.js';
import { readCredentials } from './credentials.js';
import { isLfsPointer, mimeOf, sniff } from './sniff.js';
import type { ByteSource, MediaRead } from './types.js';
import { sourceTypesInXmp } from './xmp.js';

/**
 * Extensions the scan picks files by (then the bytes decide what the file is). Every other name a
 * reader of these containers opens is here too (`.jfif`, `.jpe`, `.qt`, …): a generated JPEG renamed
 * to one of them would otherwise be skipped, marking and all.
 */
export const MEDIA_EXTENSIONS = ['jpg', 'jpeg', 'jpe', 'jfif', 'jif', 'png', 'webp', 'tif', 'tiff', 'heic', 'heif', 'hif', 'avif', 'mp4', 'm4v', 'm4a', 'mov', 'qt', 'wav', 'mp3'] as const;
const EXTENSIONS = new Set<string>(MEDIA_EXTENSIONS);

export function isMediaPath(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') && EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}

export interface ReadOptions {
  /** PEM certificates a signer must chain to for its manifest to be trusted. */
  trustAnchors: string;
  /** Files larger than this keep their manifest unvalidated (reported so), never loaded whole. */
  maxValidateBytes: number;
  /** Compute the file's sha256 (a declaration binds this path by hash). */
  hash: boolean;
}

export const MAX_VALIDATE_BYTES = 256 * 1024 * 1024;
const HEAD_BYTES = 4096;
const HASH_CHUNK = 1 << 20;

export async function readMedia(path: string, src: ByteSource, options: ReadOptions): Promise<MediaRead> {
  const base = { path, size: src.size, xmp: [] as string[], problems: [] as string[] };
  const head = await src.read(0, Math.min(HEAD_BYTES, src.size));
  if (isLfsPointer(head)) return { ...base, notScanned: { code: 'lfs-pointer', message: 'a Git LFS pointer, not the file: the media itself is in LFS storage' } };
  const format = sniff(head);
  if (!format) return { ...base, notScanned: { code: 'not-media', message: 'its name says media, but its bytes are no container the scan reads' } };
  const scan = await scanContainer(src, format);
  const read: MediaRead = { ...base, format, problems: [...scan.problems] };
  let remoteHint = false;
  for (const packet of scan.xmp) {
    const found = sourceTypesInXmp(packet);
    read.xmp.push(...found.values);
    read.problems.push(...found.problems);
    // A manifest stored elsewhere is announced in XMP (dcterms:provenance); only the validator can say.
    if (!remoteHint) remoteHint = Buffer.from(packet.buffer, packet.byteOffset, packet.byteLength).includes('provenance');
  }
  if (scan.credentials || remoteHint) {
    if (src.size > options.maxValidateBytes) {
      if (scan.credentials) read.credentials = { state: 'not-validated', reason: `the file is ${megabytes(src.size)}, over the ${megabytes(options.maxValidateBytes)} validation cap` };
    } else {
      const credentials = await readCredentials(scan.mime ?? mimeOf(format), await src.read(0, src.size), options.trustAnchors);
      // A hint that named no remote manifest leaves the file without credentials, as it was.
      if (credentials && (scan.credentials || credentials.state === 'remote')) read.credentials = credentials;
    }
  }
  if (options.hash) read.sha256 = await sha256Of(src);
  return read;
}

async function sha256Of(src: ByteSource): Promise<string> {
  const hash = createHash('sha256');
  for (let offset = 0; offset < src.size; offset += HASH_CHUNK) hash.update(await src.read(offset, Math.min(HASH_CHUNK, src.size - offset)));
  return hash.digest('hex');
}

function megabytes(bytes: number): string {
  return `${formatCount(Math.ceil(bytes / (1024 * 1024)))} MB`;
}

/** The signers a manifest must chain to: the list shipped beside the packs, plus the trusted configuration's. */
export function trustAnchorsWith(configured: string | undefined): string {
  return [certificatesOf(readTrustAnchors()), certificatesOf(configured ?? '')].filter(Boolean).join('\n');
}

/** Only the certificate blocks of a PEM text (a published list may carry labels between them). */
export function certificatesOf(pem: string): string {
  return (pem.match(/-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+?-----END CERTIFICATE-----/g) ?? []).join('\n');
}

/** `items.map(one)` with at most `limit` calls in flight, results in input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, one: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await one(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
