/**
 * Noun and verb pairs for `word-form`: a noun written where its verb belongs
 * ("I advice you", "to proof my skills") or the verb where its noun belongs
 * ("my believe is", "a good advise"). Only pairs spelt differently, each word
 * an English word on its own (a spelling checker passes both), and only pairs
 * whose two words are never the other part of speech in a letter: "practice"
 * and "license" (verbs in American English) are left out, and so are words that
 * are both noun and verb ("support", "work", "design").
 */
import { wordTable } from './wordTable';

const words = (list: string): readonly string[] => list.trim().split(/\s+/);

/** Where a noun may be caught standing for its verb. */
export interface NounForVerb {
  /** The verb's base form, and its -s form for "he", "she" and "it". */
  verb: string;
  verbS: string;
  /** Another spelling of the verb, offered second ("analyse" beside "analyze"). */
  alternative?: string;
  /** After a subject pronoun opening its clause: "I advice you", "we success". */
  afterSubject?: boolean;
  /** Only before one of these words, where the verb's object starts ("to proof my skills", "to growth our team"); otherwise anywhere. */
  objectStarts?: readonly string[];
}

/** Words that start a verb's object, or a clause the verb takes: what "to proof …" must go on with to be a verb. */
export const OBJECT_STARTS: readonly string[] = words(`
  that my our your their his its this these those it myself ourselves yourself themselves
  them him me us how why what whether the a an`);

const PROOF_OBJECTS = words('that my our myself ourselves it this these how why what whether');
const GROWTH_OBJECTS = words('my our your their his its this the');

/** Nouns (and a noun's plural) written where the verb belongs, with the verb to write. */
export const NOUNS_FOR_VERBS: Readonly<Record<string, NounForVerb>> = wordTable({
  advice: { verb: 'advise', verbS: 'advises', afterSubject: true },
  advices: { verb: 'advise', verbS: 'advises', afterSubject: true },
  belief: { verb: 'believe', verbS: 'believes', afterSubject: true },
  success: { verb: 'succeed', verbS: 'succeeds', afterSubject: true },
  proof: { verb: 'prove', verbS: 'proves', objectStarts: PROOF_OBJECTS },
  choice: { verb: 'choose', verbS: 'chooses', afterSubject: true },
  device: { verb: 'devise', verbS: 'devises', afterSubject: true },
  breath: { verb: 'breathe', verbS: 'breathes', afterSubject: true },
  pursuit: { verb: 'pursue', verbS: 'pursues', afterSubject: true },
  analysis: { verb: 'analyze', verbS: 'analyzes', alternative: 'analyse', objectStarts: OBJECT_STARTS },
  emphasis: { verb: 'emphasize', verbS: 'emphasizes', alternative: 'emphasise' },
  growth: { verb: 'grow', verbS: 'grows', objectStarts: GROWTH_OBJECTS },
  strength: { verb: 'strengthen', verbS: 'strengthens', objectStarts: GROWTH_OBJECTS },
  speech: { verb: 'speak', verbS: 'speaks' },
  life: { verb: 'live', verbS: 'lives', afterSubject: true },
  loss: { verb: 'lose', verbS: 'loses' },
  maintenance: { verb: 'maintain', verbS: 'maintains' },
});

/**
 * Verbs (and -s forms) written where the noun belongs, after a determiner:
 * "my believe is", "a good advise", "the pursue of". "grow" is left out ("the
 * grow lights"), and so are "lose" (often "loose" misspelt) and "devise"
 * (a legal noun).
 */
export const VERBS_FOR_NOUNS: Readonly<Record<string, string>> = wordTable({
  advise: 'advice',
  advises: 'advice',
  believe: 'belief',
  believes: 'beliefs',
  pursue: 'pursuit',
  choose: 'choice',
  analyse: 'analysis',
  analyze: 'analysis',
  emphasize: 'emphasis',
  emphasise: 'emphasis',
  succeed: 'success',
  breathe: 'breath',
  decide: 'decision',
});

/** "The lost of my job": a past form written for the noun, caught only right before "of". */
export const PAST_FOR_NOUN_BEFORE_OF: Readonly<Record<string, string>> = wordTable({ lost: 'loss' });

/**
 * Nouns written after "am"/"are" where the adjective belongs, with the words
 * that follow them in that slip: "I am confidence that" → "confident".
 */
export const NOUNS_FOR_ADJECTIVES: Readonly<Record<string, { adjective: string; before: readonly string[] }>> = wordTable({
  confidence: { adjective: 'confident', before: words('that in about of') },
  passion: { adjective: 'passionate', before: words('about') },
  enthusiasm: { adjective: 'enthusiastic', before: words('about') },
});

/** Words before "to" that make it the mark of an infinitive, so a verb must follow ("want to advise", "able to analyze"); not "used", "open", "key" or "committed", which take a noun ("open to advice"). */
export const INFINITIVE_GOVERNORS: readonly string[] = words(`
  want wants wanted wanting hope hopes hoped hoping aim aims aimed aiming wish wished like love
  plan plans planned planning intend intends intended intending need needs needed try tries
  tried trying strive striving seek seeking able unable eager keen ready determined going
  continue continued learn learned learnt decide decided chose manage managed order how afraid
  happy glad excited asked expected required allowed hired trained invited encouraged supposed
  willing`);

/** Adjectives that may stand between a determiner and a misused verb: "a good advise", "my strong believe". */
export const ADVICE_ADJECTIVES: readonly string[] = words(`
  good great strong firm main core personal best only sincere honest valuable wise useful
  important first own deep general professional expert key simple practical final clear
  helpful thoughtful constant genuine real true humble single best excellent sound`);

/** Determiners before a noun: a verb form right after one is a slip ("my believe"). "her", "that", "this", "these" and "those" are left out: "helped her advise founders", "those believe…". */
export const NOUN_DETERMINERS: readonly string[] = words('my your our their his a an the any some no');

/**
 * "Carrier" written for "career" ("the next step for my carrier"), caught only
 * where the words around it are about a working life, so a phone or freight
 * carrier ("my carrier in Germany dropped the call") stays silent.
 */
export const CAREER = {
  written: 'carrier',
  meant: 'career',
  /** Verbs and phrases right before "my carrier": "grow my carrier", "throughout my carrier". */
  before: words(`grow advance further start started begin began build launch launched pursue change
    changed develop boost shape kickstart progress throughout`),
  /** Nouns two words before, with "for" or "in" between: "the next step for my carrier", "a turning point in my carrier". */
  twoBefore: words('step move point stage moment choice decision boost'),
  /** Words right after: "my carrier goals", "my carrier so far" ("to" and "as" are left out: "I switched my carrier to save money"). */
  after: words(`goals goal path change development growth journey aspirations progression objectives
    advancement so began started spans spanned`),
};
