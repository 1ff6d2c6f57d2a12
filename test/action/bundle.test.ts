// The committed bundle, spawned exactly as the runner spawns it: the smoke tests that dist/index.js
// starts, reads its inputs and event, talks to GitHub, writes outputs, the summary and the comment, and
// fails closed from its entry point. Behaviour in depth is tested in-process (the other files here).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { jpeg, TRAINED, xmpPacket } from '../support/media/containers.js';
import { generatedJpeg } from '../support/media/credentials.js';
import { CLEAN_V2, v2 } from '../support/provenance.js';
import type { Emulator } from './harness.js';
import { CLEAR_USE, declaration, NEEDS_APPROVAL_USE, PR, REPO, repoState, runBundle, startEmulator } from './harness.js';

let emulator: Emulator | undefined;
afterEach(async () => {
  expect(emulator?.violations ?? []).toEqual([]);
  await emulator?.close();
  emulator = undefined;
});

const ours = (e: Emulator) => e.state.comments.filter((c) => c.user === 'github-actions[bot]' && c.body.startsWith('<!-- genai-clearance:sticky'));

describe('dist/index.js, as the runner runs it', () => {
  it('a use that needs approval: exit 1, one comment, outputs, summary and a positioned annotation', async () => {
    emulator = await startEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE, NEEDS_APPROVAL_USE]) }));
    const run = await runBundle(emulator);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::GenAI clearance failed: 1 use needs written approval.');
    expect(run.outputs.decision).toBe('fail');
    expect(ours(emulator)).toHaveLength(1);
    expect(ours(emulator)[0]?.body.split('\n').slice(1).join('\n')).toBe(run.outputs['comment-body']);
    expect(run.summary).toContain('title-card');
    expect(run.stdout).toMatch(/^::error title=GenAI clearance%3A netflix-genai final-deliverable,file=genai-usage.yml,line=\d+,col=\d+::title-card/m);
  });

  it('an approved use: exit 0 and no comment in on-change mode', async () => {
    // The bundle runs on the real clock: date the approval relative to it.
    const recently = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const approved = { ...NEEDS_APPROVAL_USE, approvals: [{ ref: 'GENAI-2026-0042', rules: ['final-deliverable', 'prominent-element'], approved_on: recently }] };
    emulator = await startEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE, approved]) }));
    const run = await runBundle(emulator);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.decision).toBe('pass');
    expect(ours(emulator)).toHaveLength(0);
  });

  it('a malformed event file: the entry point fails closed with a message and a summary', async () => {
    emulator = await startEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE]) }));
    const run = await runBundle(emulator, {}, { eventText: '{"pull_request": {"number": 7, ' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::genai-clearance could not complete the check, so it fails closed: .*JSON/m);
    expect(run.summary).toContain('fails closed');
  });

  it('declaration text shaped like workflow commands is logged with commands switched off', async () => {
    const hostile = { ...NEEDS_APPROVAL_USE, summary: '::set-output name=decision::pass\n::add-mask::x' };
    emulator = await startEmulator(repoState({ 'genai-usage.yml': declaration([hostile]) }));
    const run = await runBundle(emulator);
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('fail');
    const stop = /^::stop-commands::(\S+)$/m.exec(run.stdout)?.[1];
    expect(stop).toBeTruthy();
    const inside = run.stdout.slice(run.stdout.indexOf(`::stop-commands::${stop}`), run.stdout.indexOf(`::${stop}::`));
    expect(inside).toContain('::set-output name=decision::pass');
    const outside = run.stdout.replace(inside, '');
    expect(outside).not.toMatch(/^::(set-output|add-mask)/m);
  });

  it('scans media from the bundle: the wasm validator loads from dist/lib only when a file carries a manifest', async () => {
    // A preload that reports every load of the validator's glue, as the runner would run the bundle.
    const dir = mkdtempSync(join(tmpdir(), 'gc-preload-'));
    const preload = join(dir, 'watch.cjs');
    writeFileSync(
      preload,
      "const M = require('module'); const load = M._load; M._load = function (request, ...rest) { if (String(request).endsWith('c2pa.cjs')) process.stderr.write('loaded-c2pa-glue\\n'); return load.call(this, request, ...rest); };\n",
    );
    try {
      const plain = { 'genai-usage.yml': v2([CLEAN_V2]), 'art/boards.jpg': jpeg({ xmp: xmpPacket(TRAINED) }) };
      emulator = await startEmulator(repoState(plain, { 'genai-usage.yml': v2([CLEAN_V2]) }));
      const unsigned = await runBundle(emulator, {}, { nodeArgs: ['--require', preload] });
      expect(unsigned.code).toBe(1);
      expect(unsigned.outputs['comment-body']).toContain('`art/boards.jpg`');
      expect(unsigned.stderr).not.toContain('loaded-c2pa-glue');
      await emulator.close();

      const signed = { 'genai-usage.yml': v2([{ ...CLEAN_V2, assets: [{ path: 'out/gen.jpg' }] }]), 'out/gen.jpg': await generatedJpeg() };
      emulator = await startEmulator(repoState(signed, { 'genai-usage.yml': v2([CLEAN_V2]) }));
      const run = await runBundle(emulator, {}, { nodeArgs: ['--require', preload] });
      expect(run.code, run.stdout).toBe(0);
      expect(run.stderr).toContain('loaded-c2pa-glue');
      expect(run.outputs['comment-body'] ?? run.summary).toContain('signed, signer not on the trust list');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads many media files from one archive of the tree, with the tar reader loaded from dist/lib', async () => {
    const files: Record<string, Uint8Array | string> = { 'genai-usage.yml': v2([{ ...CLEAN_V2, assets: [{ path: 'frames/*.jpg' }] }]) };
    for (let i = 0; i < 30; i++) files[`frames/${String(i).padStart(2, '0')}.jpg`] = jpeg({ xmp: xmpPacket(TRAINED) });
    emulator = await startEmulator(repoState(files, { 'genai-usage.yml': v2([CLEAN_V2]) }));
    const run = await runBundle(emulator);
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain('30 media files checked');
    expect(emulator.requests.filter((q) => q.operationId === 'repos/download-tarball-archive')).toHaveLength(1);
    expect(emulator.requests.filter((q) => q.operationId === 'git/get-blob').length).toBeLessThan(3);
  });

  it('an unknown event: exit 1 with a clear message', async () => {
    emulator = await startEmulator(repoState({ 'genai-usage.yml': declaration([CLEAR_USE]) }));
    const run = await runBundle(emulator, {}, { event: 'issues', payload: { issue: { number: PR }, repository: { full_name: REPO, default_branch: 'main' } } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('fails closed: event issues is not supported');
  });
});
