import type { PhraseEntry } from './phraseEntry';

/** Declarations of feeling that every applicant makes. */
export const PASSION_CLICHES: readonly PhraseEntry[] = [
  { phrase: 'passionate' },
  { phrase: 'passion for' },
  { phrase: 'excited about|by|for the|this opportunity' },
  { phrase: 'excited to apply' },
  { phrase: 'excited at the prospect' },
  { phrase: 'thrilled' },
  { phrase: 'dream job|company|role|team|position' },
  { phrase: 'it would be a dream' },
  { phrase: 'i have always wanted to work' },
  { phrase: 'i have always been fascinated' },
];

/** Qualities the writer claims instead of showing. */
export const SELF_ASSESSED_TRAITS: readonly PhraseEntry[] = [
  { phrase: 'problem solver' }, // also "problem-solver": hyphens separate words
  { phrase: 'team player' },
  { phrase: 'hard working' },
  { phrase: 'hardworking' },
  { phrase: 'hard worker' },
  { phrase: 'fast|quick|eager|rapid|lifelong learner' },
  { phrase: 'learn quickly' },
  { phrase: 'detail oriented' },
  { phrase: 'attention to detail', notPrecededBy: ['my', 'her', 'his', 'their', 'our'] },
  { phrase: 'self starter' },
  { phrase: 'self motivated' },
  { phrase: 'highly motivated' },
  { phrase: 'results driven' },
  { phrase: 'results oriented' },
  { phrase: 'go getter' },
  { phrase: 'think outside the box' },
  { phrase: 'people person' },
  { phrase: 'excellent|strong|great communication skills' },
  { phrase: 'excellent|strong|great communicator' },
  { phrase: 'strong work ethic' },
  { phrase: 'dynamic individual|professional' },
  { phrase: 'natural leader' },
];

/** Claims about fit that only the reader can make. */
export const OVERCLAIMS: readonly PhraseEntry[] = [
  { phrase: 'perfect|ideal|excellent|great fit' },
  { phrase: 'perfect|ideal|best|right candidate' },
  { phrase: 'perfect match' },
  { phrase: 'best person for' },
  { phrase: 'best choice for' },
  { phrase: 'uniquely qualified' },
  { phrase: 'most qualified' },
  { phrase: 'exactly what you are looking for' },
  { phrase: 'look no further' },
];

/** Words that sound impressive and say nothing. */
export const BUZZWORDS: readonly PhraseEntry[] = [
  { phrase: 'cutting edge' },
  { phrase: 'bleeding edge' },
  { phrase: 'synergy|synergies|synergize|synergistic' },
  { phrase: 'leverage', tag: 'Verb', replacements: ['use'] },
  { phrase: 'leverages', tag: 'Verb', replacements: ['uses'] },
  { phrase: 'leveraged', tag: 'Verb', replacements: ['used'] },
  { phrase: 'leveraging', tag: 'Verb', replacements: ['using'] },
  { phrase: 'world class' },
  { phrase: 'best in class' },
  { phrase: 'best of breed' },
  { phrase: 'game changer|changing' },
  { phrase: 'gamechanger' },
  { phrase: 'proven track record' },
  { phrase: 'track record of success' },
  { phrase: 'paradigm shift' },
  { phrase: 'move the needle' },
  { phrase: 'thought leader|leadership' },
  { phrase: 'rockstar|ninja|guru' },
  { phrase: 'value add' },
];
