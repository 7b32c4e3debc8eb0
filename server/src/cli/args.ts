/**
 * Command-line parsing for `cover-letter-coach`, kept free of I/O so every
 * usage error can be unit-tested.
 */
import { INDUSTRIES, type Industry, isIndustry } from '../../../shared/src/settings';

export type OutputFormat = 'text' | 'json';

const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json'];

export interface CheckCommand {
  kind: 'check';
  format: OutputFormat;
  target?: number;
  industry?: Industry;
  /** Apply every auto-fixable fix and write the files back. */
  fix?: true;
  /** With `fix`: also write through a symlink to a file outside the folders it was given. */
  followSymlinks?: true;
  /** Use this config file instead of looking for `.coverletterrc.json` files. */
  config?: string;
  /** The job description, for letters whose front matter names none. */
  job?: string;
  /** Paths exactly as given, so reports name files the way the user typed them. */
  files: string[];
}

/** `report FILE`: the letter's report (length, skim checks, job match, industry, findings by rule). */
export interface ReportCommand {
  kind: 'report';
  format: OutputFormat;
  target?: number;
  industry?: Industry;
  config?: string;
  job?: string;
  file: string;
}

export type Command = CheckCommand | ReportCommand | { kind: 'help' } | { kind: 'version' };

export type ParseResult = { ok: true; command: Command } | { ok: false; error: string };

const VALUE_OPTIONS = ['--format', '--target', '--industry', '--config', '--job'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

const FLAG_OPTIONS = ['--fix', '--follow-symlinks'] as const;
type FlagOption = (typeof FLAG_OPTIONS)[number];

export function parseArgs(argv: readonly string[]): ParseResult {
  const optionArgs = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  // Asking for help always works, even on an otherwise broken command line.
  if (optionArgs.includes('--help') || optionArgs.includes('-h')) return ok({ kind: 'help' });
  if (optionArgs.includes('--version') || optionArgs.includes('-v')) return ok({ kind: 'version' });

  const values: Partial<Record<ValueOption, string>> = {};
  const flags = new Set<FlagOption>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (isFlagOption(name)) {
      if (equals !== -1) return fail(`${name} takes no value`);
      flags.add(name);
      continue;
    }
    if (!isValueOption(name)) return fail(`unknown option "${name}"`);
    let value: string | undefined;
    if (equals !== -1) {
      value = arg.slice(equals + 1);
    } else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined) return fail(`${name} needs a value`);
    values[name] = value;
  }

  const [commandName, ...files] = positionals;
  if (commandName === undefined) return fail('missing command: try "cover-letter-coach check FILE..."');
  if (commandName !== 'check' && commandName !== 'report') {
    return fail(`unknown command "${commandName}": the commands are "check" and "report"`);
  }
  if (commandName === 'report') {
    if (files.length !== 1) return fail(files.length === 0 ? 'no file to report on: give one FILE' : 'report takes one FILE at a time');
    if (flags.has('--fix')) return fail('--fix is for "check", not "report"');
    if (flags.has('--follow-symlinks')) return fail('--follow-symlinks is for "check --fix", not "report"');
  }
  if (files.length === 0) return fail('no files to check: give at least one FILE');

  const command: CheckCommand | ReportCommand =
    commandName === 'report' ? { kind: 'report', format: 'text', file: files[0]! } : { kind: 'check', format: 'text', files };
  if (values['--format'] !== undefined) {
    const format = values['--format'];
    if (!isOutputFormat(format)) return fail(`--format must be ${OUTPUT_FORMATS.join(' or ')}, not "${format}"`);
    command.format = format;
  }
  if (values['--target'] !== undefined) {
    const target = parsePositiveInteger(values['--target']);
    if (target === undefined) return fail(`--target must be a positive whole number of words, not "${values['--target']}"`);
    command.target = target;
  }
  if (values['--industry'] !== undefined) {
    const industry = values['--industry'];
    if (!isIndustry(industry)) return fail(`--industry must be one of ${INDUSTRIES.join(', ')}, not "${industry}"`);
    command.industry = industry;
  }
  if (values['--config'] !== undefined) {
    if (values['--config'] === '') return fail('--config needs a file name');
    command.config = values['--config'];
  }
  if (values['--job'] !== undefined) {
    if (values['--job'] === '') return fail('--job needs a file name');
    command.job = values['--job'];
  }
  if (flags.has('--fix') && command.kind === 'check') command.fix = true;
  if (flags.has('--follow-symlinks') && command.kind === 'check') {
    if (!command.fix) return fail('--follow-symlinks only matters with --fix');
    command.followSymlinks = true;
  }
  return ok(command);
}

function parsePositiveInteger(text: string): number | undefined {
  // Strict digits only: Number() would accept "1e3", " 12", "0x10" and "".
  if (!/^[0-9]+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

function isFlagOption(name: string): name is FlagOption {
  return (FLAG_OPTIONS as readonly string[]).includes(name);
}

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

function ok(command: Command): ParseResult {
  return { ok: true, command };
}

function fail(error: string): ParseResult {
  return { ok: false, error };
}
