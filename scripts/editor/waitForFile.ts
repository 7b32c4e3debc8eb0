import * as fs from 'node:fs';
import * as path from 'node:path';

/** A safety net for file systems where fs.watch misses events. */
const RECHECK_MS = 1000;

/**
 * Resolves with the contents of `file` once it exists: on a change in its
 * folder, seen through fs.watch. Rejects after `timeoutMs`, or as soon as
 * `abort` rejects (the editor died, so the file will never come).
 */
export function waitForFile(file: string, timeoutMs: number, abort: Promise<never>): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const watcher = fs.watch(path.dirname(file));
    const finish = (): void => {
      watcher.close();
      clearInterval(recheck);
      clearTimeout(deadline);
    };
    const check = (): void => {
      if (!fs.existsSync(file)) return;
      finish();
      resolve(fs.readFileSync(file, 'utf8'));
    };
    const fail = (error: Error): void => {
      finish();
      reject(error);
    };
    watcher.on('change', check);
    watcher.on('error', fail);
    const recheck = setInterval(check, RECHECK_MS);
    const deadline = setTimeout(() => fail(new Error(`no results in ${file} after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    abort.catch(fail);
    check();
  });
}
