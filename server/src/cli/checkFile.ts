/** Runs the engine on one file's text and expresses the result with LSP ranges. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-textdocument';
import type { ConfigIgnore, ConfigPhrase } from '../../../shared/src/config';
import type { Industry, RuleSeverityName } from '../../../shared/src/settings';
import { analyze, type AnalyzeOptions, type Finding, type Severity, type SpellingDictionary, type Statistics } from '../engine';
import { formatForPath } from '../lsp/format';
import { type LspFix, toLspFixes, toRange } from '../lsp/ranges';

export interface CheckOptions {
  target?: number;
  industry?: Industry;
  /** From the config files. */
  rules?: Record<string, RuleSeverityName>;
  phrases?: ConfigPhrase[];
  ignore?: ConfigIgnore[];
  words?: string[];
  spelling?: SpellingDictionary;
  /** The job description's text, or why it could not be read. */
  job?: AnalyzeOptions['job'];
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
  /** With --fix: what was fixed, in the order it was fixed. */
  fixed?: FixedProblem[];
}

/** A problem `--fix` fixed; the range is in the text as it was when fixed. */
export interface FixedProblem {
  code: string;
  title: string;
  range: Range;
}

export function checkFile(filePath: string, text: string, options: CheckOptions): FileReport {
  const result = analyze(text, analyzeOptions(filePath, options));
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

/** The engine's options for a file; an explicit `target: undefined` could override the engine's own default. */
export function analyzeOptions(filePath: string, options: CheckOptions): AnalyzeOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  return { format: formatForPath(filePath), ...defined };
}
