import * as path from 'node:path';

/** Compiled to out/scripts/editor/, three levels below the repository root. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export const CODE_SERVER_VERSION = '4.100.3';
/** Where scripts/editor/install-code-server.sh puts code-server (CODE_SERVER_DIR overrides both). */
export const CODE_SERVER_DIR = process.env.CODE_SERVER_DIR ?? path.join(REPO_ROOT, '.cache', 'code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Debian's Chromium; CHROMIUM_PATH names another build. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The compiled suite (test/editor/suite/index.ts) and the bundles it exercises. */
export const SUITE_INDEX = path.join(REPO_ROOT, 'out', 'editor', 'suite', 'index.js');
export const BUNDLES = ['extension.js', 'server.js'].map((name) => path.join(REPO_ROOT, 'dist', name));

/** Copied afresh into a temporary workspace for every editor started. */
export const FIXTURES = path.join(REPO_ROOT, 'test', 'editor', 'fixtures');
/** The letter the user's-eye check opens. */
export const WEAK_LETTER = 'cover-letter-weak.md';

/** Artifacts worth keeping after a run (ignored by git). */
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');

/** Environment variable naming the file the suite writes its results to; must match test/editor/suite/index.ts. */
export const RESULTS_ENV = 'COVER_LETTER_EDITOR_RESULTS';

export const INSTALL_HINT = [
  'Install what the editor tests need with:',
  '  apt-get install -y chromium ripgrep libkrb5-dev pkg-config',
  '  bash scripts/editor/install-code-server.sh',
].join('\n');
