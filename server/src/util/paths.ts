/** File-system path checks shared by the language server and the CLI. */
import * as path from 'node:path';

/** Whether `filePath` is `folder` or lies inside it (paths compared as given, relative ones against the current directory). */
export function isInside(filePath: string, folder: string): boolean {
  const relative = path.relative(folder, filePath);
  return relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative));
}

/** Relative to `cwd` when inside it, as the user would type it; otherwise as given. */
export function displayPath(filePath: string, cwd: string): string {
  return isInside(filePath, cwd) ? path.relative(cwd, filePath) : filePath;
}
