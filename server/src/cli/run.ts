/** `cover-letter-coach` from parsed arguments to exit code, with its output streams passed in. */
import { promises as fs } from 'node:fs';
import type { SpellingDictionary } from '../engine';
import { loadDictionary } from '../spelling/dictionary';
import { parseArgs } from './args';
import { type CheckOptions, checkFile, type FileReport } from './checkFile';
import { CliConfig } from './cliConfig';
import { fixText } from './fixFile';
import { formatJson, formatText } from './formatReport';
import { HELP_TEXT } from './help';
import { readLetter } from './readLetter';

export const EXIT_OK = 0;
export const EXIT_ERROR_FINDINGS = 1;
export const EXIT_USAGE_OR_IO = 2;

export interface Output {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const PROGRAM = 'cover-letter-coach';

/**
 * `check` is the per-file analysis; tests swap it to reach outcomes the real rules
 * may not produce. `loadSpelling` loads the spelling dictionaries (shipped beside the bundle).
 */
export async function run(
  argv: readonly string[],
  version: string,
  output: Output,
  check: typeof checkFile = checkFile,
  loadSpelling: () => Promise<SpellingDictionary> = () => loadDictionary(),
): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    output.stderr.write(`${PROGRAM}: ${parsed.error}\nRun "${PROGRAM} --help" for usage.\n`);
    return EXIT_USAGE_OR_IO;
  }
  const command = parsed.command;
  if (command.kind === 'help') {
    output.stdout.write(HELP_TEXT);
    return EXIT_OK;
  }
  if (command.kind === 'version') {
    output.stdout.write(`${version}\n`);
    return EXIT_OK;
  }

  const warn = (line: string): void => void output.stderr.write(`${PROGRAM}: ${line}\n`);
  let configs = CliConfig.discover(process.cwd(), warn);
  if (command.config !== undefined) {
    const explicit = await CliConfig.fromFile(command.config, process.cwd(), warn);
    if (!explicit.ok) {
      output.stderr.write(`${PROGRAM}: ${explicit.error}\n`);
      return EXIT_USAGE_OR_IO;
    }
    configs = explicit.config;
  }
  // Loaded once, and only if a letter has the spelling rule on.
  let spelling: Promise<SpellingDictionary | undefined> | undefined;
  const dictionary = (): Promise<SpellingDictionary | undefined> =>
    (spelling ??= loadSpelling().catch((error: unknown) => {
      warn(`spelling is not checked: the dictionaries could not be loaded (${describeError(error)})`);
      return undefined;
    }));

  const reports: FileReport[] = [];
  let failed = false;
  for (const filePath of command.files) {
    const read = await readLetter(filePath);
    if (!read.ok) {
      // Keep going: one bad path should not hide the findings for the others.
      output.stderr.write(`${PROGRAM}: ${filePath}: ${read.error}\n`);
      failed = true;
      continue;
    }
    const config = await configs.forLetter(filePath);
    const options: CheckOptions = {
      target: command.target,
      industry: command.industry,
      rules: config.rules,
      phrases: config.phrases,
      ignore: config.ignore,
      words: config.words,
    };
    if (config.rules.spelling !== 'off') options.spelling = await dictionary();
    let report: FileReport;
    let fixedText: string | undefined;
    try {
      if (command.fix) {
        const fixed = fixText(filePath, read.text, options);
        fixedText = fixed.text;
        report = { ...check(filePath, fixed.text, options), fixed: fixed.fixed };
      } else {
        report = check(filePath, read.text, options);
      }
    } catch (error) {
      output.stderr.write(`${PROGRAM}: ${filePath}: internal error while ${command.fix ? 'fixing' : 'checking'}: ${describeError(error)}\n`);
      failed = true;
      continue;
    }
    if (fixedText !== undefined && fixedText !== read.text) {
      try {
        await fs.writeFile(filePath, (read.bom ? '\uFEFF' : '') + fixedText);
      } catch (error) {
        output.stderr.write(`${PROGRAM}: ${filePath}: could not write the fixes: ${error instanceof Error ? error.message : String(error)}\n`);
        failed = true;
        continue;
      }
    }
    reports.push(report);
  }

  output.stdout.write(command.format === 'json' ? formatJson(reports) : formatText(reports));
  if (failed) return EXIT_USAGE_OR_IO;
  const hasError = reports.some((report) => report.diagnostics.some((d) => d.severity === 'error'));
  return hasError ? EXIT_ERROR_FINDINGS : EXIT_OK;
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
