// What the provenance readers hand to the rest of the tool. The readers (containers/, xmp.ts,
// credentials.ts) know file formats; everything after them (classify.ts, the scan report, the pack
// rules) reads only these shapes, so a new container changes nothing downstream.

/** Random access to a file's bytes, so a reader takes only the headers it needs from a 2 GB video. */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes from `offset`; shorter only where the source ends. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** The containers the scan recognises by their magic bytes. */
export type MediaFormat = 'jpeg' | 'png' | 'webp' | 'tiff' | 'heic' | 'avif' | 'mp4' | 'mov' | 'wav' | 'mp3';

/** What walking a container's segment, chunk or box headers found, without decoding any media. */
export interface ContainerScan {
  format: MediaFormat;
  /** The media type C2PA readers are given for this container. */
  mime: string;
  /** Each XMP packet found (JPEG APP1, PNG iTXt, RIFF `_PMX`/`XMP `, BMFF `uuid`/`meta`, ID3 `PRIV`, TIFF tag 700). */
  xmp: Uint8Array[];
  /** A C2PA manifest store is embedded (JPEG APP11 JUMBF, PNG `caBX`, BMFF C2PA `uuid`, RIFF `C2PA`, ID3 `GEOB`). */
  credentials: boolean;
  /** Structural problems met on the way (a box running past the end of the file): the walk stopped there. */
  problems: string[];
}

export type CredentialState =
  /** Valid, and the signer chains to a shipped or configured trust anchor. */
  | 'trusted'
  /** Valid signature and hashes, but the signer chains to no anchor we hold. */
  | 'untrusted'
  /** The manifest does not match the file or its own signature (e.g. `assertion.dataHash.mismatch`). */
  | 'invalid'
  /** The file points to a manifest stored elsewhere; we report its URL and never fetch it. */
  | 'remote';

/** One digital source type a manifest states, where it says it, and what says so. */
export interface StatedSourceType {
  /** As written in the manifest (normalised later, by classify.ts). */
  value: string;
  /** The active manifest's own actions, or those of one of its ingredients' manifests. */
  from: 'active' | 'ingredient';
  /** The action that carries it, e.g. `c2pa.created`. */
  action: string;
  softwareAgent?: string;
}

/** What reading and validating an embedded C2PA manifest store found. */
export interface CredentialsRead {
  state: CredentialState;
  /** Validation failure codes, sorted (e.g. `assertion.dataHash.mismatch`); empty when valid. */
  codes: string[];
  /** For `remote`: where the manifest is said to live. */
  remoteUrl?: string;
  /** For `invalid` with a `genai-clearance.*` code: why the reader failed, in its own words. */
  message?: string;
  /** Common name (or organisation) of the signing certificate's subject, when the reader exposes it. */
  signer?: string;
  /** The claim generator (name and version) of the active manifest. */
  generator?: string;
  sourceTypes: StatedSourceType[];
}

/**
 * One media file as the shell read it (src/provenance/read-media.ts): the core's only provenance input.
 * Reading is I/O (and a wasm validator); judging what was read is pure and lives in the core.
 */
export interface MediaRead {
  /** Relative to the scanned root (the repository), forward slashes. */
  path: string;
  size: number;
  format?: MediaFormat;
  /** Set when the file was not read; nothing else is then known about it. */
  notScanned?: { code: 'lfs-pointer' | 'over-cap' | 'not-media' | 'unreadable'; message: string };
  /** DigitalSourceType values found in its XMP packets, as written. */
  xmp: string[];
  /** Absent: no C2PA manifest is embedded. */
  credentials?: CredentialsRead | { state: 'not-validated'; reason: string };
  problems: string[];
  /** Lower-case hex; computed only for files a declaration binds by sha256. */
  sha256?: string;
}
