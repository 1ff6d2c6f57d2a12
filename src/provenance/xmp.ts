// The IPTC digital source type stated in an XMP packet. XMP is RDF/XML, so the same property can be
// an attribute of rdf:Description, an element's text, or an element's rdf:resource, under whatever
// prefix the writer chose: only the namespace URI identifies it. A DOCTYPE is refused outright: XMP
// never needs one, and it is how entity expansion attacks (billion laughs, XXE) get in.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { formatCount } from '../util/order.js';
import { MAX_XMP_PACKET } from './containers/limits.js';

const IPTC_EXT = 'http://iptc.org/std/Iptc4xmpExt/2008-02-29/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const PROPERTY = 'DigitalSourceType';

/** Every DigitalSourceType in the packet, as written (trimmed); a problem instead when the packet cannot be trusted. */
export function sourceTypesInXmp(packet: Uint8Array): { values: string[]; problems: string[] } {
  if (packet.byteLength > MAX_XMP_PACKET) return refused(`XMP packet of ${formatCount(packet.byteLength)} bytes is over the ${formatCount(MAX_XMP_PACKET)}-byte limit`);
  const text = decode(packet);
  if (text === undefined) return refused('XMP packet is not valid UTF-8 or UTF-16 text');
  const values: string[] = [];
  let failure: string | undefined;
  let doctype = false;
  // The open DigitalSourceType element, if any: its depth, its text so far, its rdf:resource.
  let open: { depth: number; text: string; resource?: string; items: string[]; item: string } | undefined;
  let depth = 0;
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('error', (error) => {
    failure ??= error.message;
  });
  parser.on('doctype', () => {
    doctype = true;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    depth++;
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === IPTC_EXT && attribute.local === PROPERTY) values.push(attribute.value.trim());
    }
    if (!open && tag.uri === IPTC_EXT && tag.local === PROPERTY) {
      const resource = Object.values(tag.attributes).find((a) => a.uri === RDF && a.local === 'resource');
      open = { depth, text: '', items: [], item: '', ...(resource ? { resource: resource.value } : {}) };
    } else if (open) {
      const resource = Object.values(tag.attributes).find((a) => a.uri === RDF && a.local === 'resource');
      if (resource?.value.trim()) open.items.push(resource.value.trim());
    }
  });
  // A value written as a list or an rdf:value (`<rdf:Bag><rdf:li>…`) is still stated: each nested
  // element's text is a value, or a writer could hide the marking from this reader and no other.
  const onText = (chunk: string) => {
    if (open && depth === open.depth) open.text += chunk;
    else if (open && depth > open.depth) open.item += chunk;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    if (open && depth > open.depth) {
      if (open.item.trim()) open.items.push(open.item.trim());
      open.item = '';
    } else if (open && depth === open.depth) {
      const value = (open.resource ?? open.text).trim();
      if (value) values.push(value);
      values.push(...open.items);
      open = undefined;
    }
    depth--;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= error instanceof Error ? error.message : String(error);
  }
  if (doctype) return refused('XMP packet declares a DOCTYPE, which XMP never needs (entity expansion risk); not read');
  if (failure !== undefined) return refused(`XMP packet is not well-formed XML: ${failure}`);
  return { values, problems: [] };
}

function refused(problem: string): { values: string[]; problems: string[] } {
  return { values: [], problems: [problem] };
}

function decode(packet: Uint8Array): string | undefined {
  // A UTF-16 packet need not start with a byte order mark: XMP puts the BOM inside
  // `<?xpacket begin="…"?>`, so the packet itself starts with `<` and a NUL on one side of it.
  const [b0, b1] = [packet[0], packet[1]];
  const encoding = (b0 === 0xfe && b1 === 0xff) || (b0 === 0x00 && b1 === 0x3c) ? 'utf-16be' : (b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0x00) ? 'utf-16le' : 'utf-8';
  try {
    // Writers pad packets and some terminate them with NULs; neither is XML.
    return new TextDecoder(encoding, { fatal: true }).decode(packet).replace(/\0+$/, '');
  } catch {
    return undefined;
  }
}
