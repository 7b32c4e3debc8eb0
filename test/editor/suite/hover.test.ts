import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, waitForCodes } from './diagnostics';
import { NAMED_LETTER } from './fixtures';
import { openFixture } from './workspace';

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

// On a letter no other test edits: the server answers hovers from the
// findings of the document's current version only.
describe('Hover', () => {
  it('explains a finding with its rule name and a before/after example', async () => {
    const { document } = await openFixture(NAMED_LETTER);
    const diagnostics = await waitForCodes(document.uri, ['generic-opener']);
    const opener = diagnostics.find((diagnostic) => codeOf(diagnostic) === 'generic-opener')!;

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      opener.range.start.translate(0, 2),
    );
    const text = hoverText(hovers ?? []);
    assert.match(text, /Generic opening line/, `hover was: ${text || '(none)'}`);
    assert.match(text, /before/i);
    assert.match(text, /after/i);
  });

  it('shows nothing of ours on a clean word', async () => {
    const { document } = await openFixture(NAMED_LETTER);
    await waitForCodes(document.uri, ['generic-opener']);
    const clean = document.positionAt(document.getText().indexOf('pipeline'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, clean);
    assert.doesNotMatch(hoverText(hovers ?? []), /Generic opening line/);
  });
});
