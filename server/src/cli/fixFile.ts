/**
 * `--fix`: applies the engine's fix-all edits (the first fix of every finding
 * whose rule is safe to fix unseen) and checks again, until nothing changes or
 * for at most three rounds: one fix can reveal or unblock another.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type AnalysisResult, analyze, type AnalyzeOptions, applyEdits, fixAllEdits, type Finding, type TextEdit } from '../engine';
import { toRange } from '../lsp/ranges';
import type { FixedProblem } from './checkFile';

const MAX_FIX_ROUNDS = 3;

export interface FixResult {
  text: string;
  fixed: FixedProblem[];
  /** The engine's analysis of the fixed text. */
  result: AnalysisResult;
}

export function fixText(text: string, options: AnalyzeOptions): FixResult {
  const fixed: FixedProblem[] = [];
  let current = text;
  let result = analyze(current, options);
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const findings = result.findings;
    const edits = fixAllEdits(findings);
    if (edits.length === 0) break;
    const document = TextDocument.create('file:///letter', 'plaintext', round, current);
    for (const finding of findings.filter((f) => isApplied(f, edits))) {
      fixed.push({ code: finding.ruleId, title: finding.fixes[0]!.title, range: toRange(document, finding.offset, finding.length) });
    }
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
    result = analyze(current, options);
  }
  return { text: current, fixed, result };
}

/** The finding's first fix is among the edits applied. */
function isApplied(finding: Finding, edits: readonly TextEdit[]): boolean {
  const fix = finding.fixes[0];
  if (fix === undefined || fix.edits.length === 0) return false;
  return fix.edits.every((edit) => edits.some((e) => e.offset === edit.offset && e.length === edit.length && e.newText === edit.newText));
}
