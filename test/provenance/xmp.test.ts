import { describe, expect, test } from 'vitest';
import { MAX_XMP_PACKET } from '../../src/provenance/containers/limits.js';
import { sourceTypesInXmp } from '../../src/provenance/xmp.js';
import { IPTC_EXT, TRAINED, xmpPacket } from '../support/media/containers.js';

const read = (xml: string) => sourceTypesInXmp(new TextEncoder().encode(xml));
const COMPOSITE = 'http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia';

describe('sourceTypesInXmp', () => {
  test.each(['attribute', 'element', 'resource'] as const)('reads the %s form', (form) => {
    expect(read(xmpPacket(TRAINED, { form }))).toEqual({ values: [TRAINED], problems: [] });
  });

  test('the namespace, not the prefix, identifies the property', () => {
    expect(read(xmpPacket(TRAINED, { prefix: 'ie' })).values).toEqual([TRAINED]);
    expect(read(xmpPacket(TRAINED, { form: 'element', prefix: 'x1' })).values).toEqual([TRAINED]);
    // The usual prefix bound to another namespace is another property.
    expect(read(xmpPacket(TRAINED, { namespace: 'http://example.com/not-iptc/' }))).toEqual({ values: [], problems: [] });
    expect(read(xmpPacket(TRAINED, { form: 'element', namespace: 'http://iptc.org/std/Iptc4xmpExt/2008-02-29' })).values).toEqual([]);
  });

  test('values are trimmed but otherwise returned as written', () => {
    expect(read(xmpPacket('  trainedAlgorithmicMedia \n', { form: 'element' })).values).toEqual(['trainedAlgorithmicMedia']);
    expect(read(xmpPacket('HTTPS://CV.IPTC.ORG/newscodes/digitalsourcetype/TrainedAlgorithmicMedia')).values).toEqual(['HTTPS://CV.IPTC.ORG/newscodes/digitalsourcetype/TrainedAlgorithmicMedia']);
  });

  test('every statement in the packet is returned, in document order', () => {
    const xml = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
      <rdf:Description rdf:about="" xmlns:Iptc4xmpExt="${IPTC_EXT}" Iptc4xmpExt:DigitalSourceType="${TRAINED}"/>
      <rdf:Description rdf:about="" xmlns:e="${IPTC_EXT}"><e:DigitalSourceType><![CDATA[${COMPOSITE}]]></e:DigitalSourceType></rdf:Description>
    </rdf:RDF></x:xmpmeta>`;
    expect(read(xml)).toEqual({ values: [TRAINED, COMPOSITE], problems: [] });
  });

  test('a packet without the property, or with an empty one, states nothing', () => {
    expect(read('<x:xmpmeta xmlns:x="adobe:ns:meta/"/>')).toEqual({ values: [], problems: [] });
    expect(read(xmpPacket('', { form: 'element' }))).toEqual({ values: [], problems: [] });
  });

  test('UTF-16 packets and NUL padding are read', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xmpPacket(), 'utf16le')]);
    expect(sourceTypesInXmp(utf16).values).toEqual([TRAINED]);
    const padded = Buffer.concat([Buffer.from(xmpPacket()), Buffer.alloc(7)]);
    expect(sourceTypesInXmp(padded).values).toEqual([TRAINED]);
  });

  test('a DOCTYPE is refused before any entity is expanded, even if the property is there', () => {
    const laughs = '<!DOCTYPE x:xmpmeta [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    const result = read(xmpPacket('&c;', { prolog: laughs, form: 'element' }));
    expect(result.values).toEqual([]);
    expect(result.problems).toEqual([expect.stringContaining('DOCTYPE')]);
    const xxe = read(xmpPacket(TRAINED, { prolog: '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' }));
    expect(xxe).toEqual({ values: [], problems: [expect.stringContaining('DOCTYPE')] });
  });

  test.each([
    ['an unclosed element', '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF>'],
    ['an unbound prefix', `<x:xmpmeta><e:DigitalSourceType>${TRAINED}</e:DigitalSourceType></x:xmpmeta>`],
    ['an undefined entity', xmpPacket('&nope;', { form: 'element' })],
    ['not XML at all', '\u0001\u0002binary'],
  ])('%s is a problem and no values, never a throw', (_name, xml) => {
    const result = read(xml);
    expect(result.values).toEqual([]);
    expect(result.problems).toEqual([expect.stringContaining('not well-formed')]);
  });

  test('bytes that are not UTF-8 are a problem', () => {
    expect(sourceTypesInXmp(Uint8Array.from([0x3c, 0x78, 0xc3, 0x28, 0x3e]))).toEqual({ values: [], problems: [expect.stringContaining('UTF-8')] });
  });

  test('a packet over the per-packet limit is not parsed', () => {
    const big = new TextEncoder().encode(xmpPacket(TRAINED, { padding: MAX_XMP_PACKET }));
    expect(sourceTypesInXmp(big)).toEqual({ values: [], problems: [expect.stringContaining('over the 1,048,576-byte limit')] });
  });
});
