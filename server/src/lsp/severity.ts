import type { DiagnosticSeverity } from 'vscode-languageserver';
import type { Severity } from '../engine';

// Numeric literals instead of the DiagnosticSeverity constants: a type-only import
// keeps the language-server runtime out of the CLI bundle.
const LSP_SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: 1,
  warning: 2,
  information: 3,
  hint: 4,
};

export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  return LSP_SEVERITY[severity];
}
