/**
 * `npm run test:editor`: the extension in a real VS Code (code-server 4.100.3,
 * shown in Debian's Chromium), in two phases:
 *   1. the mocha suite in test/editor/ inside the extension host;
 *   2. the packaged .vsix installed and looked at as a user would.
 * Builds nothing itself beyond the .vsix: `npm test` compiles and bundles first.
 * Exits non-zero when anything fails, times out, or cannot run at all. On a
 * machine where code-server and Chromium were never set up (`bash .ci/run` does
 * that), it says so and skips, so that `npm test` passes on a fresh clone;
 * with CI=true a missing editor is a failure.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { packageVsix } from './packageVsix';
import { findMissingPrerequisites } from './preflight';
import { addTallies, heading, reportError, type Tally } from './report';
import { runSuiteInCodeServer } from './suitePhase';
import { runUsersEyeCheck } from './userPhase';

/** Each phase's limit; EDITOR_TEST_TIMEOUT_MS raises it on a slow machine. */
const PHASE_TIMEOUT_MS = Number(process.env.EDITOR_TEST_TIMEOUT_MS) || 300000;

async function main(): Promise<number> {
  const { tools, build } = findMissingPrerequisites();
  if (build.length > 0 || (tools.length > 0 && process.env.CI === 'true')) {
    console.error(`The editor tests cannot run:\n\n${[...tools, ...build].join('\n\n')}`);
    return 1;
  }
  if (tools.length > 0) {
    console.log(`Editor suite skipped: the editor it runs in is not set up on this machine (CI=true makes this a failure).\n\n${tools.join('\n\n')}`);
    return 0;
  }

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cover-letter-coach-editor-'));
  let total: Tally = { passed: 0, failed: 0 };
  try {
    heading('Editor suite in code-server (test/editor/suite)');
    let started = Date.now();
    total = addTallies(total, await runSuiteInCodeServer(scratch, PHASE_TIMEOUT_MS));
    console.log(`  (${seconds(started)})`);

    heading('Packaged extension, as a user sees it');
    started = Date.now();
    let vsix: string;
    try {
      vsix = packageVsix(scratch);
    } catch (error) {
      total = addTallies(total, reportError('packaging the extension', error));
      return summarize(total);
    }
    console.log(`  packaged ${path.basename(vsix)} (${seconds(started)})`);
    total = addTallies(total, await runUsersEyeCheck(scratch, vsix, PHASE_TIMEOUT_MS));
    console.log(`  (${seconds(started)})`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return summarize(total);
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function summarize(total: Tally): number {
  console.log(`\n${total.passed} passed, ${total.failed} failed`);
  // Nothing passed means nothing ran: never report that as success.
  return total.failed === 0 && total.passed > 0 ? 0 : 1;
}

// Interrupted: exit through process 'exit', where the editors are killed.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
