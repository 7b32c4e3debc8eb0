import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, codesOf, waitForCodes, waitForDiagnostics } from './diagnostics';
import { WEAK_LETTER } from './fixtures';
import { openFixture } from './workspace';

function setRules(uri: vscode.Uri, rules: Record<string, string> | undefined): Thenable<void> {
  // Workspace settings, as the Settings editor's "Workspace" tab writes them.
  return vscode.workspace.getConfiguration('coverLetter', uri).update('rules', rules, vscode.ConfigurationTarget.Workspace);
}

function severityOf(diagnostics: readonly vscode.Diagnostic[], code: string): vscode.DiagnosticSeverity | undefined {
  return diagnostics.find((diagnostic) => codeOf(diagnostic) === code)?.severity;
}

describe('coverLetter.rules', () => {
  let document: vscode.TextDocument;

  beforeEach(async () => {
    document = (await openFixture(WEAK_LETTER)).document;
  });

  afterEach(async () => {
    await setRules(document.uri, undefined);
  });

  it('follows a rule turned off, made louder, and reset', async () => {
    await waitForCodes(document.uri, ['generic-opener', 'generic-salutation']);

    await setRules(document.uri, { 'generic-opener': 'off' });
    await waitForDiagnostics(
      document.uri,
      (diagnostics) => !codesOf(diagnostics).includes('generic-opener') && codesOf(diagnostics).includes('generic-salutation'),
      'generic-opener to disappear when set to off',
    );

    await setRules(document.uri, { 'generic-salutation': 'error' });
    const louder = await waitForDiagnostics(
      document.uri,
      (diagnostics) => severityOf(diagnostics, 'generic-salutation') === vscode.DiagnosticSeverity.Error,
      'generic-salutation to become an error',
    );
    assert.ok(codesOf(louder).includes('generic-opener'), 'generic-opener did not come back with the new settings');

    await setRules(document.uri, undefined);
    await waitForDiagnostics(
      document.uri,
      (diagnostics) => severityOf(diagnostics, 'generic-salutation') === vscode.DiagnosticSeverity.Warning,
      'generic-salutation to be a warning again',
    );
  });
});
