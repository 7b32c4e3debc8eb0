/** Runs the engine on one file's text and expresses the result with LSP ranges. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-textdocument';
import type { Industry } from '../../../shared/src/settings';
import { analyze, type Finding, type Severity, type Statistics } from '../engine';
import { formatForPath } from '../lsp/format';
import { type LspFix, toLspFixes, toRange } from '../lsp/ranges';

export interface CheckOptions {
  target?: number;
  industry?: Industry;
}

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
}

export function checkFile(filePath: string, text: string, options: CheckOptions): FileReport {
  const result = analyze(text, { format: formatForPath(filePath), ...definedOnly(options) });
  const document = TextDocument.create('file:///letter', 'plaintext', 0, text);
  const diagnostics = [...result.findings].sort(byPosition).map(
    (finding): CliDiagnostic => ({
      code: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      range: toRange(document, finding.offset, finding.length),
      fixes: toLspFixes(document, finding.fixes),
    }),
  );
  return { path: filePath, stats: result.stats, diagnostics };
}

// Reading order, whatever order the rules reported in.
function byPosition(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.length - b.length;
}

// An explicit `target: undefined` could override the engine's own default.
function definedOnly(options: CheckOptions): CheckOptions {
  const defined: CheckOptions = {};
  if (options.target !== undefined) defined.target = options.target;
  if (options.industry !== undefined) defined.industry = options.industry;
  return defined;
}
