import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchChromium } from './browser';
import { createProfile, type RunningCodeServer, startCodeServer } from './codeServer';
import { REPO_ROOT, RESULTS_ENV, SUITE_INDEX } from './paths';
import { indent, reportError, tail, type Tally } from './report';
import type { SuiteResults } from '../../test/editor/suite/suiteResults';
import { waitForFile } from './waitForFile';
import { copyFixtures, extensionHostLogs } from './workspace';

/**
 * The URL that opens `workspace` with this repository loaded as the extension
 * under development and the compiled suite as its tests (the `payload`
 * parameter carries what desktop VS Code takes as command-line flags).
 */
function suiteUrl(server: RunningCodeServer, workspace: string): string {
  const remote = (file: string): string => `vscode-remote://127.0.0.1:${server.port}${file}`;
  const url = new URL(server.origin);
  url.searchParams.set('folder', workspace);
  url.searchParams.set(
    'payload',
    JSON.stringify([
      ['extensionDevelopmentPath', remote(REPO_ROOT)],
      ['extensionTestsPath', remote(SUITE_INDEX)],
    ]),
  );
  return url.toString();
}

/** Phase 1: the mocha suite in test/editor/ runs inside code-server's extension host. */
export async function runSuiteInCodeServer(scratch: string, timeoutMs: number): Promise<Tally> {
  const profile = createProfile(path.join(scratch, 'suite-profile'));
  const workspace = copyFixtures(path.join(scratch, 'suite-workspace'));
  const resultsFile = path.join(scratch, 'suite-results', 'results.json');
  fs.mkdirSync(path.dirname(resultsFile));

  let server: RunningCodeServer | undefined;
  const browser = await launchChromium();
  try {
    server = await startCodeServer({ profile, workspace, env: { [RESULTS_ENV]: resultsFile } });
    const page = await browser.newPage();
    await page.goto(suiteUrl(server, workspace));
    const results = JSON.parse(await waitForFile(resultsFile, timeoutMs, server.exited)) as SuiteResults;
    printResults(results);
    if (results.passed + results.failed === 0) return reportError('the editor suite ran no tests', new Error('empty run'));
    return { passed: results.passed, failed: results.failed };
  } catch (error) {
    const logs = extensionHostLogs(profile.userDataDir);
    return reportError('the editor suite did not report results', error, [
      `code-server output:\n${tail(server?.output() ?? '(not started)')}`,
      ...logs.map((log) => `${log}:\n${tail(fs.readFileSync(log, 'utf8'))}`),
    ]);
  } finally {
    await browser.close();
    await server?.stop();
  }
}

function printResults(results: SuiteResults): void {
  console.log(`  in ${results.appName} ${results.vscodeVersion}\n`);
  for (const line of results.lines) console.log(indent(line, 2));
  results.failures.forEach((failure, index) => {
    console.log(`\n  ${index + 1}) ${failure.title}:`);
    console.log(indent(failure.error, 6));
  });
}
