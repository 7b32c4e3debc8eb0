import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The rule documentation lives in the README shipped one folder above the
 * bundles in dist/, so a diagnostic's code can link straight to its section.
 * In a checkout it is README.md; the packaged extension stores it as readme.md,
 * which on a case-sensitive disk is another name. Callers pass their own
 * `__dirname` because only the bundle knows where it runs from.
 */
export function docsBaseUri(bundleDir: string): string {
  const root = path.resolve(bundleDir, '..');
  const name = ['README.md', 'readme.md'].find((n) => fs.existsSync(path.join(root, n))) ?? 'README.md';
  return pathToFileURL(path.join(root, name)).href;
}

export function ruleDocsUri(docsBase: string, ruleId: string): string {
  return `${docsBase}#${ruleId}`;
}
