import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { TARGET_LETTER } from './fixtures';
import { acceptQuickInputsUntil } from './quickInput';
import { openFixture, replaceAllText } from './workspace';

describe('Set Length Target', () => {
  it("writes the first preset into the letter's front matter", async () => {
    const { document } = await openFixture(TARGET_LETTER);
    const original = document.getText();
    assert.match(original, /^target: 250$/m);
    try {
      const running = vscode.commands.executeCommand('coverLetter.setLengthTarget');
      await acceptQuickInputsUntil(
        vscode.workspace.onDidChangeTextDocument,
        () => (/^target: 150$/m.test(document.getText()) ? true : undefined),
        'target: 150 in the front matter',
      );
      await running;
      assert.doesNotMatch(document.getText(), /^target: 250$/m, 'the old target is still there');
      assert.match(document.getText(), /^company: Northwind Analytics$/m, 'the rest of the front matter changed');
    } finally {
      await replaceAllText(document, original);
    }
  });
});
