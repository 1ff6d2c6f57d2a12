// What one container walk collects, and the caps it must respect. Readers report through this so
// that every limit and every problem is worded and counted the same way in every format.
import { formatCount } from '../../util/order.js';
import type { ByteSource } from '../types.js';
import { MAX_STEPS, MAX_XMP_PACKET, MAX_XMP_TOTAL } from './limits.js';

export class Walk {
  readonly xmp: Uint8Array[] = [];
  credentials = false;
  readonly problems: string[] = [];
  private steps = 0;
  private xmpBytes = 0;
  private stopped = false;

  constructor(readonly src: ByteSource) {}

  /** Counts one header walked; false (with a problem, once) when the file has too many to walk. */
  step(offset: number): boolean {
    if (this.stopped) return false;
    if (++this.steps > MAX_STEPS) {
      this.stop(offset, `more than ${formatCount(MAX_STEPS)} segments, chunks or boxes; the rest of the file was not read`);
      return false;
    }
    return true;
  }

  /** Records a problem and ends the walk (the structure cannot be trusted past it). */
  stop(offset: number, text: string): void {
    this.problem(offset, text);
    this.stopped = true;
  }

  get done(): boolean {
    return this.stopped;
  }

  problem(offset: number, text: string): void {
    this.problems.push(`at byte ${formatCount(offset)}: ${text}`);
  }

  /**
   * Whether a packet of `length` bytes at `offset` may be taken; a problem says why not. Admitting
   * reserves the bytes against the file's total, before they are read or assembled.
   */
  admitXmp(offset: number, length: number): boolean {
    if (length > MAX_XMP_PACKET) {
      this.problem(offset, `XMP packet of ${formatCount(length)} bytes is over the ${formatCount(MAX_XMP_PACKET)}-byte limit; not read`);
      return false;
    }
    if (this.xmpBytes + length > MAX_XMP_TOTAL) {
      this.problem(offset, `XMP packet of ${formatCount(length)} bytes would take this file over ${formatCount(MAX_XMP_TOTAL)} bytes of XMP; not read`);
      return false;
    }
    this.xmpBytes += length;
    return true;
  }

  /** Takes a packet admitted with admitXmp (or assembled into the bytes it admitted). */
  addXmp(packet: Uint8Array): void {
    this.xmp.push(packet);
  }

  /** Reads and takes `length` bytes at `offset` as one XMP packet, within the caps. */
  async readXmp(offset: number, length: number): Promise<void> {
    if (!this.admitXmp(offset, length)) return;
    const packet = await this.read(offset, length);
    if (packet) this.addXmp(packet);
  }

  /** Exactly `length` bytes, or undefined with a problem when the file ends first. */
  async read(offset: number, length: number): Promise<Uint8Array | undefined> {
    const bytes = await this.src.read(offset, length);
    if (bytes.byteLength < length) {
      this.stop(offset, `file ends ${formatCount(bytes.byteLength)} bytes into a ${formatCount(length)}-byte structure (truncated)`);
      return undefined;
    }
    return bytes;
  }
}
