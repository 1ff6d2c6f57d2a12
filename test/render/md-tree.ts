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

/**
 * The comment's HTML nodes once each open use's own `<details>` (its evidence, folded under it) is
 * taken out: those come in pairs, and nothing else may be HTML.
 */
export function outerHtml(tree: MdNode): string[] {
  const html = ofType(tree, 'html').map((n) => String(n.value));
  const opens = html.filter((v) => v === '<details><summary>Why, and how to clear it</summary>').length;
  const rest = html.filter((v) => v !== '<details><summary>Why, and how to clear it</summary>');
  // Drop one closing tag per evidence block; the remaining ones belong to the outer block.
  for (let i = 0; i < opens; i++) rest.splice(rest.indexOf('</details>'), 1);
  return rest;
}
