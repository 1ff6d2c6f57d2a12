// The pure core on what the shell read from media files: binding files to uses, precedence of the
// statements, the packs' undeclared-file checks and derived.provenance rules, and the report. The
// MediaRead values here are what the readers hand over (their own tests read real files).
import { describe, expect, it } from 'vitest';
import type { TrustedConfig } from '../../src/config/load.js';
import { loadDeclaration } from '../../src/declaration/load.js';
import { bindMedia } from '../../src/evaluate/provenance.js';
import { evaluate } from '../../src/evaluate/report.js';
import type { Report } from '../../src/model/report.js';
import type { CredentialsRead, MediaRead } from '../../src/provenance/types.js';
import { bundledLibrary } from '../helpers.js';
import { CLEAN_V2, SCAN_DAY, v2, xmpFile } from '../support/provenance.js';

const NETFLIX: TrustedConfig = { packs: [{ pack: 'netflix-genai', line: 1, column: 1 }], trustedBranches: [], deliverables: ['deliverables/**'] };

const signed = (state: CredentialsRead['state'], ...types: Array<[string, 'active' | 'ingredient']>): CredentialsRead => ({
  state,
  codes: state === 'invalid' ? ['assertion.dataHash.mismatch'] : [],
  signer: 'Test Signer',
  generator: 'TestGen/1.0',
  sourceTypes: types.map(([value, from]) => ({ value, from, action: 'c2pa.created', softwareAgent: 'Gen 2' })),
});
const withCredentials = (path: string, credentials: CredentialsRead, ...xmp: string[]): MediaRead => ({ ...xmpFile(path, ...xmp), credentials });

function scan(text: string, media: MediaRead[], config: TrustedConfig = NETFLIX): Report {
  return evaluate({ files: [{ path: 'genai-usage.yml', text }], library: bundledLibrary(), today: SCAN_DAY, config, provenance: { media, scope: 'changed' } });
}

const AI = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia';

describe('a generated file no use declares', () => {
  it('fails the check, naming the file, under the newest required netflix-genai', () => {
    const r = scan(v2([CLEAN_V2]), [xmpFile('art/poster.jpg', AI)]);
    expect(r.decision).toBe('fail');
    expect(r.counts.needsApproval).toBe(0);
    const [asset] = r.provenance?.assets ?? [];
    expect(asset).toMatchObject({ path: 'art/poster.jpg', class: 'ai', signal: 'xmp', sourceType: 'trainedAlgorithmicMedia', declaredBy: [] });
    expect(asset?.findings).toEqual([
      expect.objectContaining({ rule: 'undeclared-ai-file', pack: 'netflix-genai', principle: 'B1', level: 'escalate', status: 'undeclared', message: expect.stringContaining('art/poster.jpg') }),
    ]);
    expect(r.provenance?.counts).toEqual({ files: 1, notScanned: 0, ai: 1, review: 0, undeclared: 1 });
  });

  it('declared in a use’s assets, the finding goes and the use is judged as usual', () => {
    const r = scan(v2([{ ...CLEAN_V2, assets: [{ path: 'art/poster.jpg' }] }]), [xmpFile('art/poster.jpg', AI)]);
    expect(r.decision).toBe('pass');
    expect(r.provenance?.assets[0]).toMatchObject({ declaredBy: [{ file: 'genai-usage.yml', use: 'moodboards' }], findings: [] });
    expect(r.files[0]?.uses[0]?.outcome).toBe('clear');
  });

  it('a glob declares every file it matches, and only those', () => {
    const r = scan(v2([{ ...CLEAN_V2, assets: [{ path: 'art/boards/*.jpg' }] }]), [xmpFile('art/boards/a.jpg', AI), xmpFile('art/other/b.jpg', AI)]);
    expect(r.provenance?.assets.map((a) => [a.path, a.declaredBy.length])).toEqual([
      ['art/boards/a.jpg', 1],
      ['art/other/b.jpg', 0],
    ]);
    expect(r.decision).toBe('fail');
  });

  it('a bare file name means the file at the root, not a file of that name anywhere', () => {
    const r = scan(v2([{ ...CLEAN_V2, assets: [{ path: 'poster.jpg' }] }]), [xmpFile('art/poster.jpg', AI)]);
    expect(r.provenance?.assets[0]?.declaredBy).toEqual([]);
  });

  it('an entry with another sha256 does not declare the file, and the report says which hash it found', () => {
    const declared = 'a'.repeat(64);
    const r = scan(v2([{ ...CLEAN_V2, assets: [{ path: 'art/poster.jpg', sha256: declared }] }]), [{ ...xmpFile('art/poster.jpg', AI), sha256: 'b'.repeat(64) }]);
    expect(r.decision).toBe('fail');
    expect(r.provenance?.assets[0]?.notes.join(' ')).toContain(`sha256 ${declared}, but the file's is ${'b'.repeat(64)}`);
    const same = scan(v2([{ ...CLEAN_V2, assets: [{ path: 'art/poster.jpg', sha256: declared }] }]), [{ ...xmpFile('art/poster.jpg', AI), sha256: declared }]);
    expect(same.decision).toBe('pass');
  });

  it('a pin on netflix-genai@2 does not spare the files: they are judged by what the repository requires', () => {
    const r = scan(v2([CLEAN_V2], ['netflix-genai@2']), [xmpFile('art/poster.jpg', AI)]);
    expect(r.files[0]?.policies.map((p) => p.version)).toEqual(['2.0.0']);
    expect(r.provenance?.assets[0]?.findings.map((f) => f.rule)).toEqual(['undeclared-ai-file']);
    expect(r.decision).toBe('fail');
  });

  it('enhanced or composited files are noted, never failing', () => {
    const r = scan(v2([CLEAN_V2]), [xmpFile('plates/denoised.jpg', 'algorithmicallyEnhanced')]);
    expect(r.decision).toBe('pass');
    expect(r.provenance?.assets[0]).toMatchObject({ class: 'review', findings: [expect.objectContaining({ rule: 'undeclared-enhanced-file', status: 'noted', level: 'inform' })] });
  });

  it('a file that states nothing is unknown: counted, never a finding, never clean', () => {
    const r = scan(v2([CLEAN_V2]), [xmpFile('stills/set.jpg')]);
    expect(r.decision).toBe('pass');
    expect(r.provenance?.assets[0]).toMatchObject({ class: 'unknown', signal: 'none', findings: [] });
  });

  it('a Git LFS pointer is reported not scanned, and a use listing it reads unread', () => {
    const pointer: MediaRead = { path: 'vfx/shot.mov', size: 130, xmp: [], problems: [], notScanned: { code: 'lfs-pointer', message: 'a Git LFS pointer' } };
    const r = scan(v2([{ ...CLEAN_V2, assets: [{ path: 'vfx/shot.mov' }] }]), [pointer]);
    expect(r.provenance?.counts.notScanned).toBe(1);
    expect(r.provenance?.assets[0]).toMatchObject({ notScanned: { code: 'lfs-pointer' }, findings: [] });
    // What rules read for the use: one file listed, none read.
    const declaration = loadDeclaration('genai-usage.yml', v2([{ ...CLEAN_V2, assets: [{ path: 'vfx/shot.mov' }] }])).declaration;
    const derived = bindMedia({ media: [pointer], scope: 'changed' }, [{ path: 'genai-usage.yml', ...(declaration ? { declaration } : {}) }], []).derivedFor('genai-usage.yml', 'moodboards');
    expect(derived).toEqual({ files: 1, unread: true, credentials: [], source_types: [], unmarked: false, in_deliverables: false });
  });

  it('without media, the report has no provenance part at all', () => {
    const r = evaluate({ files: [{ path: 'genai-usage.yml', text: v2([CLEAN_V2]) }], library: bundledLibrary(), today: SCAN_DAY, config: NETFLIX });
    expect(r).not.toHaveProperty('provenance');
  });
});

describe('which statement decides', () => {
  it('trusted Content Credentials beat XMP, and the report says XMP disagreed', () => {
    const r = scan(v2([CLEAN_V2]), [withCredentials('a.jpg', signed('trusted', ['http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture', 'active']), AI)]);
    const a = r.provenance?.assets[0];
    expect(a).toMatchObject({ signal: 'c2pa-trusted', class: 'other', sourceType: 'digitalCapture', findings: [] });
    expect(a?.notes).toEqual(['XMP metadata (unsigned) say trainedAlgorithmicMedia; Content Credentials from a trusted signer decide']);
    expect(r.decision).toBe('pass');
  });

  it('an untrusted signer still beats XMP', () => {
    const a = scan(v2([CLEAN_V2]), [withCredentials('a.jpg', signed('untrusted', [AI, 'active']), 'digitalCapture')]).provenance?.assets[0];
    expect(a).toMatchObject({ signal: 'c2pa-untrusted', class: 'ai' });
  });

  it('XMP beats an invalid manifest, and an invalid manifest beats nothing', () => {
    expect(scan(v2([CLEAN_V2]), [withCredentials('a.jpg', signed('invalid', [AI, 'active']), 'digitalCapture')]).provenance?.assets[0]).toMatchObject({ signal: 'xmp', class: 'other' });
    const alone = scan(v2([CLEAN_V2]), [withCredentials('a.jpg', signed('invalid', [AI, 'active']))]);
    expect(alone.provenance?.assets[0]).toMatchObject({ signal: 'c2pa-invalid', class: 'ai', credentials: { status: 'invalid', codes: ['assertion.dataHash.mismatch'] } });
    expect(alone.decision).toBe('fail');
  });

  it('a generated ingredient makes a captured composite generated', () => {
    const a = scan(v2([CLEAN_V2]), [withCredentials('a.jpg', signed('trusted', ['digitalCapture', 'active'], ['compositeWithTrainedAlgorithmicMedia', 'ingredient']))]).provenance?.assets[0];
    expect(a).toMatchObject({ class: 'ai', sourceType: 'compositeWithTrainedAlgorithmicMedia' });
  });

  it('values are read whatever their case, spacing and scheme; unknown terms class as nothing', () => {
    for (const v of [' HTTPS://cv.iptc.org/newscodes/digitalsourcetype/TrainedAlgorithmicMedia ', 'trainedalgorithmicmedia', 'cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia/']) {
      expect(scan(v2([CLEAN_V2]), [xmpFile('a.jpg', v)]).provenance?.assets[0]?.class).toBe('ai');
    }
    expect(scan(v2([CLEAN_V2]), [xmpFile('a.jpg', 'madeByRobots')]).provenance?.assets[0]).toMatchObject({ class: 'unknown', sourceType: 'madeByRobots' });
  });
});

describe('rules on a use’s own files (derived.provenance)', () => {
  const inDeliverables = xmpFile('deliverables/ep1/poster.jpg', AI);
  it('temporary output whose file sits in the deliverables escalates under netflix-genai 3.0.0', () => {
    const r = scan(v2([{ ...CLEAN_V2, assets: [{ path: 'deliverables/ep1/poster.jpg' }] }]), [inDeliverables]);
    const use = r.files[0]?.uses[0];
    expect(use?.findings.map((f) => [f.rule, f.status])).toEqual([['temporary-output-in-deliverables', 'needs-approval']]);
    expect(r.provenance?.assets[0]?.inDeliverables).toBe(true);
  });

  it('the same file outside the deliverables, or a use declared final, does not fire it', () => {
    const elsewhere = scan(v2([{ ...CLEAN_V2, assets: [{ path: 'art/poster.jpg' }] }]), [xmpFile('art/poster.jpg', AI)]);
    expect(elsewhere.files[0]?.uses[0]?.findings).toEqual([]);
    const final = scan(v2([{ ...CLEAN_V2, output: { ...CLEAN_V2.output, final: true }, assets: [{ path: 'deliverables/ep1/poster.jpg' }] }]), [inDeliverables]);
    expect(final.files[0]?.uses[0]?.findings.map((f) => f.rule)).toEqual(['final-deliverable']);
  });

  it('no deliverables configured: nothing counts as delivered', () => {
    const r = scan(v2([{ ...CLEAN_V2, assets: [{ path: 'deliverables/ep1/poster.jpg' }] }]), [inDeliverables], { ...NETFLIX, deliverables: [] });
    expect(r.files[0]?.uses[0]?.findings).toEqual([]);
  });

  // For each eu-ai-act-art50 2.0.0 rule on files: a use and its file that fire it, and a near-identical pair that does not.
  const EU: TrustedConfig = { ...NETFLIX, packs: [{ pack: 'eu-ai-act-art50', line: 1, column: 1 }] };
  const PUBLISHED = { ...CLEAN_V2, output: { kinds: ['image'], final: true, prominence: 'background', source_type: 'trainedAlgorithmicMedia' }, assets: [{ path: 'out/a.jpg' }] };
  const euRules = (use: Record<string, unknown>, file: MediaRead) => scan(v2([use], ['eu-ai-act-art50@2']), [file], EU).files[0]?.uses[0]?.findings.map((f) => f.rule) ?? [];
  const CASES: Record<string, { fires: [Record<string, unknown>, MediaRead]; doesNot: [Record<string, unknown>, MediaRead] }> = {
    'provider-file-unmarked': { fires: [{ ...PUBLISHED, training: 'fine-tune' }, xmpFile('out/a.jpg')], doesNot: [{ ...PUBLISHED, training: 'fine-tune' }, xmpFile('out/a.jpg', AI)] },
    'published-file-unmarked': { fires: [PUBLISHED, xmpFile('out/a.jpg')], doesNot: [{ ...PUBLISHED, output: { ...PUBLISHED.output, final: false } }, xmpFile('out/a.jpg')] },
    'marking-invalid': { fires: [PUBLISHED, withCredentials('out/a.jpg', signed('invalid', [AI, 'active']))], doesNot: [PUBLISHED, withCredentials('out/a.jpg', signed('untrusted', [AI, 'active']))] },
    'source-type-contradicted': {
      fires: [{ ...PUBLISHED, output: { ...PUBLISHED.output, source_type: 'digitalCapture' } }, xmpFile('out/a.jpg', AI)],
      doesNot: [{ ...PUBLISHED, output: { ...PUBLISHED.output, source_type: 'digitalCapture' } }, xmpFile('out/a.jpg', 'digitalCapture')],
    },
  };
  for (const [rule, c] of Object.entries(CASES)) {
    it(`eu-ai-act-art50 ${rule}: fires, and a near-identical use does not`, () => {
      expect(euRules(...c.fires)).toContain(rule);
      expect(euRules(...c.doesNot)).not.toContain(rule);
    });
  }

  it('every eu-ai-act-art50 2.0.0 rule that reads the files has a case', () => {
    const pack = bundledLibrary()
      .packs.get('eu-ai-act-art50')
      ?.find((p) => p.version === '2.0.0');
    expect(
      pack?.rules
        .filter((r) => r.condition.fields.some((f) => f.startsWith('derived.provenance')))
        .map((r) => r.id)
        .sort(),
    ).toEqual(Object.keys(CASES).sort());
  });
});
