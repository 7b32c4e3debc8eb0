/** `cover-letter-coach` from parsed arguments to exit code, with its output streams passed in. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeOptions } from '../config/analyzeOptions';
import { analyze, type AnalyzeOptions, spelling, type SpellingDictionary } from '../engine';
import { formatForPath } from '../lsp/format';
import { docsBaseUri } from '../lsp/docsUri';
import { letterReport } from '../report/letterReport';
import { loadDictionary } from '../spelling/dictionary';
import { type CheckCommand, parseArgs, type ReportCommand } from './args';
import { checkFile, type FileReport } from './checkFile';
import { CliConfig } from './cliConfig';
import { checkJobOption, CliJobs, type LetterJob } from './cliJob';
import { fixText } from './fixFile';
import { formatLetterReportJson, formatLetterReportText } from './formatLetterReport';
import { formatFileText, formatJson, formatSummaryText } from './formatReport';
import { HELP_TEXT } from './help';
import { readTextFile } from '../util/readTextFile';

const EXIT_OK = 0;
const EXIT_ERROR_FINDINGS = 1;
const EXIT_USAGE_OR_IO = 2;

export interface Output {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const PROGRAM = 'cover-letter-coach';

/**
 * `check` is the per-file analysis; tests swap it to reach outcomes the real rules
 * may not produce. `loadSpelling` loads the spelling dictionaries (shipped beside the bundle).
 * `docsBase` is where the rule documentation links of `report` point.
 */
export async function run(
  argv: readonly string[],
  version: string,
  output: Output,
  check: typeof checkFile = checkFile,
  loadSpelling: () => Promise<SpellingDictionary> = () => loadDictionary(),
  docsBase: string = docsBaseUri(__dirname),
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
  const letters = await LetterOptions.create(command, output, loadSpelling);
  if (letters === undefined) return EXIT_USAGE_OR_IO;
  return command.kind === 'report' ? report(command, letters, output, docsBase) : checkAll(command, letters, output, check);
}

async function checkAll(command: CheckCommand, letters: LetterOptions, output: Output, check: typeof checkFile): Promise<number> {
  const reports: FileReport[] = [];
  let failed = false;
  for (const filePath of command.files) {
    const read = await readTextFile(filePath);
    if (!read.ok) {
      // Keep going: one bad path should not hide the findings for the others.
      output.stderr.write(`${PROGRAM}: ${filePath}: ${read.error}\n`);
      failed = true;
      continue;
    }
    const { options } = await letters.forLetter(filePath, read.text);
    let report: FileReport;
    let fixedText: string | undefined;
    try {
      if (command.fix) {
        const fixed = fixText(read.text, options);
        fixedText = fixed.text;
        report = { ...check(filePath, fixed.text, options, fixed.result), fixed: fixed.fixed };
      } else {
        report = check(filePath, read.text, options);
      }
    } catch (error) {
      output.stderr.write(`${PROGRAM}: ${filePath}: internal error while ${command.fix ? 'fixing' : 'checking'}: ${describeError(error)}\n`);
      failed = true;
      continue;
    }
    if (fixedText !== undefined && fixedText !== read.text) {
      const target = await writeTarget(filePath, command.followSymlinks === true);
      if (!target.ok) {
        output.stderr.write(`${PROGRAM}: ${filePath}: ${target.error}\n`);
        failed = true;
        continue;
      }
      try {
        await fs.writeFile(target.path, (read.bom ? '\uFEFF' : '') + fixedText);
      } catch (error) {
        output.stderr.write(`${PROGRAM}: ${filePath}: could not write the fixes: ${error instanceof Error ? error.message : String(error)}\n`);
        failed = true;
        continue;
      }
    }
    reports.push(report);
    // Text goes out file by file, so a run cut short (a CI timeout) still shows what was checked;
    // JSON stays one document, written at the end.
    if (command.format === 'text') output.stdout.write(formatFileText(report));
  }

  output.stdout.write(command.format === 'json' ? formatJson(reports) : formatSummaryText(reports));
  if (failed) return EXIT_USAGE_OR_IO;
  const hasError = reports.some((report) => report.diagnostics.some((d) => d.severity === 'error'));
  return hasError ? EXIT_ERROR_FINDINGS : EXIT_OK;
}

/** `report FILE`: exits 0 once the report is printed, whatever it finds; 2 when the file cannot be read. */
async function report(command: ReportCommand, letters: LetterOptions, output: Output, docsBase: string): Promise<number> {
  const filePath = command.file;
  const read = await readTextFile(filePath);
  if (!read.ok) {
    output.stderr.write(`${PROGRAM}: ${filePath}: ${read.error}\n`);
    return EXIT_USAGE_OR_IO;
  }
  const { options, job } = await letters.forLetter(filePath, read.text);
  let text: string;
  try {
    const result = analyze(read.text, options);
    const uri = pathToFileURL(path.resolve(filePath)).href;
    const built = letterReport({
      uri,
      version: 0,
      result,
      document: TextDocument.create(uri, 'plaintext', 0, read.text),
      jobPath: job?.job.text !== undefined ? job.path : undefined,
      jobProblem: job?.job.problem,
      docsBase,
    });
    text = command.format === 'json' ? formatLetterReportJson(filePath, built) : formatLetterReportText(filePath, built);
  } catch (error) {
    output.stderr.write(`${PROGRAM}: ${filePath}: internal error while checking: ${describeError(error)}\n`);
    return EXIT_USAGE_OR_IO;
  }
  output.stdout.write(text);
  return EXIT_OK;
}

/** What every letter is checked with: the options, the config files, the spelling dictionaries and the job description. */
class LetterOptions {
  // Loaded once, and only if a letter has the spelling rule on.
  private spelling: Promise<SpellingDictionary | undefined> | undefined;

  private constructor(
    private readonly command: CheckCommand | ReportCommand,
    private readonly configs: CliConfig,
    private readonly jobs: CliJobs,
    private readonly warn: (line: string) => void,
    private readonly loadSpelling: () => Promise<SpellingDictionary>,
  ) {}

  /** Undefined, after saying why on stderr, when `--config` or `--job` is unusable. */
  static async create(
    command: CheckCommand | ReportCommand,
    output: Output,
    loadSpelling: () => Promise<SpellingDictionary>,
  ): Promise<LetterOptions | undefined> {
    const warn = (line: string): void => void output.stderr.write(`${PROGRAM}: ${line}\n`);
    let configs = CliConfig.discover(process.cwd(), warn);
    if (command.config !== undefined) {
      const explicit = await CliConfig.fromFile(command.config, process.cwd(), warn);
      if (!explicit.ok) {
        output.stderr.write(`${PROGRAM}: ${explicit.error}\n`);
        return undefined;
      }
      configs = explicit.config;
    }
    if (command.job !== undefined) {
      const problem = await checkJobOption(command.job, process.cwd());
      if (problem !== undefined) {
        output.stderr.write(`${PROGRAM}: ${problem}\n`);
        return undefined;
      }
    }
    return new LetterOptions(command, configs, new CliJobs(process.cwd(), command.job), warn, loadSpelling);
  }

  async forLetter(filePath: string, text: string): Promise<{ options: AnalyzeOptions; job: LetterJob | undefined }> {
    const config = await this.configs.forLetter(filePath);
    const job = await this.jobs.forLetter(filePath, text);
    const options = analyzeOptions({
      format: formatForPath(filePath),
      config,
      target: this.command.target,
      industry: this.command.industry,
      spelling: config.rules[spelling.id] !== 'off' ? await this.dictionary() : undefined,
      job: job?.job,
    });
    return { options, job };
  }

  private dictionary(): Promise<SpellingDictionary | undefined> {
    return (this.spelling ??= this.loadSpelling().catch((error: unknown) => {
      // A missing or unreadable file, not a bug: its message says which, and a stack would only bury it.
      this.warn(`spelling is not checked: the dictionaries could not be loaded (${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    }));
  }
}

/**
 * Where `--fix` may write `filePath`'s fixes: the file itself, resolved through any
 * symlinks, when it lies inside the current directory or the folder the path names;
 * anywhere only with `--follow-symlinks`. A link committed into a repository must not
 * turn a fix into a write elsewhere on the machine.
 */
async function writeTarget(filePath: string, followSymlinks: boolean): Promise<{ ok: true; path: string } | { ok: false; error: string }> {
  let real: string;
  try {
    real = await fs.realpath(filePath);
  } catch (error) {
    return { ok: false, error: `could not write the fixes: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (followSymlinks) return { ok: true, path: real };
  const folders = await Promise.all([process.cwd(), path.dirname(path.resolve(filePath))].map((dir) => fs.realpath(dir).catch(() => dir)));
  if (folders.some((folder) => isWithin(real, folder))) return { ok: true, path: real };
  return {
    ok: false,
    error: `not fixed: it is a symlink to ${real}, outside the folder it was given in (use --follow-symlinks to write there)`,
  };
}

function isWithin(filePath: string, folder: string): boolean {
  const relative = path.relative(folder, filePath);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
