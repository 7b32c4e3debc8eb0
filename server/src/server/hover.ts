/**
 * Hover over a finding: the rule's name, why it matters, a before/after example
 * and a link to its documentation. Answered from the diagnostics of the
 * document's current version; right after an edit, the waiting check runs
 * first (currentAnalysis.ts), so a hover never answers for stale text.
 */
import type { Hover, HoverParams, MarkupKind, Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE } from '../../../shared/src/protocol';
import { ruleInfo, type RuleInfo } from '../engine';
import { ruleDocsUri } from '../lsp/docsUri';
import { currentAnalysis, type CurrentAnalysisDeps } from './currentAnalysis';

export interface HoverDeps extends CurrentAnalysisDeps {
  documents: { get(uri: string): TextDocument | undefined };
  docsBase: string;
  /** What the client can render; Markdown unless it says otherwise. */
  markdown: boolean;
}

export async function hover(params: HoverParams, deps: HoverDeps): Promise<Hover | null> {
  const document = deps.documents.get(params.textDocument.uri);
  if (document === undefined) return null;
  const analysis = await currentAnalysis(document, deps);
  // The text changed again while the check ran: the next hover answers for it.
  if (analysis === undefined || deps.documents.get(document.uri)?.version !== analysis.version) return null;
  const under = analysis.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && contains(d.range, params.position));
  const seen = new Set<string>();
  const sections: string[] = [];
  for (const diagnostic of under) {
    const rule = ruleInfo(String(diagnostic.code));
    if (rule === undefined || seen.has(rule.id)) continue;
    seen.add(rule.id);
    const href = diagnostic.codeDescription?.href ?? ruleDocsUri(deps.docsBase, rule.id);
    sections.push(deps.markdown ? markdownSection(rule, href) : plainSection(rule, href));
  }
  if (sections.length === 0) return null;
  const kind: MarkupKind = deps.markdown ? 'markdown' : 'plaintext';
  return {
    contents: { kind, value: sections.join(deps.markdown ? '\n\n---\n\n' : '\n\n') },
    range: union(under.map((d) => d.range)),
  };
}

function markdownSection(rule: RuleInfo, href: string): string {
  return [
    `**${escapeMarkdown(rule.name)}** · [\`${rule.id}\`](${href})`,
    escapeMarkdown(rule.explanation),
    `Before: “${escapeMarkdown(rule.example.before)}”  \nAfter: “${escapeMarkdown(rule.example.after)}”`,
  ].join('\n\n');
}

function plainSection(rule: RuleInfo, href: string): string {
  return [`${rule.name} (${rule.id})`, rule.explanation, `Before: “${rule.example.before}”\nAfter: “${rule.example.after}”`, `More: ${href}`].join(
    '\n\n',
  );
}

/**
 * Backslash-escapes what Markdown would read as markup inside a line, such as the
 * brackets of "[Company Name]", the tag-like "<Company>" or a `*`.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}

/** The end is exclusive: the character just after a finding is not part of it. */
function contains(range: Range, position: Position): boolean {
  if (compare(range.start, range.end) === 0) return compare(position, range.start) === 0;
  return compare(position, range.start) >= 0 && compare(position, range.end) < 0;
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function union(ranges: readonly Range[]): Range {
  let { start, end } = ranges[0]!;
  for (const range of ranges) {
    if (compare(range.start, start) < 0) start = range.start;
    if (compare(range.end, end) > 0) end = range.end;
  }
  return { start, end };
}
