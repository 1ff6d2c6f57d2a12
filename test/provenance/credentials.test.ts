import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromStore, loadC2pa, MAX_TEXT, NO_MANIFEST, readCredentials, readerSettings, UNKNOWN_STATE, UNREADABLE } from '../../src/provenance/credentials.js';
import {
  baselineJpeg,
  capturedJpeg,
  compositeJpeg,
  DIGITAL_CAPTURE,
  FIXTURE_SIGNER,
  generatedJpeg,
  generatedPng,
  otherRootPem,
  REMOTE_MANIFEST_URL,
  remoteManifestJpeg,
  signJpeg,
  TRAINED_ALGORITHMIC_MEDIA,
  tamperedJpeg,
  testAuthority,
} from '../support/media/credentials.js';

const JPEG = 'image/jpeg';

/** Every `fetch` the reader attempts, refused: nothing may reach the network. */
function watchFetch() {
  return vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('the network is off in tests'));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readCredentials: validation states', () => {
  it('a manifest signed by a certificate that chains to the given anchor is trusted, with what it states', async () => {
    const { rootPem } = await testAuthority();
    const read = await readCredentials(JPEG, await generatedJpeg(), rootPem);
    expect(read).toEqual({
      state: 'trusted',
      codes: [],
      signer: FIXTURE_SIGNER,
      generator: 'genai-clearance-fixtures 1.0',
      sourceTypes: [{ value: TRAINED_ALGORITHMIC_MEDIA, from: 'active', action: 'c2pa.created', softwareAgent: 'Example Image Model 2.1' }],
    });
  });

  it('without anchors, or with an unrelated one, the same valid manifest is untrusted', async () => {
    const bytes = await generatedJpeg();
    for (const anchors of ['', await otherRootPem()]) {
      const read = await readCredentials(JPEG, bytes, anchors);
      expect(read.state).toBe('untrusted');
      expect(read.codes).toEqual(['signingCredential.untrusted']);
      // What the manifest states is still read: an untrusted claim of AI generation is a signal too.
      expect(read.sourceTypes.map((s) => s.value)).toEqual([TRAINED_ALGORITHMIC_MEDIA]);
    }
  });

  it('one changed byte of image data after signing makes the manifest invalid: assertion.dataHash.mismatch', async () => {
    const { rootPem } = await testAuthority();
    const trusted = await readCredentials(JPEG, await tamperedJpeg(), rootPem);
    expect(trusted.state).toBe('invalid');
    expect(trusted.codes).toEqual(['assertion.dataHash.mismatch']);
    // Codes from every list the reader fills, deduplicated and sorted.
    const untrusted = await readCredentials(JPEG, await tamperedJpeg(), '');
    expect(untrusted).toMatchObject({ state: 'invalid', codes: ['assertion.dataHash.mismatch', 'signingCredential.untrusted'] });
  });

  it('trust anchors that hold no certificate fail every read closed, saying so', async () => {
    const read = await readCredentials(JPEG, await generatedJpeg(), 'not a certificate');
    expect(read).toEqual({ state: 'invalid', codes: [UNREADABLE], message: 'the trust anchors hold no PEM certificate', sourceTypes: [] });
  });

  it('a manifest stored elsewhere is reported by its URL and never fetched', async () => {
    const fetches = watchFetch();
    const read = await readCredentials(JPEG, remoteManifestJpeg(), '');
    expect(read).toEqual({ state: 'remote', codes: [], remoteUrl: REMOTE_MANIFEST_URL, sourceTypes: [] });
    expect(fetches).not.toHaveBeenCalled();
  });

  it('the reader settings are what keeps it offline: with remote fetching left on, c2pa-rs would fetch', async () => {
    const fetches = watchFetch();
    const settings = JSON.parse(readerSettings(''));
    expect(settings.verify).toEqual({ remote_manifest_fetch: false, ocsp_fetch: false, verify_trust: true });
    // The same file and anchors, but c2pa-rs's default for remote manifests: this proves the spy sees its fetches.
    const { WasmReader } = await loadC2pa();
    await expect(WasmReader.fromBytes(JPEG, remoteManifestJpeg(), JSON.stringify({ verify: { ocsp_fetch: false } }))).rejects.toMatch(/RemoteManifestFetch/);
    expect(fetches).toHaveBeenCalled();
  });

  it('a file with no manifest store and no remote reference comes back invalid with genai-clearance.noManifest', async () => {
    // The scan calls readCredentials only where the container holds a store (or XMP names a remote
    // one), so here the container walk and c2pa-rs disagree: that is reported, never passed.
    const read = await readCredentials(JPEG, baselineJpeg(), '');
    expect(read).toMatchObject({ state: 'invalid', codes: [NO_MANIFEST], sourceTypes: [] });
    expect(read.message).toMatch(/JumbfNotFound/);
  });

  it('a store the reader cannot parse fails closed: invalid, genai-clearance.unreadable, with the reader message', async () => {
    const signed = await generatedJpeg();
    // Cut the file inside its manifest store (the APP11 segments come right after the JFIF header).
    const read = await readCredentials(JPEG, signed.subarray(0, 200), '');
    expect(read.state).toBe('invalid');
    expect(read.codes).toEqual([UNREADABLE]);
    expect(read.message).toBeTruthy();
    expect(read.message!.length).toBeLessThanOrEqual(MAX_TEXT);
  });
});

describe('readCredentials: stated source types', () => {
  it('reads a PNG the same way (the store in a caBX chunk)', async () => {
    const { rootPem } = await testAuthority();
    const read = await readCredentials('image/png', await generatedPng(), rootPem);
    expect(read).toMatchObject({ state: 'trusted', codes: [], sourceTypes: [{ value: TRAINED_ALGORITHMIC_MEDIA, from: 'active', action: 'c2pa.created', softwareAgent: 'Example Image Model 2.1' }] });
  });

  it('a camera capture states digitalCapture, with its software agent given as a bare name', async () => {
    const read = await readCredentials(JPEG, await capturedJpeg(), '');
    expect(read.sourceTypes).toEqual([{ value: DIGITAL_CAPTURE, from: 'active', action: 'c2pa.created', softwareAgent: 'Example Camera' }]);
  });

  it('reads the first version of the actions assertion (c2pa.actions) as well as c2pa.actions.v2, every action that states a source type', async () => {
    const bytes = await signJpeg(
      baselineJpeg(),
      [
        { action: 'c2pa.created', digitalSourceType: TRAINED_ALGORITHMIC_MEDIA },
        { action: 'c2pa.edited', softwareAgent: { name: 'Example Editor' } },
        { action: 'c2pa.placed', digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia' },
      ],
      'c2pa.actions',
    );
    const read = await readCredentials(JPEG, bytes, '');
    expect(read.state).toBe('untrusted');
    expect(read.sourceTypes).toEqual([
      { value: TRAINED_ALGORITHMIC_MEDIA, from: 'active', action: 'c2pa.created' },
      { value: 'http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia', from: 'active', action: 'c2pa.placed' },
    ]);
  });

  it("an ingredient's manifest in the store states its own source types, after the active manifest's", async () => {
    const { rootPem } = await testAuthority();
    const read = await readCredentials(JPEG, await compositeJpeg(), rootPem);
    expect(read.state).toBe('trusted');
    // c2pa.placed states no source type, so it adds none.
    expect(read.sourceTypes).toEqual([
      { value: DIGITAL_CAPTURE, from: 'active', action: 'c2pa.created' },
      { value: TRAINED_ALGORITHMIC_MEDIA, from: 'ingredient', action: 'c2pa.created', softwareAgent: 'Example Image Model 2.1' },
    ]);
  });

  it('a manifest whose actions have the wrong shape is not loaded by c2pa-rs: invalid with its codes, nothing stated', async () => {
    const bytes = await signJpeg(baselineJpeg(), [{ action: 'c2pa.created', digitalSourceType: 7, softwareAgent: 42 } as never], 'c2pa.actions');
    const read = await readCredentials(JPEG, bytes, '');
    expect(read.state).toBe('invalid');
    expect(read.codes).toContain('assertion.required.missing');
    expect(read.sourceTypes).toEqual([]);
  });

  it('caps every string taken from the manifest and keeps it on one line', async () => {
    const long = `Model\n${'x'.repeat(500)}`;
    const bytes = await signJpeg(baselineJpeg(), [{ action: 'c2pa.created', digitalSourceType: `${TRAINED_ALGORITHMIC_MEDIA}#${'y'.repeat(500)}`, softwareAgent: { name: long } }]);
    const [stated] = (await readCredentials(JPEG, bytes, '')).sourceTypes;
    expect(stated!.value.length).toBe(MAX_TEXT);
    expect(stated!.value.endsWith('…')).toBe(true);
    expect(stated!.softwareAgent).toMatch(/^Model x+…$/);
    expect(stated!.softwareAgent!.length).toBe(MAX_TEXT);
  });
});

describe('fromStore: the reader report is untrusted input too', () => {
  const active = (manifest: Record<string, unknown>, rest: Record<string, unknown> = {}) => ({ active_manifest: 'urn:a', manifests: { 'urn:a': manifest }, validation_state: 'Valid', ...rest });

  it('a failure code makes the manifest invalid whatever validation state comes with it', () => {
    const read = fromStore(active({}, { validation_state: 'Trusted', validation_results: { activeManifest: { failure: [{ code: 'assertion.dataHash.mismatch' }] } } }));
    expect(read).toMatchObject({ state: 'invalid', codes: ['assertion.dataHash.mismatch'] });
  });

  it('a validation state it does not know is invalid, and says which', () => {
    expect(fromStore(active({}, { validation_state: 'Sort of' }))).toMatchObject({ state: 'invalid', codes: [UNKNOWN_STATE], message: 'validation state "Sort of"' });
    expect(fromStore(active({}, { validation_state: undefined }))).toMatchObject({ state: 'invalid', codes: [UNKNOWN_STATE], message: 'validation state missing' });
  });

  it('takes only strings of the expected shape, follows ingredient cycles once, and resolves v2 software agent indexes', () => {
    const read = fromStore(
      active({
        claim_generator_info: [{ name: 5 }, 'not a map'],
        claim_generator: 'Generator/3',
        signature_info: { common_name: ['array'], issuer: 'Example Org' },
        ingredients: [{ active_manifest: 'urn:a' }, { active_manifest: 7 }, null],
        assertions: [
          { label: 5, data: { actions: [{ action: 'c2pa.created', digitalSourceType: 'ignored: no label' }] } },
          {
            label: 'c2pa.actions.v2__2',
            data: { softwareAgents: [{ name: 'Indexed', version: '1' }], actions: [{ action: 'c2pa.created', digitalSourceType: 'v2', softwareAgentIndex: 0 }, null, 'text'] },
          },
          {
            label: 'c2pa.actions',
            data: {
              actions: [
                { action: 3, digitalSourceType: 'v1', softwareAgent: { name: 'Agent', version: 9 } },
                { action: 'c2pa.edited', digitalSourceType: ['x'] },
              ],
            },
          },
          { label: 'c2pa.actions.v3', data: { actions: [{ action: 'c2pa.created', digitalSourceType: 'not an actions label' }] } },
        ],
      }),
    );
    expect(read).toEqual({
      state: 'untrusted',
      codes: [],
      generator: 'Generator/3',
      signer: 'Example Org',
      sourceTypes: [
        { value: 'v2', from: 'active', action: 'c2pa.created', softwareAgent: 'Indexed 1' },
        { value: 'v1', from: 'active', action: '', softwareAgent: 'Agent' },
      ],
    });
  });

  it('a store without the active manifest it names keeps the reader codes, or says it is unreadable', () => {
    expect(fromStore({ active_manifest: 'urn:gone', manifests: {}, validation_status: [{ code: 'assertion.required.missing' }] })).toMatchObject({
      state: 'invalid',
      codes: ['assertion.required.missing'],
    });
    expect(fromStore('not a store')).toMatchObject({ state: 'invalid', codes: [UNREADABLE] });
  });
});
