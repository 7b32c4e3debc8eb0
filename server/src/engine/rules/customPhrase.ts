import { phraseCheck } from '../checks/phraseCheck';
import type { PhraseEntry } from '../text/phrases';
import type { CustomPhrase } from '../types';
import type { ParagraphCheck, Rule } from '../kit/rule';

const DEFAULT_MESSAGE = '“{phrase}” is on this project’s list of phrases to avoid.';

/** Compiled checks, remembered per list so typing does not recompile them. */
const checks = new WeakMap<readonly CustomPhrase[], ParagraphCheck>();

function checkFor(phrases: readonly CustomPhrase[]): ParagraphCheck {
  let check = checks.get(phrases);
  if (!check) {
    const byMessage = new Map<string, PhraseEntry[]>();
    for (const p of phrases) {
      const message = p.message ?? DEFAULT_MESSAGE;
      const entry: PhraseEntry = { phrase: p.phrase, literal: true, replacements: p.replacement !== undefined ? [p.replacement] : [] };
      byMessage.set(message, [...(byMessage.get(message) ?? []), entry]);
    }
    const parts = [...byMessage].map(([message, entries]) => phraseCheck({ entries, message }));
    check = (paragraph, letter, context) => parts.flatMap((part) => part(paragraph, letter, context));
    checks.set(phrases, check);
  }
  return check;
}

export const customPhrase: Rule = {
  id: 'custom-phrase',
  name: 'Project phrase',
  defaultSeverity: 'warning',
  summary: 'A phrase from the `phrases` list of your `.coverletterrc.json`.',
  explanation:
    'Your own list of phrases to avoid, with the rewrite you prefer. Phrases are plain words, matched without regard to case on word boundaries.',
  example: { before: 'I am a guru of data.', after: 'I run the data platform for 40 analysts.' },
  examples: {
    options: { phrases: [{ phrase: 'data guru', replacement: 'data engineer' }, { phrase: 'C++ wizard', message: 'Say what you built in C++.' }] },
    flagged: ['I am a data guru.', 'I am a Data-Guru!', 'I am a C++ wizard.'],
    clean: ['I am a data engineer.', 'The guru of data was not me.'],
    fixed: [{ before: 'I am a data guru.', after: 'I am a data engineer.' }],
  },
  checkParagraph: (paragraph, letter, context) => (context.phrases.length ? checkFor(context.phrases)(paragraph, letter, context) : []),
};
