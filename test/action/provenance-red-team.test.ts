// Red-team pass on the Action's scan, against the emulator: the pull request controls its media, its
// declarations, its own copy of the configuration and (under `pull_request`) the workflow's inputs.
import { describe, expect, it } from 'vitest';
import { jpeg, TRAINED, xmpPacket } from '../support/media/containers.js';
import { generatedJpeg, testAuthority } from '../support/media/credentials.js';
import { CLEAN_V2, v2 } from '../support/provenance.js';
import { CONFIG_PATH, config, ours, repoState, runAction, withEmulator } from './harness.js';

/** netflix-genai 3.0.0, which judges files, is in effect from 2026-12-01. */
const DAY = { now: new Date('2026-12-01T12:00:00Z') };
const generated = () => jpeg({ xmp: xmpPacket(TRAINED) });
const report = (r: { files: Record<string, string> }) => JSON.parse(r.files['report-path'] ?? '{}');
const pem = async () => (await testAuthority()).rootPem;

describe('red team: the Action scan', () => {
  it('a pull request that edits the configuration to `scan: off` and adds its own trust anchor changes nothing', async () => {
    const trusted = config({ provenance: { scan: 'changed' } });
    const edited = config({ provenance: { scan: 'off', trust_anchors: await pem() } });
    const head = { 'genai-usage.yml': v2([{ ...CLEAN_V2, assets: [{ path: 'out/signed.jpg' }] }]), [CONFIG_PATH]: edited, 'out/signed.jpg': await generatedJpeg(), 'art/poster.jpg': generated() };
    await withEmulator(repoState(head, { 'genai-usage.yml': v2([CLEAN_V2]), [CONFIG_PATH]: trusted }), async (gh) => {
      const r = await runAction(gh, { scan: 'off' }, DAY);
      expect(r.code).toBe(1);
      const assets = report(r).provenance.assets;
      expect(assets.find((a: { path: string }) => a.path === 'out/signed.jpg').credentials.status).toBe('untrusted');
      expect(assets.find((a: { path: string }) => a.path === 'art/poster.jpg').findings[0].status).toBe('undeclared');
    });
  });

  it('without a trusted configuration, a configuration the pull request adds is not read either', async () => {
    const head = { 'genai-usage.yml': v2([CLEAN_V2]), [CONFIG_PATH]: config({ provenance: { scan: 'off' } }), 'art/poster.jpg': generated() };
    await withEmulator(repoState(head, { 'genai-usage.yml': v2([CLEAN_V2]) }), async (gh) => {
      const r = await runAction(gh, {}, DAY);
      expect(r.code).toBe(1);
      expect(report(r).provenance.counts.undeclared).toBe(1);
    });
  });

  it('trust anchors a pull request commits beside the shipped ones are not trusted', async () => {
    const head = { 'genai-usage.yml': v2([{ ...CLEAN_V2, assets: [{ path: 'out/signed.jpg' }] }]), 'policy/c2pa-trust/test.pem': await pem(), 'out/signed.jpg': await generatedJpeg() };
    await withEmulator(repoState(head, { 'genai-usage.yml': v2([CLEAN_V2]) }), async (gh) => {
      const r = await runAction(gh, {}, DAY);
      expect(report(r).provenance.assets[0].credentials.status).toBe('untrusted');
    });
  });

  it('honest twin: the trusted configuration’s anchor makes the same file trusted', async () => {
    const head = { 'genai-usage.yml': v2([{ ...CLEAN_V2, assets: [{ path: 'out/signed.jpg' }] }]), 'out/signed.jpg': await generatedJpeg() };
    const base = { 'genai-usage.yml': v2([CLEAN_V2]), [CONFIG_PATH]: config({ provenance: { trust_anchors: await pem() } }) };
    await withEmulator(repoState(head, base), async (gh) => {
      const r = await runAction(gh, {}, DAY);
      expect(report(r).provenance.assets[0].credentials.status).toBe('trusted');
    });
  });

  it('a use edited to temporary whose unchanged file sits in the deliverables still escalates (declared files are always read)', async () => {
    const finalUse = { ...CLEAN_V2, output: { ...CLEAN_V2.output, final: true }, assets: [{ path: 'delivery/poster.jpg' }] };
    const temporary = { ...CLEAN_V2, assets: [{ path: 'delivery/poster.jpg' }] };
    const base = { 'genai-usage.yml': v2([finalUse]), [CONFIG_PATH]: config({ provenance: { deliverables: ['delivery/**'] } }), 'delivery/poster.jpg': generated() };
    const head = { ...base, 'genai-usage.yml': v2([temporary]) };
    await withEmulator(repoState(head, base), async (gh) => {
      const r = await runAction(gh, {}, DAY);
      const body = ours(gh)[0]?.body ?? '';
      expect(body).toContain('temporary-output-in-deliverables');
      expect(r.code).toBe(1);
    });
  });

  it.each([
    ['drops the file from a use’s assets', { 'genai-usage.yml': v2([CLEAN_V2]) }],
    ['deletes the declaration that listed it', {}],
  ])('a change that %s meets the generated file it leaves undeclared, though the file is unchanged', async (_name, declarations) => {
    const base = { 'genai-usage.yml': v2([{ ...CLEAN_V2, assets: [{ path: 'art/poster.jpg' }] }]), 'art/poster.jpg': generated(), 'docs/readme.md': 'x' };
    const head = { ...declarations, 'art/poster.jpg': base['art/poster.jpg'], 'docs/readme.md': 'x' };
    await withEmulator(repoState(head, base), async (gh) => {
      const r = await runAction(gh, {}, DAY);
      expect(report(r).provenance.counts).toMatchObject({ files: 1, undeclared: 1 });
      expect(r.code).toBe(1);
    });
  });

  it('honest twin: an unchanged file no use lists is still left alone under `changed`', async () => {
    const files = { 'genai-usage.yml': v2([CLEAN_V2]), 'art/old.jpg': generated() };
    await withEmulator(repoState({ ...files, 'genai-usage.yml': v2([{ ...CLEAN_V2, summary: 'Moodboards, revised' }]) }, files), async (gh) => {
      const r = await runAction(gh, {}, DAY);
      expect(report(r).provenance.counts.files).toBe(0);
      expect(r.code).toBe(0);
    });
  });

  it.each([
    ['pins netflix-genai 2 (a version without provenance checks)', ['netflix-genai@2']],
    ['pins netflix-genai 1', ['netflix-genai@1']],
    ['names only another pack', ['eu-ai-act-art50@1']],
  ])('a declaration that %s does not get an undeclared generated file past the check', async (_name, policies) => {
    const head = { 'genai-usage.yml': v2([CLEAN_V2], policies), 'art/poster.jpg': generated() };
    await withEmulator(repoState(head, { 'genai-usage.yml': v2([CLEAN_V2]) }), async (gh) => {
      const r = await runAction(gh, {}, DAY);
      expect(report(r).provenance.counts.undeclared).toBe(1);
      expect(r.code).toBe(1);
    });
  });

  it('file names and stated values with markdown, HTML, newlines and workflow commands are escaped', async () => {
    const name = 'art/x`](https://evil.example)<img src=x>|\n::error::pwned\n.jpg';
    const value = '](https://evil.example) <script>x</script>\n::warning::pwned';
    const head = { 'genai-usage.yml': v2([CLEAN_V2]), [name]: generated(), 'art/v.jpg': jpeg({ xmp: xmpPacket(value) }), 'art/gen.jpg': generated() };
    await withEmulator(repoState(head, { 'genai-usage.yml': v2([CLEAN_V2]) }), async (gh) => {
      const r = await runAction(gh, {}, DAY);
      expect(r.code).toBe(1);
      expect(r.stdout).not.toMatch(/^::(error|warning)::pwned/m);
      const body = ours(gh)[0]?.body ?? '';
      expect(body).toContain('\\<img src=x\\>');
      expect(body).not.toMatch(/(?<!\\)<(img|script)/);
      expect(body).not.toMatch(/(?<!\\)\]\(https:\/\/evil/);
      expect(body).not.toMatch(/^::/m);
    });
  });
});
