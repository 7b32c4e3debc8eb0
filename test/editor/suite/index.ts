/**
 * The editor suite's entry point, the `extensionTestsPath` contract shared by
 * @vscode/test-electron and the code-server runner: VS Code loads the
 * extension in development mode and calls `run()` in its extension host.
 * The results also go to the file named by COVER_LETTER_EDITOR_RESULTS, which
 * is how the code-server runner (scripts/editor/) learns them.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { collectResults, type SuiteResults, writeResults } from './results';

/** Must match RESULTS_ENV in scripts/editor/paths.ts. */
const RESULTS_ENV = 'COVER_LETTER_EDITOR_RESULTS';

/** Run in this order (server recovery last: it restarts the server). */
const TEST_FILES = [
  'diagnostics.test.js',
  'codeActions.test.js',
  'checkThisFile.test.js',
  'settings.test.js',
  'snippets.test.js',
  'setLengthTarget.test.js',
  'newCoverLetter.test.js',
  'hover.test.js',
  'report.test.js',
  'serverRecovery.test.js',
];

const TEST_TIMEOUT_MS = 60000;

export async function run(): Promise<void> {
  const resultsFile = process.env[RESULTS_ENV];
  let results: SuiteResults | undefined;
  try {
    const { default: Mocha } = await import('mocha');
    const mocha = new Mocha({ ui: 'bdd', timeout: TEST_TIMEOUT_MS, color: false, reporter: 'spec' });
    for (const file of TEST_FILES) mocha.addFile(path.join(__dirname, file));
    await mocha.loadFilesAsync();
    results = await new Promise<SuiteResults>((resolve) => {
      const runner = mocha.run(() => resolve(collected));
      const collected = collectResults(runner);
    });
  } catch (error) {
    // The suite could not even start: report it as a failure, never as nothing.
    results = {
      passed: 0,
      failed: 1,
      lines: [],
      failures: [{ title: 'loading the editor suite', error: (error as Error).stack ?? String(error) }],
      vscodeVersion: '',
      appName: '',
    };
  }
  results.vscodeVersion = vscode.version;
  results.appName = vscode.env.appName;
  if (resultsFile) writeResults(resultsFile, results);
  if (results.failed > 0) throw new Error(`${results.failed} editor test(s) failed`);
}
