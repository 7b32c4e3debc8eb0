/**
 * Who a claim is about. The shared guards (checks/guards.ts) read these lists to
 * tell the writer's own claim ("I am the ideal candidate") from the same words
 * reported of, asked for by, or said about someone or something else ("the vendor
 * called its engine cutting-edge", "the job ad asks for a self-starter").
 */
import type { PhraseEntry } from './phraseEntry';
import { phrases } from './phraseList';

/** Words, written as one string separated by spaces. */
const words = (list: string): string[] => list.split(/\s+/);

/** The writer: a report whose object is one of these is still about the writer ("colleagues describe me as…"). */
export const WRITER_WORDS: readonly string[] = words('i me my myself mine');

/**
 * Verbs of saying and labelling: what follows them is someone's report ("the
 * customer called the search a game changer", "the CEO told investors…").
 */
export const REPORTING_VERBS: readonly string[] = words(
  'call calls called calling describe describes described describing claim claims claimed claiming say says said saying tell tells told ' +
    'pitch pitches pitched promise promises promised tout touts touted brand brands branded advertise advertises advertised market markets marketed ' +
    'dub dubs dubbed bill billed hail hails hailed boast boasts boasted deem deems deemed praise praises praised praising insist insists insisted ' +
    'argue argues argued announce announces announced',
);

/**
 * Verbs of choosing people: what follows them is the person chosen, not the
 * writer ("we hired the best candidate", "the committee named the top candidate").
 */
export const CHOOSING_VERBS: readonly string[] = words(
  'hire hires hired hiring recruit recruits recruited recruiting name names named choose chooses chose chosen select selects selected ' +
    'pick picks picked rank ranks ranked flag flags flagged shortlist shortlisted define defines defined defining reward rewards rewarded ' +
    'score scores scored interview interviews interviewed rate rates rated judge judges judged vote votes voted',
);

/**
 * Verbs of wanting or looking for: what follows them is the person sought when
 * someone other than the writer wants it ("the job ad asks for a self-starter",
 * "we needed a detail-oriented reviewer"); "I found my passion" stays the writer's.
 */
export const SEEKING_VERBS: readonly string[] = words(
  'need needs needed require requires required seek seeks sought want wants wanted find finds found ask asks asked look looks looking search searches searching',
);

/**
 * What comes right after a verb of choosing or seeking when it is a verb with a
 * person for object ("asks for a…", "hired the…", "define what…"); "on search
 * at your scale" is the noun.
 */
export const SOUGHT_OBJECT_STARTS: readonly string[] = words(
  'for a an the each every this that these those our their his her its someone somebody anyone people candidates applicants what who whoever',
);

/** Between a subject and its verb: auxiliaries and modals ("I have always wanted", "I would find"). */
export const AUXILIARIES: readonly string[] = words('have has had would will do did could can may might should shall am was not never cannot');

/** Words that, right after a seeking verb, make it the writer's own wish ("I want to…") rather than a person sought. */
export const SEEKING_NOT_BEFORE: readonly string[] = words('to');

/** Negation or doubt just before a phrase: the writer withholds the claim ("I would not call myself an expert", "whether I am the right person"). */
export const NEGATIONS: readonly string[] = words('not never hardly nobody no');
export const DOUBT_OPENERS: readonly string[] = words('whether');

/** Determiners that open a noun phrase about something other than the writer ("the passionate debate", "their best-of-breed claim"). */
export const OTHER_DETERMINERS: readonly string[] = words('the a an our their his her its this that these those your');

/** Nouns for a person: a trait before one of these may still describe the writer ("a detail-oriented data scientist"). */
export const PERSON_NOUNS: readonly string[] = words(
  'engineer engineers scientist scientists analyst analysts developer developers researcher researchers professional professionals person people ' +
    'individual individuals player players worker workers learner learners leader leaders colleague colleagues member members candidate candidates ' +
    'student students graduate graduates manager managers communicator communicators thinker thinkers starter starters lead architect consultant ' +
    'statistician statisticians programmer programmers coder designer designers teacher mentor physician doctor nurse me myself',
);

/** After a fit or candidate overclaim and "for": a word that makes it the writer's candidacy ("the best candidate for this role"). */
export const CANDIDACY_AFTER_FOR: readonly string[] = words(
  'role roles team position job company opening vacancy post needs requirements organisation organization firm lab group department posting you your this it',
);

/** After "for", quantifiers that make a candidate one of many chosen by others ("the most suitable candidate for each opening"). */
export const MANY_AFTER_FOR: readonly string[] = words('each every all any');

/** Words that cannot head the noun a phrase qualifies: after one of these the phrase is not a modifier ("a dream job for a recent PhD like me"). */
export const NOT_A_HEAD: readonly string[] = words(
  'for to of in on at with by from about as like than that which who whom whose where when while because since and or but nor so yet if ' +
    'is are was were be been being am has have had do does did will would can could should may might must i we you he she they it',
);

/**
 * After words said of others or of the person sought, phrases that make the writer
 * one of them: "a detail-oriented engineer like me", "…asks for a self-starter, which
 * describes me", "the team is passionate about AI, and so am I".
 */
export const WRITER_JOINS: readonly PhraseEntry[] = phrases(
  'like me, such as me, that is @adverb? me, is @adverb? me, describes|describe|fits|fit|suits|suit me, i am @adverb? one, ' +
    'i am @adverb? that, so am i, so do i, as am i, me too, including me, myself included',
);

/** Right after a phrase, words that define or gloss it: the writer mentions the term ("synergy means a larger effect than either drug alone"). */
export const DEFINING: readonly PhraseEntry[] = phrases('means, meant, refers to, referred to, is defined as, stands for, denotes');
