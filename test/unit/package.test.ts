/**
 * What the .vsix holds, as `vsce ls` lists it from .vscodeignore: only the
 * bundles and what they read at run time, never sources, maps or node_modules.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';

const VSCE = path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

/** Everything the package may contain. */
const ALLOWED: readonly RegExp[] = [
  /^dist\/(extension|server|checkWorker|cli)\.js$/,
  /^dist\/dictionary\/[\w-]+\.(txt|license)$/, // the spelling rule's word lists and their licences
  /^(README|CHANGELOG)\.md$/,
  /^LICENSE$/,
  /^package\.json$/,
  /^images\/icon\.png$/,
  /^snippets\/[\w.-]+\.json$/,
  /^schemas\/[\w.-]+\.json$/,
];

/** What an installed extension cannot work without. */
const REQUIRED = [
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'images/icon.png',
  'dist/extension.js',
  'dist/server.js',
  'dist/checkWorker.js',
  'dist/cli.js',
];

interface Contributions {
  main: string;
  contributes?: { snippets?: { path: string }[]; jsonValidation?: { url: string }[] };
}

describe('the packaged extension (.vsix)', function () {
  this.timeout(60000);
  let files: string[];

  before(function () {
    for (const bundle of ['extension.js', 'server.js', 'checkWorker.js', 'cli.js']) {
      assert.ok(fs.existsSync(path.join(REPO_ROOT, 'dist', bundle)), `dist/${bundle} is missing: run npm run build first`);
    }
    const listing = execFileSync(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: REPO_ROOT, encoding: 'utf8' });
    files = listing
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  });

  it('holds nothing but the bundles, their data, snippets, schemas, the docs and the icon', () => {
    const unexpected = files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
    assert.deepEqual(unexpected, [], `unexpected files in the package: ${unexpected.join(', ')}`);
  });

  it('holds everything the installed extension needs', () => {
    const missing = REQUIRED.filter((file) => !files.includes(file));
    assert.deepEqual(missing, [], `missing from the package: ${missing.join(', ')}`);
  });

  it('holds every file package.json points at', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Contributions;
    const pointedAt = [
      manifest.main,
      ...(manifest.contributes?.snippets ?? []).map((entry) => entry.path),
      ...(manifest.contributes?.jsonValidation ?? []).map((entry) => entry.url).filter((url) => !/^\w+:/.test(url)),
    ].map((file) => path.posix.normalize(file));
    const missing = [...new Set(pointedAt)].filter((file) => !files.includes(file));
    assert.deepEqual(missing, [], `package.json refers to files left out of the package: ${missing.join(', ')}`);
  });
});
