/**
 * The linters a writer would otherwise install, run on the same sentences:
 * write-good and harper.js, loaded as the benchmark loads them (harper.js's
 * LocalLinter with its inlined binary; write-good's default export). They have
 * no rules that match ours, so a sentence counts as flagged when any lint is
 * raised on it, read on its own as plain text.
 */
import { createRequire } from 'node:module';

export interface Baseline {
  name: string;
  /** Whether the linter raises anything on the sentence. */
  flags(sentence: string): Promise<boolean>;
}

type WriteGood = (text: string) => unknown[];

/** A lint of harper.js: its kind ("Spelling", "Capitalization", "Miscellaneous"…) and where it is. */
export interface HarperLint {
  kind: string;
  start: number;
  end: number;
}

/** harper.js with its default linters, reading a text as plain text. */
export type Harper = (text: string) => Promise<HarperLint[]>;

let harperLinter: Promise<Harper> | undefined;

/** harper.js's LocalLinter, set up once and shared. */
export function loadHarper(): Promise<Harper> {
  harperLinter ??= (async () => {
    const { LocalLinter } = await import('harper.js');
    const { binaryInlined } = await import('harper.js/binaryInlined');
    const linter = new LocalLinter({ binary: binaryInlined });
    await linter.setup();
    return async (text: string) =>
      (await linter.lint(text, { language: 'plaintext' })).map((lint) => ({
        kind: lint.lint_kind(),
        start: lint.span().start,
        end: lint.span().end,
      }));
  })();
  return harperLinter;
}

export async function loadBaselines(): Promise<Baseline[]> {
  const harper = await loadHarper();
  // write-good ships no types; it is CommonJS, so it is required.
  const writeGood = createRequire(__filename)('write-good') as WriteGood;
  return [
    { name: 'write-good', flags: (sentence) => Promise.resolve(writeGood(sentence).length > 0) },
    { name: 'harper.js', flags: async (sentence) => (await harper(sentence)).length > 0 },
  ];
}
