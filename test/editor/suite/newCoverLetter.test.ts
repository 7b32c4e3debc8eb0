import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitForCodes } from './diagnostics';
import { acceptQuickInputsUntil } from './quickInput';

describe('New Cover Letter', () => {
  it('opens a letter from a template, with front matter, and checks it', async () => {
    const running = vscode.commands.executeCommand('coverLetter.newCoverLetter');
    // First industry, first length, no company name.
    const editor = await acceptQuickInputsUntil(
      vscode.window.onDidChangeActiveTextEditor,
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.isUntitled && /^target: \d+$/m.test(active.document.getText()) ? active : undefined;
      },
      'the new letter to open',
    );
    await running;
    const { document } = editor;
    assert.equal(document.languageId, 'markdown');
    assert.match(document.getText(), /^---\n(.*\n)*industry: \w+\n(.*\n)*---/m);
    await waitForCodes(document.uri, ['unfilled-placeholder']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
