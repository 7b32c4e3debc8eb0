import type { PhraseEntry } from './phraseEntry';

/** "express my … interest", with the adjectives applicants put before it. */
const EXPRESS_INTEREST = 'express my strong|keen|sincere|great|deep? interest';

/** Stock first lines that every other applicant also uses. */
export const GENERIC_OPENERS: readonly PhraseEntry[] = [
  { phrase: 'i am writing to apply' },
  { phrase: 'i am writing to submit my application' },
  { phrase: `i am writing to ${EXPRESS_INTEREST}` },
  { phrase: 'i am writing in regard|regards|reference|response to' },
  { phrase: 'i am writing regarding' },
  { phrase: 'i am writing about the' },
  { phrase: 'i am writing to you' },
  { phrase: 'i would like to apply' },
  { phrase: 'i wish to apply' },
  { phrase: 'i want to apply' },
  { phrase: `i would|want|wish to ${EXPRESS_INTEREST}` },
  { phrase: 'i am interested in applying' },
  { phrase: 'please accept this letter' },
  { phrase: 'please accept my application' },
  { phrase: 'please consider this letter' },
  { phrase: 'please consider my application' },
  { phrase: 'my name is' },
  { phrase: 'allow me to introduce myself' },
];

export const GENERIC_SALUTATIONS: readonly PhraseEntry[] = [
  { phrase: 'to whom it may concern' },
  { phrase: 'dear sir or madam' },
  { phrase: 'dear sir madam' },
  { phrase: 'dear madam or sir' },
  { phrase: 'dear sirs' },
  { phrase: 'dear sir' },
  { phrase: 'dear madam' },
  { phrase: 'dear hiring person' },
];

/** Closers that leave the next step to the reader. */
export const WEAK_CLOSINGS: readonly PhraseEntry[] = [
  { phrase: 'i look forward to hearing from you' },
  { phrase: 'i am looking forward to hearing from you' },
  { phrase: 'looking forward to hearing from you' },
  { phrase: 'look forward to your response|reply' },
  { phrase: 'i? hope to hear from you soon?' },
  { phrase: 'hoping to hear from you' },
  { phrase: 'i await your response|reply' },
  { phrase: 'awaiting your response|reply' },
  { phrase: 'i would appreciate hearing from you' },
  { phrase: 'please feel free to contact me' },
  { phrase: 'do not hesitate to contact me' },
];
