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

export async function loadBaselines(): Promise<Baseline[]> {
  const { LocalLinter } = await import('harper.js');
  const { binaryInlined } = await import('harper.js/binaryInlined');
  const harper = new LocalLinter({ binary: binaryInlined });
  await harper.setup();
  // write-good ships no types; it is CommonJS, so it is required.
  const writeGood = createRequire(__filename)('write-good') as WriteGood;
  return [
    { name: 'write-good', flags: (sentence) => Promise.resolve(writeGood(sentence).length > 0) },
    { name: 'harper.js', flags: async (sentence) => (await harper.lint(sentence, { language: 'plaintext' })).length > 0 },
  ];
}
