import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './paths';

/**
 * Packages the extension the way a release is made (`npm run package`, which
 * runs the production build first) into `folder`, and returns the file.
 */
export function packageVsix(folder: string): string {
  const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  const vsix = path.join(folder, `cover-letter-coach-${version}.vsix`);
  const result = spawnSync('npm', ['run', 'package', '--silent', '--', '--out', vsix], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 300000,
  });
  if (result.status !== 0 || !fs.existsSync(vsix)) {
    throw new Error(`npm run package failed (${result.status ?? result.error?.message}):\n${result.stdout}${result.stderr}`);
  }
  // The release build replaced dist/ with minified bundles without source maps: put the
  // development bundles back, so debugging after a test run maps to the sources.
  const rebuild = spawnSync('npm', ['run', 'build', '--silent'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120000 });
  if (rebuild.status !== 0) throw new Error(`npm run build failed after packaging:\n${rebuild.stdout}${rebuild.stderr}`);
  return vsix;
}
