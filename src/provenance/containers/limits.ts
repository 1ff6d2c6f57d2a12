// How much a container walk may take from one file. Real packets are a few KiB and real files a few
// hundred boxes; the caps keep a hostile or broken file from costing memory or time, and going over
// one is reported, never silent.

/** One XMP packet larger than this is not read. */
export const MAX_XMP_PACKET = 1024 * 1024;
/** XMP taken from one file, all packets together. */
export const MAX_XMP_TOTAL = 4 * 1024 * 1024;
/** Segments, chunks, boxes, frames and IFD entries walked in one file. */
export const MAX_STEPS = 10_000;
/** A header region read whole to be parsed (a HEIC `iinf`/`iloc`, an ID3 frame head). */
export const MAX_HEADER_BLOCK = 1024 * 1024;
/** Containers nested inside containers (RIFF LIST, BMFF moov/udta/meta). */
export const MAX_DEPTH = 8;
