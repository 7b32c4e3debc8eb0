/**
 * `npm run test:vscode`: the same suite as `npm run test:editor` (test/editor/),
 * in desktop VS Code through @vscode/test-electron. It downloads VS Code unless
 * VSCODE_EXECUTABLE_PATH names an installed one (VSCODE_VERSION picks the
 * download, default: stable). On Linux without a display, run it under
 * `xvfb-run -a`. Where VS Code cannot be downloaded, use `npm run test:editor`.
 */
import { runTests } from '@vscode/test-electron';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUNDLES, REPO_ROOT, RESULTS_ENV, SUITE_INDEX } from './paths';
import { copyFixtures } from './workspace';

const DOWNLOAD_TIMEOUT_MS = 20000;

async function main(): Promise<number> {
  for (const file of [SUITE_INDEX, ...BUNDLES]) {
    if (!fs.existsSync(file)) {
      console.error(`${file} is missing: run \`npm run compile && npm run build\` first.`);
      return 1;
    }
  }
  const executable = process.env.VSCODE_EXECUTABLE_PATH;
  if (executable !== undefined && !fs.existsSync(executable)) {
    console.error(`VSCODE_EXECUTABLE_PATH is ${executable}, which does not exist.`);
    return 1;
  }

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cover-letter-coach-vscode-'));
  const resultsFile = path.join(scratch, 'results.json');
  try {
    const workspace = copyFixtures(path.join(scratch, 'workspace'));
    try {
      await runTests({
        ...(executable !== undefined ? { vscodeExecutablePath: executable } : { version: process.env.VSCODE_VERSION ?? 'stable' }),
        timeout: DOWNLOAD_TIMEOUT_MS,
        extensionDevelopmentPath: REPO_ROOT,
        extensionTestsPath: SUITE_INDEX,
        extensionTestsEnv: { [RESULTS_ENV]: resultsFile },
        launchArgs: [
          workspace,
          '--disable-extensions',
          '--disable-workspace-trust',
          '--skip-welcome',
          '--skip-release-notes',
          '--user-data-dir',
          path.join(scratch, 'data'),
          '--extensions-dir',
          path.join(scratch, 'extensions'),
        ],
      });
    } catch (error) {
      // A failing test also ends here (VS Code exits non-zero); the results file tells the two apart.
      if (!fs.existsSync(resultsFile)) {
        explainNoRun(error, executable);
        return 1;
      }
    }
    const { passed, failed } = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as { passed: number; failed: number };
    console.log(`\n${passed} passed, ${failed} failed`);
    return failed === 0 && passed > 0 ? 0 : 1;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function explainNoRun(error: unknown, executable: string | undefined): void {
  console.error(`\nThe editor suite did not run in desktop VS Code: ${error instanceof Error ? error.message : String(error)}`);
  console.error(
    executable === undefined
      ? 'VS Code could not be downloaded (or did not start). Set VSCODE_EXECUTABLE_PATH to an installed VS Code,\n' +
          'or run the same suite in code-server, which installs from npm: `npm run test:editor`.'
      : `${executable} did not run the suite.`,
  );
  if (process.platform === 'linux' && !process.env.DISPLAY) {
    console.error('Without a display, run it as `xvfb-run -a npm run test:vscode`.');
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
