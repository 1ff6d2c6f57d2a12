// Parses rendered markdown with the real GFM parser (micromark + mdast) so tests assert on what GitHub
// would build, not on the raw string.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  children?: MdNode[];
}

export function parse(markdown: string): MdNode {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as unknown as MdNode;
}

/** Every node, depth first, document order. */
export function allNodes(node: MdNode): MdNode[] {
  return [node, ...(node.children ?? []).flatMap(allNodes)];
}

export function ofType(node: MdNode, type: string): MdNode[] {
  return allNodes(node).filter((n) => n.type === type);
}

/** What a reader sees: text and inline code, concatenated. */
export function plain(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(plain).join('');
}

/** Each table as rows of cell texts. */
export function tables(tree: MdNode): string[][][] {
  return ofType(tree, 'table').map((table) => (table.children ?? []).map((row) => (row.children ?? []).map(plain)));
}

/** Texts of headings, in order. */
export function headings(tree: MdNode): string[] {
  return ofType(tree, 'heading').map(plain);
}

/** The first paragraph of each list item: one line per use, finding, error… */
export function itemTexts(tree: MdNode): string[] {
  return ofType(tree, 'listItem').map((item) => plain(item.children?.find((c) => c.type === 'paragraph') ?? { type: 'x' }));
}

/** Node types that would turn declaration text into something other than text. */
export const FORBIDDEN_TYPES = ['link', 'image', 'linkReference', 'imageReference', 'definition', 'footnoteReference', 'footnoteDefinition'];

/** A raw `@` directly followed by a username character: GitHub would notify someone. */
export const MENTION = /@[A-Za-z0-9_-]/;

export function textValues(tree: MdNode): string[] {
  return ofType(tree, 'text').map((n) => n.value ?? '');
}
