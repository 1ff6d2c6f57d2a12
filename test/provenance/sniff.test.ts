import { describe, expect, test } from 'vitest';
import { isLfsPointer, mimeOf, SNIFF_LENGTH, sniff } from '../../src/provenance/sniff.js';
import type { MediaFormat } from '../../src/provenance/types.js';
import { box, concat, heif, jpeg, lfsPointer, mov, mp3, mp4, png, tiff, wav, webp } from '../support/media/containers.js';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const ftyp = (major: string, ...compatible: string[]) => box('ftyp', latin1(major), [0, 0, 0, 0], ...compatible.map(latin1));
const head = (bytes: Uint8Array) => bytes.subarray(0, SNIFF_LENGTH);

describe('sniff', () => {
  test.each<[string, Uint8Array, MediaFormat]>([
    ['JPEG', jpeg(), 'jpeg'],
    ['PNG', png(), 'png'],
    ['WebP', webp(), 'webp'],
    ['WAV', wav(), 'wav'],
    ['little-endian TIFF', tiff({ order: 'II' }), 'tiff'],
    ['big-endian TIFF', tiff({ order: 'MM' }), 'tiff'],
    ['HEIC', heif(), 'heic'],
    ['AVIF', heif({ brand: 'avif' }), 'avif'],
    ['MP4', mp4(), 'mp4'],
    ['MOV', mov(), 'mov'],
    ['MP3 with an ID3 tag', mp3(), 'mp3'],
  ])('%s built by the test builders', (_name, bytes, format) => {
    expect(sniff(head(bytes))).toBe(format);
  });

  test.each<[string, string[], MediaFormat]>([
    ['heix', ['mif1'], 'heic'],
    ['mif1', ['heic'], 'heic'],
    ['msf1', ['hevc'], 'heic'],
    ['mif1', ['avif'], 'avif'],
    ['avis', [], 'avif'],
    ['qt  ', [], 'mov'],
    ['isom', ['mp41'], 'mp4'],
    ['mp42', [], 'mp4'],
    ['iso5', [], 'mp4'],
    ['M4A ', ['isom'], 'mp4'],
  ])('ftyp major brand %s (compatible %j) is %s', (major, compatible, format) => {
    expect(sniff(ftyp(major, ...compatible))).toBe(format);
  });

  test('a QuickTime file that starts with moov, before ftyp existed, is a MOV', () => {
    expect(sniff(box('moov', box('mvhd', new Uint8Array(100))))).toBe('mov');
  });

  test('an MP3 without ID3 is recognised by its MPEG audio frame header', () => {
    // MPEG-1 Layer III, 128 kbit/s, 44.1 kHz; and MPEG-2 Layer III, 64 kbit/s, 22.05 kHz.
    expect(sniff(Uint8Array.from([0xff, 0xfb, 0x90, 0x64]))).toBe('mp3');
    expect(sniff(Uint8Array.from([0xff, 0xf3, 0x80, 0xc4]))).toBe('mp3');
  });

  test.each<[string, number[]]>([
    ['ADTS AAC (layer bits 00)', [0xff, 0xf1, 0x50, 0x80]],
    ['a reserved MPEG version', [0xff, 0xeb, 0x90, 0x64]],
    ['a bad bitrate index', [0xff, 0xfb, 0xf0, 0x64]],
    ['a reserved sample rate', [0xff, 0xfb, 0x9c, 0x64]],
    ['an unrelated RIFF form (AVI)', [...latin1('RIFF'), 0, 0, 0, 0, ...latin1('AVI ')]],
    ['plain text', [...latin1('hello world')]],
    ['nothing', []],
  ])('%s is not a format we scan', (_name, bytes) => {
    expect(sniff(Uint8Array.from(bytes))).toBeUndefined();
  });

  test('a head cut short never matches the wrong format', () => {
    for (const bytes of [jpeg(), png(), webp(), wav(), tiff(), heif(), mp4(), mov(), mp3()]) {
      for (let n = 0; n < 3; n++) expect(sniff(bytes.subarray(0, n))).toBeUndefined();
    }
  });
});

describe('isLfsPointer', () => {
  test('a Git LFS pointer is recognised, and is no media format', () => {
    const pointer = lfsPointer();
    expect(isLfsPointer(head(pointer))).toBe(true);
    expect(sniff(head(pointer))).toBeUndefined();
  });

  test('media, and text that only mentions LFS, are not pointers', () => {
    expect(isLfsPointer(jpeg())).toBe(false);
    expect(isLfsPointer(latin1('see version https://git-lfs.github.com/spec/v1'))).toBe(false);
    expect(isLfsPointer(concat(latin1('version https://git-lfs.github.com/spec/v'), []))).toBe(false);
  });
});

test('mimeOf gives the media type a C2PA reader expects for each format', () => {
  expect(['jpeg', 'png', 'webp', 'tiff', 'heic', 'avif', 'mp4', 'mov', 'wav', 'mp3'].map((f) => mimeOf(f as MediaFormat))).toEqual([
    'image/jpeg',
    'image/png',
    'image/webp',
    'image/tiff',
    'image/heic',
    'image/avif',
    'video/mp4',
    'video/quicktime',
    'audio/wav',
    'audio/mpeg',
  ]);
});
