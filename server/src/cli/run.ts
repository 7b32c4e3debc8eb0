/** `cover-letter-coach` from parsed arguments to exit code, with its output streams passed in. */
import { parseArgs } from './args';
import { checkFile, type FileReport } from './checkFile';
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

/** `check` is the per-file analysis; tests swap it to reach outcomes the real rules may not produce. */
export async function run(
  argv: readonly string[],
  version: string,
  output: Output,
  check: typeof checkFile = checkFile,
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

  const options = { target: command.target, industry: command.industry };
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
    try {
      reports.push(check(filePath, read.text, options));
    } catch (error) {
      output.stderr.write(`${PROGRAM}: ${filePath}: internal error while checking: ${describeError(error)}\n`);
      failed = true;
    }
  }

  output.stdout.write(command.format === 'json' ? formatJson(reports) : formatText(reports));
  if (failed) return EXIT_USAGE_OR_IO;
  const hasError = reports.some((report) => report.diagnostics.some((d) => d.severity === 'error'));
  return hasError ? EXIT_ERROR_FINDINGS : EXIT_OK;
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
