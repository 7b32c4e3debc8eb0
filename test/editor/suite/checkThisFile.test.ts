import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { coachDiagnostics, waitForCodes } from './diagnostics';
import { NAMED_LETTER, NOTES } from './fixtures';
import { openFixture } from './workspace';

describe('Check This File', () => {
  it('leaves notes.md alone until asked, then checks it', async () => {
    const notes = (await openFixture(NOTES)).document;
    // The server hears of the notes first; once the letter opened after them
    // has its findings, the notes have been seen and passed over.
    const letter = (await openFixture(NAMED_LETTER)).document;
    await waitForCodes(letter.uri, ['generic-opener']);
    assert.deepEqual(coachDiagnostics(notes.uri), [], 'notes.md was checked although its name is not a cover letter');

    await vscode.window.showTextDocument(notes);
    await vscode.commands.executeCommand('coverLetter.checkThisFile');
    await waitForCodes(notes.uri, ['generic-salutation', 'generic-opener']);
  });
});
