// Content Credentials fixtures, made at test time: a throwaway test CA, an Ed25519 signing
// certificate it issues, and small JPEGs signed with a C2PA manifest by @trustnxt/c2pa-ts (an
// independent implementation, so the reader under test is not checked against itself). Ed25519
// because c2pa-ts writes ES256 signatures in DER, which c2pa-rs rejects. Everything is generated
// once per process: key generation and signing cost tens of milliseconds each.
// biome-ignore-all assist/source/organizeImports: c2pa-ts must load before @peculiar/x509 (see below), and sorting would swap them.
import { webcrypto } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
// c2pa-ts first: its own @peculiar/x509 (1.x) loads reflect-metadata, the Reflect polyfill that
// @peculiar/x509 2.x requires to be present before it loads.
import { JPEG, PNG } from '@trustnxt/c2pa-ts/asset';
import { CoseAlgorithmIdentifier, LocalSigner } from '@trustnxt/c2pa-ts/cose';
import { SuperBox } from '@trustnxt/c2pa-ts/jumbf';
import { ActionAssertion, AssertionLabels, DataHashAssertion, IngredientAssertion, type Manifest, ManifestStore, RelationshipType } from '@trustnxt/c2pa-ts/manifest';
import * as x509 from '@peculiar/x509';

export const TRAINED_ALGORITHMIC_MEDIA = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia';
export const DIGITAL_CAPTURE = 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture';
export const REMOTE_MANIFEST_URL = 'https://example.invalid/manifest.c2pa';
export const FIXTURE_GENERATOR = { name: 'genai-clearance-fixtures', version: '1.0' };
export const FIXTURE_AGENT = { name: 'Example Image Model', version: '2.1' };
export const FIXTURE_SIGNER = 'genai-clearance test signer';

const ED25519 = { name: 'Ed25519' } as const;
// @peculiar/x509 types its keys with the DOM's WebCrypto names, which this Node-only project does not load.
type X509Keys = Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[0]['keys'];
type X509Key = X509Keys['publicKey'];
type X509Crypto = Parameters<typeof x509.cryptoProvider.set>[0];
// c2pa-ts is typed against its own @peculiar/x509 (1.x); it reads only the certificate's DER.
type SignerCertificate = ConstructorParameters<typeof LocalSigner>[2];
// id-kp-emailProtection: one of the extended key usages C2PA accepts for a claim signer.
const EMAIL_PROTECTION = '1.3.6.1.5.5.7.3.4';

export interface TestAuthority {
  /** The root certificate as PEM: what a trust anchor setting holds. */
  rootPem: string;
  signer: LocalSigner;
}

let authority: Promise<TestAuthority> | undefined;
let otherRoot: Promise<string> | undefined;

/** A self-signed root and an Ed25519 end-entity certificate it issued, with the extensions C2PA requires of a signer. */
export function testAuthority(): Promise<TestAuthority> {
  return (authority ??= makeAuthority('genai-clearance test CA'));
}

/** A second, unrelated root: anchoring on it must not make the test signer trusted. */
export function otherRootPem(): Promise<string> {
  return (otherRoot ??= makeRoot('unrelated test CA').then(({ cert }) => cert.toString('pem')));
}

async function makeRoot(name: string): Promise<{ cert: x509.X509Certificate; keys: webcrypto.CryptoKeyPair }> {
  x509.cryptoProvider.set(webcrypto as unknown as X509Crypto);
  const keys = (await webcrypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: `CN=${name}, O=genai-clearance tests`,
    notBefore: new Date(Date.now() - 86_400_000),
    notAfter: new Date(Date.now() + 10 * 365 * 86_400_000),
    signingAlgorithm: ED25519,
    keys: keys as unknown as X509Keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey as unknown as X509Key),
    ],
  });
  return { cert, keys };
}

async function makeAuthority(name: string): Promise<TestAuthority> {
  const root = await makeRoot(name);
  const leafKeys = (await webcrypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: '02',
    subject: `CN=${FIXTURE_SIGNER}, O=genai-clearance tests`,
    issuer: root.cert.subject,
    notBefore: new Date(Date.now() - 86_400_000),
    notAfter: new Date(Date.now() + 365 * 86_400_000),
    signingAlgorithm: ED25519,
    publicKey: leafKeys.publicKey as unknown as X509Key,
    signingKey: root.keys.privateKey as unknown as X509Key,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([EMAIL_PROTECTION]),
      await x509.SubjectKeyIdentifierExtension.create(leafKeys.publicKey as unknown as X509Key),
      await x509.AuthorityKeyIdentifierExtension.create(root.cert),
    ],
  });
  const pkcs8 = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', leafKeys.privateKey));
  return { rootPem: root.cert.toString('pem'), signer: new LocalSigner(pkcs8, CoseAlgorithmIdentifier.Ed25519, leaf as unknown as SignerCertificate) };
}

/**
 * A valid baseline JPEG, written by hand: JFIF header, quantisation and one-code Huffman tables, a
 * 32×32 grey frame whose 16 blocks each code "no change, end of block". Small, and every segment is
 * one a JPEG reader expects.
 */
export function baselineJpeg(): Uint8Array {
  const segment = (marker: number, body: number[]) => [0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body];
  const oneCodeTable = (tableClass: number, symbol: number) => [tableClass << 4, 1, ...new Array<number>(15).fill(0), symbol];
  return Uint8Array.from([
    0xff,
    0xd8,
    ...segment(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xdb, [0, ...new Array<number>(64).fill(1)]),
    ...segment(0xc0, [8, 0, 32, 0, 32, 1, 1, 0x11, 0]),
    ...segment(0xc4, oneCodeTable(0, 0)),
    ...segment(0xc4, oneCodeTable(1, 0)),
    ...segment(0xda, [1, 1, 0, 0, 63, 0]),
    // 16 blocks × (DC "0", AC end-of-block "0") = 32 zero bits.
    0,
    0,
    0,
    0,
    0xff,
    0xd9,
  ]);
}

/** The same JPEG with an XMP packet (APP1) right after the JFIF header. */
export function jpegWithXmp(xmp: string): Uint8Array {
  const jpeg = baselineJpeg();
  const body = [...ascii('http://ns.adobe.com/xap/1.0/'), 0, ...new TextEncoder().encode(xmp)];
  const app1 = [0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body];
  const afterJfif = 2 + 2 + ((jpeg[4]! << 8) | jpeg[5]!);
  return Uint8Array.from([...jpeg.subarray(0, afterJfif), ...app1, ...jpeg.subarray(afterJfif)]);
}

/** A valid 8×8 grey PNG: signature, IHDR, one deflated IDAT, IEND, each chunk with its CRC. */
export function baselinePng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const typed = Uint8Array.from([...ascii(type), ...data]);
    return [...uint32(data.length), ...typed, ...uint32(crc32(typed))];
  };
  // Each row: filter type 0, then eight grey samples.
  const rows = Uint8Array.from({ length: 8 * 9 }, (_, i) => (i % 9 === 0 ? 0 : (i * 29) & 0xff));
  return Uint8Array.from([
    0x89,
    ...ascii('PNG\r\n'),
    0x1a,
    0x0a,
    ...chunk('IHDR', Uint8Array.from([...uint32(8), ...uint32(8), 8, 0, 0, 0, 0])),
    ...chunk('IDAT', deflateSync(rows)),
    ...chunk('IEND', new Uint8Array(0)),
  ]);
}

function uint32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/** An action as a manifest states it: what was done, the IPTC digital source type, the tool that did it. */
export interface FixtureAction {
  action: string;
  digitalSourceType?: string;
  softwareAgent?: { name: string; version?: string };
}

/** `image` signed with one manifest holding `actions` under `label` and a data hash over the file. */
export function signJpeg(image: Uint8Array, actions: FixtureAction[], label: string = AssertionLabels.actionsV2): Promise<Uint8Array> {
  return sign(new JPEG(image), new ManifestStore(), actions, label);
}

/** `image` (a PNG) signed the same way; the store goes into a `caBX` chunk. */
export function signPng(image: Uint8Array, actions: FixtureAction[]): Promise<Uint8Array> {
  return sign(new PNG(image), new ManifestStore(), actions, AssertionLabels.actionsV2);
}

/**
 * `image` signed with a manifest whose ingredient is `ingredient` (itself signed): the ingredient's
 * manifest store is carried over and referenced from a `c2pa.ingredient` assertion, as an editor that
 * places one signed image into another does.
 */
export function signJpegWithIngredient(image: Uint8Array, ingredient: Uint8Array, actions: FixtureAction[]): Promise<Uint8Array> {
  const jumbf = new JPEG(ingredient).getManifestJUMBF();
  if (!jumbf) throw new Error('fixture ingredient has no manifest store');
  const store = ManifestStore.read(SuperBox.fromBuffer(jumbf as Uint8Array<ArrayBuffer>));
  const parent = store.getActiveManifest()!;
  return sign(new JPEG(image), store, actions, AssertionLabels.actionsV2, (manifest) => {
    const placed = IngredientAssertion.create('ingredient.jpg', 'image/jpeg', parent.claim!.instanceID!);
    placed.relationship = RelationshipType.ComponentOf;
    placed.c2pa_manifest = manifest.createHashedReference(`/c2pa/${parent.label}`);
    manifest.addAssertion(placed);
  });
}

async function sign(asset: JPEG | PNG, store: ManifestStore, actions: FixtureAction[], label: string, addIngredients?: (manifest: Manifest) => void): Promise<Uint8Array> {
  const { signer } = await testAuthority();
  const manifest = store.createManifest({ assetFormat: asset.mimeType, instanceID: `xmp:iid:${webcrypto.randomUUID()}`, defaultHashAlgorithm: 'SHA-256', signer });
  manifest.claim!.claimGeneratorName = FIXTURE_GENERATOR.name;
  manifest.claim!.claimGeneratorVersion = FIXTURE_GENERATOR.version;
  addIngredients?.(manifest);
  const stated = new ActionAssertion();
  stated.label = label;
  stated.actions = actions as ActionAssertion['actions'];
  manifest.addAssertion(stated);
  const dataHash = DataHashAssertion.create('SHA-256');
  manifest.addAssertion(dataHash);
  await asset.ensureManifestSpace(store.measureSize());
  await dataHash.updateWithAsset(asset);
  await manifest.sign(signer);
  await asset.writeManifestJUMBF(store.getBytes());
  return new Uint8Array(await asset.getDataRange());
}

/** `signed` with one bit of its entropy-coded image data changed; the manifest itself is untouched. */
export function tamperImageData(signed: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(signed);
  const sos = indexOfMarker(copy, 0xda);
  const firstDataByte = sos + 2 + ((copy[sos + 2]! << 8) | copy[sos + 3]!);
  copy[firstDataByte]! ^= 0x01;
  return copy;
}

function indexOfMarker(jpeg: Uint8Array, marker: number): number {
  // Walk the segment headers from SOI, so a marker-like byte inside a segment is never mistaken for one.
  let at = 2;
  while (at + 4 <= jpeg.length) {
    if (jpeg[at] !== 0xff) throw new Error(`fixture JPEG: no marker at byte ${at}`);
    if (jpeg[at + 1] === marker) return at;
    at += 2 + ((jpeg[at + 2]! << 8) | jpeg[at + 3]!);
  }
  throw new Error(`fixture JPEG: marker ${marker.toString(16)} not found`);
}

const cached = new Map<string, Promise<Uint8Array>>();
const once = (key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> => {
  let made = cached.get(key);
  if (!made) cached.set(key, (made = make()));
  return made;
};

/** A JPEG a generator signed: `c2pa.created` from trained algorithmic media, with its software agent. */
export function generatedJpeg(): Promise<Uint8Array> {
  return once('generated', () => signJpeg(baselineJpeg(), [{ action: 'c2pa.created', digitalSourceType: TRAINED_ALGORITHMIC_MEDIA, softwareAgent: FIXTURE_AGENT }]));
}

/** A JPEG a camera signed: `c2pa.created` from a digital capture. */
export function capturedJpeg(): Promise<Uint8Array> {
  return once('captured', () => signJpeg(baselineJpeg(), [{ action: 'c2pa.created', digitalSourceType: DIGITAL_CAPTURE, softwareAgent: { name: 'Example Camera' } }]));
}

/** {@link generatedJpeg}'s manifest, on a PNG. */
export function generatedPng(): Promise<Uint8Array> {
  return once('generated-png', () => signPng(baselinePng(), [{ action: 'c2pa.created', digitalSourceType: TRAINED_ALGORITHMIC_MEDIA, softwareAgent: FIXTURE_AGENT }]));
}

/** A camera JPEG into which an editor placed {@link generatedJpeg}: the AI source type is the ingredient's. */
export function compositeJpeg(): Promise<Uint8Array> {
  return once('composite', async () =>
    signJpegWithIngredient(baselineJpeg(), await generatedJpeg(), [
      { action: 'c2pa.created', digitalSourceType: DIGITAL_CAPTURE },
      { action: 'c2pa.placed', softwareAgent: { name: 'Example Editor', version: '5' } },
    ]),
  );
}

/** {@link generatedJpeg} with one image byte changed after signing. */
export function tamperedJpeg(): Promise<Uint8Array> {
  return once('tampered', async () => tamperImageData(await generatedJpeg()));
}

/** A JPEG whose XMP says its manifest lives at {@link REMOTE_MANIFEST_URL} and that embeds none. */
export function remoteManifestJpeg(): Uint8Array {
  return jpegWithXmp(
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dcterms="http://purl.org/dc/terms/" dcterms:provenance="${REMOTE_MANIFEST_URL}"/></rdf:RDF></x:xmpmeta>`,
  );
}
