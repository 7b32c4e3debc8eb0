/** Passed and failed checks of one phase of the editor run. */
export interface Tally {
  passed: number;
  failed: number;
}

export function addTallies(a: Tally, b: Tally): Tally {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed };
}

export function heading(text: string): void {
  console.log(`\n== ${text}`);
}

/** A failure that happened around the tests (the editor did not start, no results came): one failed check. */
export function reportError(what: string, error: unknown, details: string[] = []): Tally {
  console.log(`\n  ✘ ${what}`);
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.log(indent(withoutColors(message), 6));
  for (const detail of details) console.log(indent(detail, 6));
  return { passed: 0, failed: 1 };
}

export function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

/** The last lines of a long text, for failure reports. */
export function tail(text: string, lines = 40): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Playwright colours its call logs; a CI log shows the escape codes as noise. */
function withoutColors(text: string): string {
  // eslint-disable-next-line no-control-regex -- the ESC that starts an ANSI colour code is what is being removed
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
