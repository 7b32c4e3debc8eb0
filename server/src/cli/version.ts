import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The package version, read from the package.json that ships one folder above the bundle. */
export function packageVersion(bundleDir: string): string {
  try {
    const manifest: unknown = JSON.parse(readFileSync(path.resolve(bundleDir, '..', 'package.json'), 'utf8'));
    const version = (manifest as { version?: unknown } | null)?.version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}
