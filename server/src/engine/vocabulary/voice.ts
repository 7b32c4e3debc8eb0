import type { PhraseEntry } from './phraseEntry';

/** Verbs that hide who did the work. Replacements: most likely first. */
export const WEAK_OWNERSHIP_VERBS: readonly PhraseEntry[] = [
  { phrase: 'was|were responsible for', replacements: ['owned', 'led', 'ran'] },
  { phrase: 'helped with', replacements: ['built', 'led'] },
  { phrase: 'helped to' },
  { phrase: 'assisted in|with', replacements: ['built', 'led'] },
  { phrase: 'was|were involved in|with', replacements: ['led', 'built'] },
  { phrase: 'participated in', replacements: ['led', 'ran'] },
  { phrase: 'took part in', replacements: ['led', 'ran'] },
  { phrase: 'was|were tasked with', replacements: ['owned', 'led'] },
  { phrase: 'was|were part of the|a team that' },
  { phrase: 'had the opportunity to' },
  { phrase: 'got the chance to' },
];

/** Words that soften a claim the writer should simply make. */
export const HEDGES: readonly PhraseEntry[] = [
  { phrase: 'i think that?', replacements: [''], notFollowedBy: ['about', 'of', 'through', 'in', 'like', 'deeply', 'hard', 'carefully'] },
  { phrase: 'i believe that?', replacements: [''], notFollowedBy: ['in'] },
  { phrase: 'i feel that?', replacements: [''], notFollowedBy: ['strongly', 'like'] },
  { phrase: 'i hope that?', replacements: [''], notFollowedBy: ['to'] },
  { phrase: 'i guess', replacements: [''] },
  { phrase: 'in my opinion', replacements: [''] },
  { phrase: 'perhaps', replacements: [''] },
  { phrase: 'maybe', replacements: [''] },
  { phrase: 'somewhat', replacements: [''] },
  { phrase: 'hopefully', replacements: [''] },
  { phrase: 'i would like to think that?', replacements: [''] },
  { phrase: 'might be able to', replacements: ['can'] },
  { phrase: 'may be able to', replacements: ['can'] },
];

/** Vague claims of experience that name nothing built or shipped. */
export const VAGUE_EXPERIENCE: readonly PhraseEntry[] = [
  { phrase: 'worked on various|several|many|multiple|different' },
  { phrase: 'various projects|tasks|initiatives' },
  { phrase: 'a variety of projects|tasks' },
  { phrase: 'a wide range of projects|tasks' },
  { phrase: 'have|has|having some|extensive|broad|solid|practical? experience with|in' },
  { phrase: 'have|has|having hands on experience with|in' },
  { phrase: 'experience working with' },
  { phrase: 'exposure to' },
  { phrase: 'am|are|be|been|become|became|very|fairly|quite|somewhat familiar with' },
  { phrase: 'familiarity with' },
  { phrase: 'knowledge of' },
  { phrase: 'well versed in' },
  { phrase: 'dabbled in' },
  { phrase: 'worked with llms|ai|ml|data' },
];

/** Apologies for what the writer lacks: they invent a gap the reader had not seen. */
export const APOLOGIES: readonly PhraseEntry[] = [
  // A gap introduced as a concession: "although I do not have", "while I haven't", "even though I am only".
  ...['although', 'though', 'while', 'even though', 'even if', 'even'].flatMap((lead) => [
    { phrase: `${lead} i do|did not have|possess` },
    { phrase: `${lead} i lack` },
    { phrase: `${lead} i have not` },
    { phrase: `${lead} i have no` },
    { phrase: `${lead} i am only|just|new` },
    { phrase: `${lead} i am not a|an` },
    { phrase: `${lead} my experience is limited` },
  ]),
  { phrase: 'despite|notwithstanding of? my limited|lack' },
  { phrase: 'despite not having' },
  { phrase: 'despite lacking' },
  // Owning up to it: "I must confess", "I'll admit upfront", "I regret that I cannot".
  { phrase: 'i must|will|should admit|confess' },
  { phrase: 'i have to admit|confess' },
  { phrase: 'i regret that i cannot' },
  { phrase: 'i regret that i can|do|have not' },
  ...['i do|have|may|might not', 'i lack', 'i have no', 'i am not'].map((gap) => ({
    phrase: `i know|realize|realise|understand|admit|acknowledge that? ${gap}`,
  })),
  { phrase: 'i may|might not have' },
  { phrase: 'i may|might lack' },
  { phrase: 'i do not have much|any|deep|extensive|formal|professional|direct' },
  { phrase: 'i do not have a lot of' },
  { phrase: 'i do not have hands on' },
  { phrase: 'i have no professional|commercial|industry|formal|prior|real' },
  { phrase: 'i have no hands on' },
  { phrase: 'my practical|professional|industry|commercial|direct? experience is|remains limited' },
  { phrase: 'my hands on experience is|remains limited' },
  { phrase: 'without any? industry|professional|commercial|formal|work experience' },
  { phrase: 'i do not come from a|an' },
  { phrase: 'a bit|little|somewhat|slightly rusty' },
  { phrase: 'i am not an expert' },
];

/** Longer ways to say a short thing. */
export const WORDY_PHRASES: readonly PhraseEntry[] = [
  { phrase: 'in order to', replacements: ['to'] },
  { phrase: 'in order for', replacements: ['for'] },
  { phrase: 'utilize', replacements: ['use'] },
  { phrase: 'utilizes', replacements: ['uses'] },
  { phrase: 'utilized', replacements: ['used'] },
  { phrase: 'utilizing', replacements: ['using'] },
  { phrase: 'utilise', replacements: ['use'] },
  { phrase: 'utilises', replacements: ['uses'] },
  { phrase: 'utilised', replacements: ['used'] },
  { phrase: 'utilising', replacements: ['using'] },
  { phrase: 'due to the fact that', replacements: ['because'] },
  { phrase: 'owing to the fact that', replacements: ['because'] },
  { phrase: 'in spite of the fact that', replacements: ['although'] },
  { phrase: 'despite the fact that', replacements: ['although'] },
  { phrase: 'in light of the fact that', replacements: ['because'] },
  { phrase: 'a large number of', replacements: ['many'] },
  { phrase: 'a number of', replacements: ['several', 'some'] },
  { phrase: 'the majority of', replacements: ['most'] },
  { phrase: 'at this point in time', replacements: ['now'] },
  { phrase: 'at the present time', replacements: ['now'] },
  { phrase: 'in the event that', replacements: ['if'] },
  { phrase: 'for the purpose of', replacements: ['for'] },
  { phrase: 'has the ability to', replacements: ['can'] },
  { phrase: 'have the ability to', replacements: ['can'] },
  { phrase: 'with regard to', replacements: ['about'] },
  { phrase: 'in regard to', replacements: ['about'] },
  { phrase: 'prior to', replacements: ['before'] },
  { phrase: 'on a daily basis', replacements: ['daily'] },
  { phrase: 'on a weekly basis', replacements: ['weekly'] },
  { phrase: 'on a regular basis', replacements: ['regularly'] },
  { phrase: 'each and every', replacements: ['every'] },
  { phrase: 'first and foremost', replacements: ['first'] },
  { phrase: 'in close proximity to', replacements: ['near'] },
  { phrase: 'is able to', replacements: ['can'] },
  { phrase: 'are able to', replacements: ['can'] },
];
