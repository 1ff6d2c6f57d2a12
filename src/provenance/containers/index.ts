// One entry point for every container: the walk for the format, with everything that goes wrong
// inside it (a broken header, a read error) turned into a problem, so one bad file never stops a scan.
import { mimeOf } from '../sniff.js';
import type { ByteSource, ContainerScan, MediaFormat } from '../types.js';
import { walkBmff } from './bmff.js';
import { walkId3 } from './id3.js';
import { walkJpeg } from './jpeg.js';
import { walkPng } from './png.js';
import { walkRiff } from './riff.js';
import { walkTiff } from './tiff.js';
import { Walk } from './walk.js';

const WALKS: Record<MediaFormat, (walk: Walk) => Promise<void>> = {
  jpeg: walkJpeg,
  png: walkPng,
  webp: walkRiff,
  wav: walkRiff,
  tiff: (walk) => walkTiff(walk),
  heic: walkBmff,
  avif: walkBmff,
  mp4: walkBmff,
  mov: walkBmff,
  mp3: walkId3,
};

/** Walks the container's headers for XMP packets and an embedded C2PA store, reading no media data. */
export async function scanContainer(src: ByteSource, format: MediaFormat): Promise<ContainerScan> {
  const walk = new Walk(src);
  try {
    await WALKS[format](walk);
  } catch (error) {
    walk.problem(0, `the ${format} walk failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { format, mime: mimeOf(format), xmp: walk.xmp, credentials: walk.credentials, problems: walk.problems };
}
