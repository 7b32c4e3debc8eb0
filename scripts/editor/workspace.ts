import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES } from './paths';

/** A fresh copy of test/editor/fixtures at `target`, so no run sees another's edits or settings. */
export function copyFixtures(target: string): string {
  fs.cpSync(FIXTURES, target, { recursive: true });
  return target;
}

/** Log files of the editor's extension host, where the suite's own output and errors end up. */
export function extensionHostLogs(userDataDir: string): string[] {
  const logs = path.join(userDataDir, 'logs');
  if (!fs.existsSync(logs)) return [];
  return fs
    .readdirSync(logs, { recursive: true, encoding: 'utf8' })
    .filter((file) => /exthost/i.test(file) && file.endsWith('.log'))
    .map((file) => path.join(logs, file));
}
