/**
 * Finding and reading `.coverletterrc.json` files on disk, for the language
 * server and the CLI alike.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, type CoverLetterConfig, mergeConfigs, type ResolvedConfig } from '../../../shared/src/config';
import { isInside } from '../util/paths';
import { type ConfigProblem, lineAndColumn, parseConfig } from './parseConfig';

export interface LoadedConfigFile {
  /** Absolute path. */
  path: string;
  text: string;
  /** Undefined when the file cannot be used at all (see problems). */
  config: CoverLetterConfig | undefined;
  problems: ConfigProblem[];
}

/**
 * The folders whose config files apply to a letter in `letterDir`, farthest
 * first: from `rootDir` (the workspace folder, or the CLI's current directory)
 * down to the letter's folder when the letter is inside it, otherwise from the
 * file-system root.
 */
export function configSearchDirs(letterDir: string, rootDir?: string): string[] {
  const dirs: string[] = [];
  const stop = rootDir !== undefined && isInside(letterDir, rootDir) ? path.resolve(rootDir) : undefined;
  for (let dir = path.resolve(letterDir); ; dir = path.dirname(dir)) {
    dirs.push(dir);
    if (dir === stop || path.dirname(dir) === dir) break;
  }
  return dirs.reverse();
}

export function configPathIn(dir: string): string {
  return path.join(dir, CONFIG_FILE_NAME);
}

/** Reads and parses one config file; undefined when there is none. */
export async function readConfigFile(filePath: string): Promise<LoadedConfigFile | undefined> {
  let text: string;
  try {
    text = await fs.readFile(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    const reason = code === 'EISDIR' ? 'it is a folder' : error instanceof Error ? error.message : String(error);
    return {
      path: filePath,
      text: '',
      config: undefined,
      problems: [{ message: `could not be read (${reason}); the defaults apply.`, offset: 0, length: 0, severity: 'error' }],
    };
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  return { path: filePath, text, ...parseConfig(text) };
}

/** Reads the config file in each of `dirs` with `read`, keeping those that exist, in the same order. */
export async function readConfigFiles(
  dirs: readonly string[],
  read: (filePath: string) => Promise<LoadedConfigFile | undefined>,
): Promise<LoadedConfigFile[]> {
  const files = await Promise.all(dirs.map((dir) => read(configPathIn(dir))));
  return files.filter((file): file is LoadedConfigFile => file !== undefined);
}

/** The config that applies: the usable files merged, farthest first (no usable file: the empty config). */
export function resolveConfigFiles(files: readonly LoadedConfigFile[]): ResolvedConfig {
  return mergeConfigs(files.flatMap((file) => (file.config === undefined ? [] : [file.config])));
}

/** `path:line:column: message`, as compilers print it. */
export function describeConfigProblem(file: Pick<LoadedConfigFile, 'path' | 'text'>, problem: ConfigProblem): string {
  const { line, column } = lineAndColumn(file.text, problem.offset);
  return `${file.path}:${line}:${column}: ${problem.message}`;
}
