import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The rule documentation lives in the README.md shipped one folder above the
 * bundles in dist/, so a diagnostic's code can link straight to its section.
 * Callers pass their own `__dirname` because only the bundle knows where it runs from.
 */
export function docsBaseUri(bundleDir: string): string {
  return pathToFileURL(path.resolve(bundleDir, '..', 'README.md')).href;
}

export function ruleDocsUri(docsBase: string, ruleId: string): string {
  return `${docsBase}#${ruleId}`;
}
