import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitForCodes } from './diagnostics';
import { EMPTY_LETTER } from './fixtures';
import { openFixture, replaceAllText } from './workspace';

const PREFIX = 'cl-tech-250';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('Snippets', () => {
  it(`completes ${PREFIX} into a letter whose empty slots are flagged`, async () => {
    const editor = await openFixture(EMPTY_LETTER);
    const { document } = editor;
    const original = document.getText();
    try {
      await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), PREFIX));
      const end = document.lineAt(0).range.end;

      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
      const item = list.items.find((candidate) => labelOf(candidate) === PREFIX && candidate.kind === vscode.CompletionItemKind.Snippet);
      assert.ok(item, `no ${PREFIX} snippet among ${list.items.length} completions`);
      assert.ok(item.insertText instanceof vscode.SnippetString, 'the snippet has no snippet body');

      await editor.insertSnippet(item.insertText, document.lineAt(0).range);
      assert.ok(!document.getText().startsWith(PREFIX), 'the prefix was not replaced');
      assert.ok(document.getText().split(/\s+/).length > 100, 'the template is not a full letter');
      await waitForCodes(document.uri, ['unfilled-placeholder']);
    } finally {
      await replaceAllText(document, original);
    }
  });
});
