/** Runs the engine on one file's text and expresses the result with LSP ranges. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-textdocument';
import { type AnalysisResult, analyze, type AnalyzeOptions, type Severity, type Statistics } from '../engine';
import { type LspFix, toLspFixes, toRange } from '../lsp/ranges';

export interface CliDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  fixes: LspFix[];
}

export interface FileReport {
  path: string;
  stats: Statistics;
  diagnostics: CliDiagnostic[];
  /** With --fix: what was fixed, in the order it was fixed. */
  fixed?: FixedProblem[];
}

/** A problem `--fix` fixed; the range is in the text as it was when fixed. */
export interface FixedProblem {
  code: string;
  title: string;
  range: Range;
}

/** `result`, when given, is the engine's analysis of `text` with these options (--fix has it already). */
export function checkFile(filePath: string, text: string, options: AnalyzeOptions, result: AnalysisResult = analyze(text, options)): FileReport {
  const document = TextDocument.create('file:///letter', 'plaintext', 0, text);
  // In reading order: the engine sorts its findings by position.
  const diagnostics = result.findings.map((finding): CliDiagnostic => ({
    code: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    range: toRange(document, finding.offset, finding.length),
    fixes: toLspFixes(document, finding.fixes),
  }));
  return { path: filePath, stats: result.stats, diagnostics };
}
