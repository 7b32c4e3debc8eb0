import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { waitForCodes } from './diagnostics';
import { WEAK_LETTER } from './fixtures';
import { openFixture, rangeOf, replaceAllText } from './workspace';

/**
 * The language servers this extension host runs: the client forks
 * dist/server.js as a child of the process the suite runs in.
 */
function serverPids(): number[] {
  try {
    const output = execFileSync('pgrep', ['-P', String(process.pid), '-f', 'dist/server.js'], { encoding: 'utf8' });
    return output.split('\n').filter(Boolean).map(Number);
  } catch (error) {
    if ((error as { status?: number }).status === 1) return []; // pgrep found nothing
    throw error;
  }
}

describe('Language server recovery', () => {
  it('checks the letter again after the server process is killed', async () => {
    const editor = await openFixture(WEAK_LETTER);
    const { document } = editor;
    const original = document.getText();
    await waitForCodes(document.uri, ['generic-opener']);
    const before = serverPids();
    assert.equal(before.length, 1, `expected one server process under the extension host, found ${before.join(', ') || 'none'}`);

    process.kill(before[0]!, 'SIGKILL');
    try {
      // Type a repeated word: only a server that is running again can flag it.
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, rangeOf(document, 'the nightly').start, 'the ');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitForCodes(document.uri, ['repeated-word', 'generic-opener']);

      const after = serverPids();
      assert.equal(after.length, 1, `expected one restarted server, found ${after.join(', ') || 'none'}`);
      assert.notEqual(after[0], before[0], 'the findings came from the killed server');
    } finally {
      await replaceAllText(document, original);
    }
  });
});
