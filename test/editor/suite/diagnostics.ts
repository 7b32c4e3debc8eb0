import * as vscode from 'vscode';
import { waitFor } from './waitFor';

export const SOURCE = 'cover-letter-coach';

/** The rule id of a diagnostic, whether VS Code holds it plain or with its documentation link. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code ?? '');
}

/** Cover Letter Coach's diagnostics for `uri`, leaving out any other extension's. */
export function coachDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);
}

export function codesOf(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map(codeOf);
}

/** Waits until the coach's diagnostics for `uri` satisfy `accept`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = coachDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    () => `${what} in ${vscode.workspace.asRelativePath(uri)} (last seen: ${codesOf(coachDiagnostics(uri)).join(', ') || 'none'})`,
  );
}

/** Waits until the coach reports every code in `codes` for `uri`. */
export function waitForCodes(uri: vscode.Uri, codes: readonly string[]): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (diagnostics) => codes.every((code) => codesOf(diagnostics).includes(code)), `diagnostics ${codes.join(', ')}`);
}
