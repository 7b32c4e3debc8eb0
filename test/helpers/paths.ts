import * as path from 'node:path';

// Tests run from out/test/<folder>/, three levels below the repository root.
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER_BUNDLE = path.join(REPO_ROOT, 'dist', 'server.js');
export const CLI_BUNDLE = path.join(REPO_ROOT, 'dist', 'cli.js');
