import { createRequire } from 'node:module';
import type * as TarStream from 'tar-stream';

let tarStream: typeof TarStream | undefined;

// tar-stream (and streamx under it) is loaded on first use, as src/packet/pdf-lib.ts loads pdfkit:
// scripts/build.mjs splits it into dist/lib/, so a run that reads no archive never loads it.
const load = (name: string): unknown => (typeof require === 'function' ? require(name) : createRequire(import.meta.url)(name));

export function tarStreamLib(): typeof TarStream {
  tarStream ??= load('tar-stream') as typeof TarStream;
  return tarStream;
}
