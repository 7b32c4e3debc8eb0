/**
 * Markdown: the prose of paragraphs, headings and list items, without code,
 * HTML, images, link targets, autolinked URLs or e-mail addresses.
 */
import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import type { Span } from './mask';
import type { Block } from './blocks';

// Front matter is blanked before parsing (see blocks.ts), so only autolinks need an extension.
const MICROMARK_EXTENSIONS = [gfmAutolinkLiteral()];
const MDAST_EXTENSIONS = [gfmAutolinkLiteralFromMarkdown()];

/** `<Company Name>` is a template slot the writer must fill, not HTML: keep it visible. */
const PLACEHOLDER_TAG = /^<[A-Z][\p{L} ]*>$/u;

export function markdownBlocks(text: string): { blocks: Block[]; prose: Span[] } {
  const tree = fromMarkdown(text, { extensions: MICROMARK_EXTENSIONS, mdastExtensions: MDAST_EXTENSIONS });
  const blocks: Block[] = [];
  const prose: Span[] = [];
  const visitBlock = (node: RootContent, inList: boolean): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const span = spanOf(node);
        if (!span) return;
        blocks.push({ ...span, kind: node.type === 'heading' ? 'heading' : inList ? 'listItem' : 'paragraph' });
        for (const child of node.children) visitInline(child, prose);
        return;
      }
      case 'blockquote':
      case 'list':
      case 'listItem':
        for (const child of (node as Parent).children) visitBlock(child as RootContent, inList || node.type !== 'blockquote');
        return;
      default:
        return; // code, html, yaml, definitions, thematic breaks: not prose
    }
  };
  for (const child of tree.children) visitBlock(child, false);
  return { blocks, prose };
}

function visitInline(node: PhrasingContent, prose: Span[]): void {
  const span = spanOf(node);
  if (!span) return;
  switch (node.type) {
    case 'text':
      prose.push(span);
      return;
    case 'html':
      if (PLACEHOLDER_TAG.test(node.value)) prose.push(span);
      return;
    case 'link':
      if (isAutolink(node)) return;
      for (const child of node.children) visitInline(child, prose);
      return;
    case 'emphasis':
    case 'strong':
    case 'delete':
      for (const child of node.children) visitInline(child, prose);
      return;
    default:
      return; // inline code, images, breaks, references
  }
}

/** A bare URL or e-mail address that the autolink extension turned into a link. */
function isAutolink(node: Extract<PhrasingContent, { type: 'link' }>): boolean {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (!only || only.type !== 'text') return false;
  return node.url === only.value || node.url === `mailto:${only.value}` || node.url === `http://${only.value}`;
}

function spanOf(node: Nodes): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}
