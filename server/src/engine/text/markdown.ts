/**
 * Markdown: the prose of paragraphs, headings and list items, without code,
 * HTML, images, link targets, autolinked URLs or e-mail addresses.
 */
import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import type { Span } from './mask';
import type { Block } from './layout';
import { detached } from '../memory/cache';
import { createCache } from '../memory/caches';

// Front matter is blanked before parsing (see blocks.ts), so only autolinks need an extension.
const MICROMARK_EXTENSIONS = [gfmAutolinkLiteral()];
const MDAST_EXTENSIONS = [gfmAutolinkLiteralFromMarkdown()];

/** `<Company Name>` is a template slot the writer must fill, not HTML: keep it visible. */
const PLACEHOLDER_TAG = /^<[A-Z][\p{L} ]*>$/u;

interface ChunkLayout {
  blocks: Block[];
  prose: Span[];
}

/** Parsed chunks by their text: an edit re-parses only the chunk it touched. */
const chunkCache = createCache<string, ChunkLayout>('markdownChunks');

/**
 * The document is parsed in chunks separated by blank lines (never inside a
 * fenced code block or an HTML comment), each remembered by its text. Block
 * structure in a letter does not reach across such a gap, so the result is the
 * same as parsing the whole, at a fraction of the cost on each keystroke.
 */
export function markdownBlocks(text: string): ChunkLayout {
  const blocks: Block[] = [];
  const prose: Span[] = [];
  for (const chunk of chunks(text)) {
    const source = text.slice(chunk.start, chunk.end);
    let layout = chunkCache.get(source);
    if (!layout) {
      // micromark drops a byte-order mark at the start of its input, which would shift every
      // offset in the chunk by one: give it a space of the same length instead.
      const parsable = source.replace(/^\uFEFF/, ' ');
      layout = source.length > MAX_MARKDOWN_CHUNK ? proseChunk(source) : parseChunk(parsable);
      chunkCache.set(detached(source), layout);
    }
    for (const b of layout.blocks) blocks.push({ kind: b.kind, start: b.start + chunk.start, end: b.end + chunk.start });
    for (const p of layout.prose) prose.push({ start: p.start + chunk.start, end: p.end + chunk.start });
  }
  return { blocks, prose };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Spans of the text between blank lines, keeping fenced code and HTML comments whole. */
function chunks(text: string): Span[] {
  const spans: Span[] = [];
  const lines = /[^\n]*(?:\n|$)/g;
  let start = 0;
  let fence: string | undefined;
  let inComment = false;
  for (let m = lines.exec(text); m && m[0] !== ''; m = lines.exec(text)) {
    const line = m[0];
    const lineStart = m.index;
    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && line.trim() === close[1]) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else if (line.trim() === '') {
      if (lineStart > start) spans.push({ start, end: lineStart });
      start = lineStart + line.length;
    } else {
      const open = FENCE.exec(line);
      if (open) fence = open[1];
      else if (line.lastIndexOf('<!--') > line.lastIndexOf('-->')) inComment = true;
    }
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/**
 * No paragraph of a letter comes near this; a longer chunk is pasted data or
 * pathological input, where Markdown parsing can take quadratic time or recurse
 * too deep. It is read as one plain paragraph instead.
 */
const MAX_MARKDOWN_CHUNK = 10_000;

function proseChunk(text: string): ChunkLayout {
  const span = { start: 0, end: text.length };
  return { blocks: [{ ...span, kind: 'paragraph' }], prose: [span] };
}

function parseChunk(text: string): ChunkLayout {
  try {
    const layout = layoutOf(fromMarkdown(text, { extensions: MICROMARK_EXTENSIONS, mdastExtensions: MDAST_EXTENSIONS }));
    return { ...layout, prose: withoutReferenceLabels(text, layout.prose) };
  } catch {
    // Deeply nested markup ('>>>>…', '- - - …') can exhaust the stack: read it as prose.
    return proseChunk(text);
  }
}

function layoutOf(tree: ReturnType<typeof fromMarkdown>): ChunkLayout {
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
        for (const child of (node as Parent).children) visitBlock(child, inList || node.type !== 'blockquote');
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
    case 'linkReference':
      // "[Evonetix][evo]" with its definition in reach: the text is prose, the label is not.
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

/**
 * The label of a reference link ("[Evonetix][evo]"): a key into the link
 * definitions, not prose. When its definition is in the same chunk the parser
 * makes a link reference and reads only its text; when it is elsewhere (or
 * missing) the whole is text, and the label is taken out here.
 */
// Labels with spaces are left as prose: "[First Name][Last Name]" is two template slots.
const REFERENCE_LABEL = /\]\[[^[\]\s]{1,100}\]/g;

function withoutReferenceLabels(text: string, prose: readonly Span[]): Span[] {
  if (!text.includes('][')) return [...prose];
  const labels = [...text.matchAll(REFERENCE_LABEL)].map((m) => ({ start: (m.index ?? 0) + 1, end: (m.index ?? 0) + m[0].length }));
  const result: Span[] = [];
  for (const span of prose) {
    let from = span.start;
    for (const label of labels) {
      if (label.end <= from || label.start >= span.end) continue;
      if (label.start > from) result.push({ start: from, end: label.start });
      from = Math.max(from, label.end);
    }
    if (from < span.end) result.push({ start: from, end: span.end });
  }
  return result;
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
