// Red-team pass on the provenance scan: the pull request controls the media (bytes, names, sizes) and
// the declarations. Each attack asserts the safe behaviour, with an honest twin where one helps.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bufferSource } from '../../src/provenance/byte-source.js';
import { evidenceOf } from '../../src/provenance/evidence.js';
import { readMedia } from '../../src/provenance/read-media.js';
import { sourceTypesInXmp } from '../../src/provenance/xmp.js';
import { cliAsync } from '../cli/in-process.js';
import { concat, jpeg, lfsPointer, png, TRAINED, xmpPacket } from '../support/media/containers.js';
import { baselineJpeg, DIGITAL_CAPTURE, generatedJpeg, jpegWithXmp, signJpeg } from '../support/media/credentials.js';
import { CLEAN_V2, v2 } from '../support/provenance.js';

const OPTIONS = { trustAnchors: '', maxValidateBytes: 256 * 1024 * 1024, hash: false };
const read = (path: string, bytes: Uint8Array) => readMedia(path, bufferSource(bytes), OPTIONS);
const bytesOf = (s: string) => new TextEncoder().encode(s);

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gc-red-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
async function put(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), content);
}
async function scanJson(args: string[] = []): Promise<{ code: number; report: any; stderr: string }> {
  const r = await cliAsync(['scan', ...args, '--format', 'json'], dir);
  return { code: r.code, report: r.stdout ? JSON.parse(r.stdout) : undefined, stderr: r.stderr };
}
const asset = (report: any, path: string) => report.provenance.assets.find((a: { path: string }) => a.path === path);

describe('red team: XMP packets', () => {
  it('a DOCTYPE with billion-laughs entities is refused without expanding anything', () => {
    const laughs = `<!DOCTYPE x [<!ENTITY a "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]>`;
    const got = sourceTypesInXmp(bytesOf(xmpPacket('&j;', { form: 'element', prolog: laughs })));
    expect(got.values.join('')).not.toContain('lol');
    expect(got.problems[0]).toContain('DOCTYPE');
  });

  it('an external entity (XXE) is never fetched or read: the packet is refused', () => {
    const xxe = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>';
    const got = sourceTypesInXmp(bytesOf(xmpPacket('&e;', { form: 'element', prolog: xxe })));
    expect(got.values.join('')).not.toContain('root:');
    expect(got.problems[0]).toContain('DOCTYPE');
  });
});

describe('red team: XMP a reader must not miss', () => {
  const bag = (inner: string) =>
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"><Iptc4xmpExt:DigitalSourceType>${inner}</Iptc4xmpExt:DigitalSourceType></rdf:Description></rdf:RDF></x:xmpmeta>`;

  it.each([
    ['UTF-16LE', 'utf16le' as const],
    ['UTF-16BE', 'utf16be' as const],
  ])('a %s packet without a leading byte order mark (XMP puts it inside <?xpacket begin>) is read', (_name, encoding) => {
    const le = Buffer.from(xmpPacket(TRAINED), 'utf16le');
    const packet = encoding === 'utf16le' ? le : Buffer.from(le).swap16();
    expect(sourceTypesInXmp(packet)).toEqual({ values: [TRAINED], problems: [] });
  });

  it('in a real JPEG too: a UTF-16 packet does not hide a generated image', async () => {
    const body = Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), Buffer.from(xmpPacket(TRAINED), 'utf16le')]);
    const base = baselineJpeg();
    const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body]);
    const file = concat(base.subarray(0, 2), app1, base.subarray(2));
    const got = evidenceOf(await read('a.jpg', file));
    expect(got).toMatchObject({ signal: 'xmp', deciding: [{ term: 'trainedAlgorithmicMedia' }] });
  });

  it.each([
    ['an rdf:Bag of rdf:li', `<rdf:Bag><rdf:li>${TRAINED}</rdf:li></rdf:Bag>`],
    ['an rdf:Seq with whitespace', `\n <rdf:Seq>\n  <rdf:li> ${TRAINED} </rdf:li>\n </rdf:Seq>\n`],
    ['an rdf:value', `<rdf:Description><rdf:value>${TRAINED}</rdf:value></rdf:Description>`],
    ['an rdf:li with rdf:resource', `<rdf:Bag><rdf:li rdf:resource="${TRAINED}"/></rdf:Bag>`],
  ])('a value written as %s is still read', (_name, inner) => {
    expect(sourceTypesInXmp(bytesOf(bag(inner)))).toEqual({ values: [TRAINED], problems: [] });
  });

  it('honest twin: an empty list states nothing, and a plain value is read once', () => {
    expect(sourceTypesInXmp(bytesOf(bag('<rdf:Bag> </rdf:Bag>')))).toEqual({ values: [], problems: [] });
    expect(sourceTypesInXmp(bytesOf(bag(TRAINED)))).toEqual({ values: [TRAINED], problems: [] });
  });

  // Left as designed (test/provenance/xmp.test.ts asserts it): a packet that cannot be parsed safely is
  // not read at all. The marking is then as good as stripped, which the attacker can do anyway; what
  // the gate must do is say so, not show the file as silent.
  it('a DOCTYPE or broken XML around a generated marking is refused, and the file says why (unknown, not clean)', async () => {
    const doctype = jpeg({ xmp: xmpPacket(TRAINED, { prolog: '<!DOCTYPE x>' }) });
    const broken = jpeg({ xmp: `${xmpPacket(TRAINED)}<unclosed>` });
    for (const file of [doctype, broken]) {
      const media = await read('a.jpg', file);
      const got = evidenceOf(media);
      expect(got.signal).toBe('none');
      expect(media.problems.join('\n')).toMatch(/DOCTYPE|not well-formed/);
    }
  });
});

describe('red team: declarations (assets paths, globs, sha256)', () => {
  const generated = () => jpeg({ xmp: xmpPacket(TRAINED) });
  const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
  const WRONG = 'a'.repeat(64);
  const declaredBy = (report: any, path: string) => asset(report, path).declaredBy.length;

  it.each([
    ['a glob', 'art/*.jpg'],
    ['a brace set', 'art/{poster,other}.jpg'],
  ])('a sha256 on %s is refused as a contradiction: it cannot bind every file the glob matches', async (_name, glob) => {
    await put('art/poster.jpg', generated());
    await put('genai-usage.yml', v2([{ ...CLEAN_V2, assets: [{ path: glob, sha256: WRONG }] }]));
    const r = await cliAsync(['scan'], dir);
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('a sha256 binds one file');
  });

  it.each([
    ['a doubled slash', 'art//poster.jpg'],
    ['a dot segment', 'art/./poster.jpg'],
    ['a parent segment', 'art/x/../poster.jpg'],
    ['a backslash', 'art\\poster.jpg'],
  ])('a sha256 on %s (a spelling hashing would miss) declares nothing', async (_name, path) => {
    await put('art/poster.jpg', generated());
    await put('genai-usage.yml', v2([{ ...CLEAN_V2, assets: [{ path, sha256: WRONG }] }]));
    const { code, report } = await scanJson();
    expect(declaredBy(report, 'art/poster.jpg')).toBe(0);
    expect(code).toBe(1);
  });

  it('honest twin: `./` is the same path; the wrong sha256 is named and the file stays undeclared, the right one declares it', async () => {
    const bytes = generated();
    await put('art/poster.jpg', bytes);
    await put('genai-usage.yml', v2([{ ...CLEAN_V2, assets: [{ path: './art/poster.jpg', sha256: WRONG }] }]));
    const wrong = await scanJson();
    expect(declaredBy(wrong.report, 'art/poster.jpg')).toBe(0);
    expect(asset(wrong.report, 'art/poster.jpg').notes.join('\n')).toContain(`sha256 ${WRONG}, but the file's is ${sha(bytes)}`);
    expect(wrong.code).toBe(1);
    await put('genai-usage.yml', v2([{ ...CLEAN_V2, assets: [{ path: './art/poster.jpg', sha256: sha(bytes) }] }]));
    const right = await scanJson();
    expect(declaredBy(right.report, 'art/poster.jpg')).toBe(1);
    expect(right.code).toBe(0);
  });

  it.each([
    ['a parent-relative path', '../art/poster.jpg'],
    ['an absolute path', '/art/poster.jpg'],
    ['another letter case', 'Art/Poster.jpg'],
    ['a glob that matches elsewhere', 'stills/**'],
  ])('%s does not declare a file it does not name: the generated file stays undeclared', async (_name, path) => {
    await put('art/poster.jpg', generated());
    await put('genai-usage.yml', v2([{ ...CLEAN_V2, assets: [{ path }] }]));
    const { code, report } = await scanJson();
    expect(declaredBy(report, 'art/poster.jpg')).toBe(0);
    expect(code).toBe(1);
  });

  it('`**` declares every file for one use, and the report names that use on each (a reviewer sees it)', async () => {
    await put('art/poster.jpg', generated());
    await put('vfx/shot.png', png({ xmp: xmpPacket(TRAINED) }));
    await put('genai-usage.yml', v2([{ ...CLEAN_V2, assets: [{ path: '**' }] }]));
    const { report } = await scanJson();
    expect(report.provenance.assets.map((a: any) => [a.path, a.declaredBy.map((r: any) => r.use)])).toEqual([
      ['art/poster.jpg', ['moodboards']],
      ['vfx/shot.png', ['moodboards']],
    ]);
  });
});
