/**
 * The config files for the CLI: `--config FILE` alone when given, otherwise every
 * `.coverletterrc.json` from the current directory (or, for a letter outside it,
 * the file-system root) down to each letter's folder, nearer files winning.
 * Problems in a file are printed once to stderr, as `path:line:column: message`.
 */
import * as path from 'node:path';
import { mergeConfigs, type ResolvedConfig } from '../../../shared/src/config';
import {
  configSearchDirs,
  describeConfigProblem,
  type LoadedConfigFile,
  readConfigFile,
  readConfigFiles,
  resolveConfigFiles,
} from '../config/configFiles';
import { displayPath } from '../util/paths';

export type ExplicitConfig = { ok: true; config: CliConfig } | { ok: false; error: string };

export class CliConfig {
  private readonly files = new Map<string, Promise<LoadedConfigFile | undefined>>();

  private constructor(
    private readonly explicit: LoadedConfigFile | undefined,
    private readonly cwd: string,
    private readonly warn: (line: string) => void,
  ) {}

  /** Config found next to the letters. */
  static discover(cwd: string, warn: (line: string) => void): CliConfig {
    return new CliConfig(undefined, cwd, warn);
  }

  /** `--config FILE`: a file that is missing or not JSON is a usage error; bad entries are only warned about. */
  static async fromFile(filePath: string, cwd: string, warn: (line: string) => void): Promise<ExplicitConfig> {
    const file = await readConfigFile(path.resolve(cwd, filePath));
    if (file === undefined) return { ok: false, error: `--config ${filePath}: no such file` };
    const shown = { ...file, path: filePath };
    if (file.config === undefined) return { ok: false, error: `--config ${describeConfigProblem(shown, file.problems[0]!)}` };
    for (const problem of file.problems) warn(describeConfigProblem(shown, problem));
    return { ok: true, config: new CliConfig(file, cwd, warn) };
  }

  async forLetter(letterPath: string): Promise<ResolvedConfig> {
    if (this.explicit !== undefined) return mergeConfigs([this.explicit.config ?? {}]);
    const dirs = configSearchDirs(path.dirname(path.resolve(this.cwd, letterPath)), this.cwd);
    return resolveConfigFiles(await readConfigFiles(dirs, (configPath) => this.read(configPath)));
  }

  private read(configPath: string): Promise<LoadedConfigFile | undefined> {
    let file = this.files.get(configPath);
    if (file === undefined) {
      file = readConfigFile(configPath).then((loaded) => {
        if (loaded !== undefined) {
          const shown = { ...loaded, path: displayPath(loaded.path, this.cwd) };
          for (const problem of loaded.problems) this.warn(describeConfigProblem(shown, problem));
        }
        return loaded;
      });
      this.files.set(configPath, file);
    }
    return file;
  }
}
