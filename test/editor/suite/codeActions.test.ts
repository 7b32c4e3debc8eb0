import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, codesOf, waitForCodes, waitForDiagnostics } from './diagnostics';
import { WEAK_LETTER } from './fixtures';
import { openFixture, replaceAllText } from './workspace';

/** The quick fixes VS Code offers for `range`, as the light bulb would list them. */
async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return (actions ?? []).filter((action): action is vscode.CodeAction => 'edit' in action || 'kind' in action);
}

/** `text` with `edits` applied, computed independently of the editor. */
function applyByHand(document: vscode.TextDocument, edits: readonly vscode.TextEdit[]): string {
  const text = document.getText();
  const sorted = [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
  return sorted.reduce(
    (result, edit) => result.slice(0, document.offsetAt(edit.range.start)) + edit.newText + result.slice(document.offsetAt(edit.range.end)),
    text,
  );
}

describe('Quick fixes in the editor', () => {
  let document: vscode.TextDocument;
  let original: string;

  beforeEach(async () => {
    document = (await openFixture(WEAK_LETTER)).document;
    original = document.getText();
  });

  afterEach(async () => {
    if (document.getText() !== original) await replaceAllText(document, original);
  });

  it('offers a shorter form for "in order to" and applies it', async () => {
    const diagnostics = await waitForCodes(document.uri, ['wordy-phrase']);
    const wordy = diagnostics.find((diagnostic) => codeOf(diagnostic) === 'wordy-phrase')!;
    assert.equal(document.getText(wordy.range), 'in order to');

    const fixes = await quickFixes(document.uri, wordy.range);
    const fix = fixes.find((action) => action.edit?.get(document.uri).some((edit) => edit.range.isEqual(wordy.range) && edit.newText === 'to'));
    assert.ok(fix?.edit, `no quick fix replaces "in order to" with "to"; offered: ${fixes.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `the fix's kind is ${fix.kind?.value}`);

    const expected = applyByHand(document, fix.edit.get(document.uri));
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'VS Code refused the edit');
    assert.equal(document.getText(), expected);
    assert.match(document.getText(), /billing export to cut its run time/);

    const after = await waitForDiagnostics(
      document.uri,
      (current) => !codesOf(current).includes('wordy-phrase') && codesOf(current).includes('generic-opener'),
      'wordy-phrase to go once fixed',
    );
    assert.ok(after.length > 0);
  });
});
