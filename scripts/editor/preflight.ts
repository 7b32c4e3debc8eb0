import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUNDLES, CHROMIUM, CODE_SERVER_DIR, CODE_SERVER_ENTRY, CODE_SERVER_VERSION, INSTALL_HINT, SUITE_INDEX } from './paths';

/** What keeps the editor run from starting, and how to fix it; both empty means ready. */
export interface MissingPrerequisites {
  /** The editor and browser, installed from outside npm by `bash .ci/run`. */
  tools: string[];
  /** What `npm test` builds before the suite. */
  build: string[];
}

/** Everything the editor run needs that it does not make itself. */
export function findMissingPrerequisites(): MissingPrerequisites {
  const problems: string[] = [];
  const version = codeServerVersion();
  if (version !== CODE_SERVER_VERSION) {
    problems.push(
      version === undefined
        ? `code-server is not installed in ${CODE_SERVER_DIR}.`
        : `code-server in ${CODE_SERVER_DIR} is ${version}, not ${CODE_SERVER_VERSION}.`,
    );
  }
  if (!isExecutable(CHROMIUM)) {
    problems.push(`Chromium was not found at ${CHROMIUM} (set CHROMIUM_PATH to use another).`);
  }
  if (problems.length > 0) problems.push(INSTALL_HINT);
  const build: string[] = [];
  for (const file of [SUITE_INDEX, ...BUNDLES]) {
    if (!fs.existsSync(file)) {
      build.push(`${file} is missing: run \`npm run compile && npm run build\` first (\`npm test\` does both).`);
    }
  }
  return { tools: problems, build };
}

function codeServerVersion(): string | undefined {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) return undefined;
  try {
    // --config keeps the check from writing ~/.config/code-server/config.yaml.
    const config = path.join(CODE_SERVER_DIR, 'config.yaml');
    const output = execFileSync(process.execPath, [CODE_SERVER_ENTRY, '--config', config, '--version'], {
      encoding: 'utf8',
      timeout: 30000,
    });
    return / with Code /.test(output) ? /^(\d+\.\d+\.\d+) /m.exec(output)?.[1] : undefined;
  } catch {
    return 'a copy that does not start';
  }
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
