import { phraseCheck } from '../checks/phraseCheck';
import type { PhraseEntry } from '../text/phrases';
import type { CustomPhrase } from '../types';
import type { ParagraphCheck, Rule } from '../kit/rule';
import { createCache } from '../memory/caches';

const DEFAULT_MESSAGE = '“{phrase}” is on this project’s list of phrases to avoid.';

/**
 * Compiled checks, remembered per list: by its identity, and by its value, so a
 * settings reload or a caller that builds the list anew for each check does not
 * recompile it (20,000 phrases cost 3.8 s a keystroke when compiled each time).
 */
const checksByList = new WeakMap<readonly CustomPhrase[], ParagraphCheck>();
const checksByValue = createCache<string, ParagraphCheck>('customPhraseChecks');

function checkFor(phrases: readonly CustomPhrase[]): ParagraphCheck {
  let check = checksByList.get(phrases);
  if (!check) {
    const key = JSON.stringify(phrases.map((p) => [p.phrase, p.replacement ?? null, p.message ?? null]));
    check = checksByValue.get(key);
    if (!check) {
      check = compile(phrases);
      checksByValue.set(key, check);
    }
    checksByList.set(phrases, check);
  }
  return check;
}

/** One phrase check per message, built in time linear in the number of phrases. */
function compile(phrases: readonly CustomPhrase[]): ParagraphCheck {
  const byMessage = new Map<string, PhraseEntry[]>();
  for (const p of phrases) {
    const message = p.message ?? DEFAULT_MESSAGE;
    const entry: PhraseEntry = { phrase: p.phrase, literal: true, replacements: p.replacement !== undefined ? [p.replacement] : [] };
    const list = byMessage.get(message);
    if (list) list.push(entry);
    else byMessage.set(message, [entry]);
  }
  const parts = [...byMessage].map(([message, entries]) => phraseCheck({ entries, message }));
  return (paragraph, letter, context) => parts.flatMap((part) => part(paragraph, letter, context));
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
    options: {
      phrases: [
        { phrase: 'data guru', replacement: 'data engineer' },
        { phrase: 'C++ wizard', message: 'Say what you built in C++.' },
      ],
    },
    flagged: [
      'I am a ⟦data guru⟧.',
      'I am a ⟦Data-Guru⟧!',
      'I am a ⟦C++ wizard⟧.',
      'Friends say I am a ⟦C++ wizard⟧ and a ⟦data guru⟧.',
      'My old team called me the ⟦data guru⟧, and I was one: a ⟦data guru⟧.',
    ],
    clean: [
      'I am a data engineer.',
      'The guru of data was not me.',
      'The wizard of C++ was its author.',
      'I wrote the data gurus handbook.',
      'I tuned the guru’s data loader.',
    ],
    fixed: [{ before: 'I am a data guru.', after: 'I am a data engineer.' }],
  },
  checkParagraph: (paragraph, letter, context) => (context.phrases.length ? checkFor(context.phrases)(paragraph, letter, context) : []),
};
