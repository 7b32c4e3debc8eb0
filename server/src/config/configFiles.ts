/**
 * Finding and reading `.coverletterrc.json` files on disk, for the language
 * server and the CLI alike.
 */
import * as path from 'node:path';
import { CONFIG_FILE_NAME, type CoverLetterConfig, mergeConfigs, type ResolvedConfig } from '../../../shared/src/config';
import { readBoundedFile } from '../util/boundedRead';
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

/** A config file bigger than this is not read: a config is a page of settings, never megabytes. */
export const MAX_CONFIG_FILE_BYTES = 1_000_000;

/**
 * Reads and parses one config file; undefined when there is none. Read with
 * readBoundedFile: a FIFO, a device (a config linked to /dev/urandom) or a file
 * over MAX_CONFIG_FILE_BYTES is refused with a problem, and so, when `within`
 * is given (an untrusted workspace), is one whose real path is outside those folders.
 */
export async function readConfigFile(filePath: string, within?: readonly string[]): Promise<LoadedConfigFile | undefined> {
  const read = await readBoundedFile(filePath, { maxBytes: MAX_CONFIG_FILE_BYTES, within });
  if (!read.ok) {
    if (read.refusal === 'missing') return undefined;
    const reason =
      read.refusal === 'outside'
        ? `it ${read.error}, and this workspace is not trusted`
        : read.error === 'is a directory, not a file'
          ? 'it is a folder'
          : `it ${read.error}`;
    return {
      path: filePath,
      text: '',
      config: undefined,
      problems: [{ message: `could not be read (${reason}); the defaults apply.`, offset: 0, length: 0, severity: 'error' }],
    };
  }
  let text = new TextDecoder('utf-8').decode(read.bytes);
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
