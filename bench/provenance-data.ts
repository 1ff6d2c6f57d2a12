// The media the provenance bench scans, made at bench time from the test builders (nothing third-party
// is committed): 1,000 small images (900 with an XMP digital source type, 100 signed with Content
// Credentials by the test CA; the same shares at another count) and one 2 GB QuickTime master, sparse on disk, read by its headers.
//   node <bundle of this file> OUT_DIR [IMAGES]   (default 1,000 images; the bench's smoke run makes fewer)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jpeg, TRAINED, writeSparseMov, xmpPacket } from '../test/support/media/containers.js';
import { generatedJpeg } from '../test/support/media/credentials.js';
import { CLEAN_V2, v2 } from '../test/support/provenance.js';

const CAPTURE = 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture';
const out = process.argv[2];
if (!out) throw new Error('usage: provenance-data OUT_DIR [IMAGES]');
const count = Number(process.argv[3] ?? 1000);
const share = (part: number) => Math.round((count * part) / 100);

const images = join(out, 'images');
mkdirSync(join(images, 'boards'), { recursive: true });
mkdirSync(join(images, 'stills'), { recursive: true });
mkdirSync(join(images, 'signed'), { recursive: true });
const generated = jpeg({ xmp: xmpPacket(TRAINED) });
const captured = jpeg({ xmp: xmpPacket(CAPTURE) });
for (let i = 0; i < share(45); i++) writeFileSync(join(images, 'boards', `board-${String(i).padStart(4, '0')}.jpg`), generated);
for (let i = 0; i < share(45); i++) writeFileSync(join(images, 'stills', `still-${String(i).padStart(4, '0')}.jpg`), captured);
const signed = await generatedJpeg();
for (let i = 0; i < count - 2 * share(45); i++) writeFileSync(join(images, 'signed', `key-art-${String(i).padStart(4, '0')}.jpg`), signed);

const use = { ...CLEAN_V2, id: 'boards', summary: 'Generated boards and key art', assets: [{ path: 'images/boards/*.jpg' }, { path: 'images/signed/*.jpg' }, { path: 'video/*.mov' }] };
writeFileSync(join(out, 'genai-usage.yml'), v2([use]));

mkdirSync(join(out, 'video'), { recursive: true });
await writeSparseMov(join(out, 'video', 'master.mov'), { xmp: xmpPacket(TRAINED) });
