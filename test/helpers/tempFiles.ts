import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A scratch directory for one test, removed by `dispose`. */
export class TempDir {
  readonly path = mkdtempSync(path.join(os.tmpdir(), 'cover-letter-coach-test-'));

  write(name: string, content: string | Uint8Array): string {
    const filePath = path.join(this.path, name);
    writeFileSync(filePath, content);
    return filePath;
  }

  mkdir(name: string): string {
    const dirPath = path.join(this.path, name);
    mkdirSync(dirPath, { recursive: true });
    return dirPath;
  }

  dispose(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}
