/**
 * Hedges: words that make a claim the writer can back sound like a guess. Each
 * entry is a phrase, with guards for the same words used another way ("I
 * think in percentiles", "I believe in code review", "the kind of team").
 */
import type { PhraseEntry } from './phraseEntry';

export interface HedgeEntry extends PhraseEntry {
  /**
   * The phrase frames a clause ("I think my work fits"): it is a hedge only
   * when a clause's subject follows it, or when it stands aside between
   * commas or at the end ("my work, I think, fits"; "It fits, I think.").
   * "I think in percentiles", "I believe in tests" and "I think, and the
   * data shows, that…" stay silent.
   */
  framesClause?: boolean;
  /** The word right before the phrase must be one of these ("am fairly", "could probably"). */
  precededBy?: readonly string[];
  /** The word right after the phrase must be one of these ("I hope to hear"). */
  followedBy?: readonly string[];
  /** The phrase must open its sentence ("Probably a good match.", "Think I'd fit well."). */
  opensSentence?: boolean;
  /** With `framesClause`: the words that may open the clause after it (default `CLAUSE_OPENERS`). */
  openers?: readonly string[];
  /** The phrase must stand aside, followed by a comma or the sentence's end ("In a way, …"; not "in a way that scales"). */
  standsAside?: boolean;
  /** The writer must be in the sentence before it (I, my, me): "my model could probably…" but not "a model that could possibly drift". */
  aboutWriter?: boolean;
}

/** Pronouns and possessives that open a clause: what may follow a verb such as "feel", which also takes a plain object ("I feel a pull"). */
export const PRONOUN_OPENERS: readonly string[] = [
  'i',
  'my',
  'we',
  'our',
  'you',
  'your',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'there',
  'he',
  'she',
  'they',
  'his',
  'her',
  'their',
];

/** Words that open a clause's subject: what follows an opinion frame ("I think my…", "I believe this…"). */
export const CLAUSE_OPENERS: readonly string[] = [
  ...PRONOUN_OPENERS,
  ...['the', 'a', 'an', 'someone', 'somebody', 'nothing', 'everything', 'one', 'both', 'having', 'working', 'bringing', 'joining'],
];

/** Words writers slip between "I" and the opinion verb: "I really think", "I do believe", "I'd think". */
const INSERTS = 'really|truly|honestly|genuinely|sincerely|personally|firmly|strongly|humbly|do|would|should|certainly|just|still|also|actually';
/** Modals and forms of "be" before an adverb that softens a claim: "could probably", "am fairly". */
const SOFTENED = ['could', 'would', 'might', 'may', 'can', 'will', 'should', 'am', 'be', 'been', 'i', 'myself'];
/** Verbs after "I hope to" that make it a wish about the reader, not a plan ("I hope to hear from you"; not "I hope to finish my thesis in May"). */
const HOPED_FOR = [
  'hear',
  'join',
  'bring',
  'contribute',
  'be',
  'become',
  'meet',
  'speak',
  'talk',
  'discuss',
  'receive',
  'get',
  'have',
  'work',
  'add',
  'prove',
  'show',
  'demonstrate',
  'help',
  'make',
  'grow',
  'apply',
  'put',
  'serve',
  'support',
  'offer',
];
/** What the writer has to offer, as the subject of a softened claim: "my background might translate". */
const SELF_NOUNS = [
  'experience',
  'background',
  'skills',
  'skillset',
  'profile',
  'research',
  'work',
  'thesis',
  'expertise',
  'knowledge',
  'training',
  'qualifications',
  'record',
  'portfolio',
  'abilities',
  'strengths',
  'degree',
  'studies',
  'coursework',
  'career',
];
/** Adverbs that soften an adjective about oneself: "I am fairly confident", "I'm quite experienced". */
const SOFTENERS = 'fairly|rather|reasonably|relatively|somewhat|moderately|pretty|slightly';

export const HEDGES: readonly HedgeEntry[] = [
  // Opinion frames: "I think my background…", "I really believe that…", "It scaled well, I think."
  // Not in a clause of time or condition: "I speak up when I think a metric is wrong" reports a habit, not a guess.
  {
    phrase: `i ${INSERTS}? think|believe|guess|suppose|reckon|presume that?`,
    replacements: [''],
    framesClause: true,
    notPrecededBy: ['when', 'whenever', 'if', 'unless', 'until', 'because'],
    // "I assume nothing about the data", "I think nothing of a night on call": a habit, not a guess.
    notFollowedBy: ['nothing'],
  },
  // "My background would, I expect, transfer well", "I expect my skills would carry over" (not "I expect to finish in May").
  {
    // Only about the writer's own case: "I understand your team is moving to Spark" reports what the writer learned.
    phrase: `i ${INSERTS}? expect that?`,
    replacements: [''],
    framesClause: true,
    openers: ['i', 'my', 'this', 'that', 'it'],
    notFollowedBy: ['to'],
  },
  // Verbs that also take a plain object ("I feel a pull", "I imagine a tool"): only before a pronoun or "that".
  { phrase: `i ${INSERTS}? feel|imagine|assume|suspect|sense that?`, replacements: [''], framesClause: true, openers: PRONOUN_OPENERS },
  {
    phrase: 'i would|should|might say|argue|venture|suggest that?',
    replacements: [''],
    framesClause: true,
    openers: ['i', 'my', 'this', 'that', 'it', 'there'],
  },
  { phrase: 'i like|tend to think|believe|say that?', replacements: [''], framesClause: true },
  { phrase: 'i would|should like to think|believe that?', replacements: [''], framesClause: true },
  { phrase: 'i am inclined to think|believe|say that?', replacements: [''], framesClause: true },
  { phrase: 'i would be inclined to think|believe|say that?', replacements: [''], framesClause: true },
  { phrase: 'i am believing|thinking|feeling|guessing that?', replacements: [''], framesClause: true, openers: PRONOUN_OPENERS },
  // "I am believe that…" (a learner's form) and "I don't think I am…".
  { phrase: 'i am think|believe|feel|suppose|hope that?', replacements: [''], framesClause: true, openers: PRONOUN_OPENERS },
  { phrase: 'i do not think|believe that?', framesClause: true, openers: PRONOUN_OPENERS },
  { phrase: 'i would? respectfully|humbly|tentatively suggest|submit|venture that?', replacements: [''], framesClause: true },
  { phrase: 'i venture|dare to suggest|say|think that?', replacements: [''], framesClause: true },
  { phrase: 'i would|might|could venture|dare to? suggest|say|think that?', replacements: [''], framesClause: true },
  { phrase: 'i would wager|hazard|imagine|guess that?', replacements: [''], framesClause: true },
  { phrase: 'one might|could|may say|argue that?', replacements: [''], framesClause: true },
  { phrase: 'it could|might|may be said|argued that?', replacements: [''] },
  { phrase: 'it is to be hoped that', replacements: [''] },
  { phrase: 'it might|may|could|can @adverb? well? be that', followedBy: ['i', 'my', 'me'] },
  { phrase: 'it is plausible that?', followedBy: ['i', 'my'] },
  { phrase: 'it seems|appears that', replacements: [''], followedBy: ['i', 'my', 'we', 'our'] },
  { phrase: 'it seems|appears', replacements: [''], followedBy: ['i', 'my', 'we', 'our'] },
  { phrase: 'according to me', replacements: [''] },
  { phrase: 'i have a feeling|hunch|sense that?', framesClause: true, openers: PRONOUN_OPENERS },
  { phrase: 'my guess|hunch|instinct is that?', framesClause: true, openers: PRONOUN_OPENERS },
  { phrase: 'my gut feeling|instinct is that?', framesClause: true, openers: PRONOUN_OPENERS },
  { phrase: 'i feel like', framesClause: true, openers: PRONOUN_OPENERS },
  { phrase: 'i feel as though|if', framesClause: true, openers: PRONOUN_OPENERS },
  { phrase: 'i consider that', replacements: [''] },
  { phrase: 'to the best of my knowledge', replacements: [''] },
  { phrase: 'if i am not wrong', replacements: [''] },
  { phrase: 'chances are that?', followedBy: ['i', 'my', 'we', 'our'] },
  { phrase: 'there is a|some|every chance that?', followedBy: ['i', 'my', 'we', 'our'] },
  {
    phrase: 'there is a|an @adverb? good|fair|decent|reasonable|real|strong|high|excellent chance|possibility|likelihood that?',
    followedBy: ['i', 'my', 'we', 'our'],
  },
  // "Roughly speaking, …", "or at least hopeful".
  { phrase: 'roughly|broadly|generally|loosely speaking', replacements: [''] },
  { phrase: 'or at least hopeful|optimistic|somewhat|fairly|partly|partially|reasonably' },
  { phrase: 'i wonder|wondered', framesClause: true, openers: [...PRONOUN_OPENERS, 'if', 'whether'] },
  { phrase: 'i was wondering' },
  // A terse line leaves out the "I": "Think I'd fit well."
  { phrase: 'think|guess|reckon|suppose|believe|feel', opensSentence: true, followedBy: ['i', 'my', 'this', 'that', 'we', 'our'] },
  { phrase: 'in my humble? opinion|view', replacements: [''] },
  { phrase: 'it is my humble|sincere|honest|personal? opinion|view|belief|feeling|impression|sense|hope that?', replacements: [''] },
  { phrase: 'it is hoped that', replacements: [''] },
  { phrase: 'i flatter myself that?', replacements: [''], framesClause: true },
  { phrase: 'my humble? opinion|view|belief|feeling|impression|sense is that?', replacements: [''] },
  { phrase: 'i am of the opinion|view|belief that?', replacements: [''] },
  { phrase: 'to my mind', replacements: [''] },
  // Where the writer stands, said instead of the claim: "From my perspective, …", "As I see it, …", "In my estimation, …".
  { phrase: 'from my perspective|standpoint|viewpoint', replacements: [''], standsAside: true },
  { phrase: 'from my point of view', replacements: [''] },
  { phrase: 'from where i stand|sit', replacements: [''] },
  { phrase: 'as i see|read it|things', replacements: [''], notFollowedBy: ['now', 'then', 'today'] },
  { phrase: 'the way i see|read it|things', replacements: [''] },
  { phrase: 'in my estimation|judgement|judgment|eyes|understanding', replacements: [''], standsAside: true },
  { phrase: 'to a degree', replacements: [''], standsAside: true },
  { phrase: 'it seems|appears to me that?', replacements: [''] },
  { phrase: 'it would seem|appear that?', framesClause: true },
  { phrase: 'as far as i can tell|see|know|judge', replacements: [''] },
  { phrase: 'if i may say so|add|suggest', replacements: [''] },
  { phrase: 'if i am not mistaken', replacements: [''] },
  { phrase: 'unless i am mistaken', replacements: [''] },
  { phrase: 'i could|may|might be wrong' },
  { phrase: 'i dare say', replacements: [''] },
  { phrase: 'i daresay', replacements: [''] },
  // Doubt: "I'm not totally sure, but…", "I am unsure whether…"
  { phrase: 'i am not totally|entirely|completely|quite|fully|really|so|very|too|100? sure|certain|convinced' },
  { phrase: 'not sure|certain', opensSentence: true },
  { phrase: 'i am @adverb* a? bit|little? unsure|uncertain|doubtful' },
  { phrase: 'i tend to be' },
  { phrase: 'i would @adverb? tend to agree|think|say|believe' },
  // "I may add value", "I might contribute": a contribution offered as a possibility.
  { phrase: 'i may|might add|contribute|help|bring|offer|fit|suit|prove' },
  { phrase: 'not totally|entirely|completely|100 sure' },
  { phrase: 'i would not call|consider myself' },
  { phrase: 'i would not say i am' },
  // Hope: "I hope my experience…", "I hope to hear from you", "hopefully".
  { phrase: `i ${INSERTS}? hope that?`, replacements: [''], framesClause: true, openers: PRONOUN_OPENERS },
  { phrase: 'i trust that' },
  { phrase: 'i am hoping|hopeful that?', framesClause: true, openers: PRONOUN_OPENERS },
  { phrase: 'i would|really|truly? hope to', followedBy: HOPED_FOR },
  { phrase: 'i am hoping|hopeful to', followedBy: HOPED_FOR },
  { phrase: 'hopefully', replacements: [''] },
  // Softeners: "perhaps", "maybe", "somewhat", "kind of", "to some extent", "more or less".
  { phrase: 'perhaps', replacements: [''] },
  { phrase: 'maybe', replacements: [''], notFollowedBy: ['is', 'was', 'are', 'were'] },
  { phrase: 'somewhat', replacements: [''] },
  { phrase: 'arguably', replacements: [''] },
  { phrase: 'presumably', replacements: [''] },
  { phrase: 'kinda|sorta', replacements: [''] },
  {
    phrase: 'kind|sort of',
    replacements: [''],
    precededBy: [
      'i',
      'am',
      'was',
      'is',
      'has',
      'have',
      'had',
      'it',
      'be',
      'been',
      'feel',
      'feels',
      'felt',
      'just',
      'also',
      'really',
      'would',
      'could',
      'will',
      'might',
      'may',
    ],
  },
  { phrase: 'to some extent|degree', replacements: [''] },
  { phrase: 'to a certain extent|degree', replacements: [''] },
  { phrase: 'to an extent', replacements: [''] },
  { phrase: 'in a|some way|ways|sense|capacity', replacements: [''], standsAside: true },
  { phrase: 'for what it is worth', replacements: [''] },
  { phrase: 'it is fair to say that?', replacements: [''], followedBy: ['i', 'my'] },
  { phrase: 'more or less', replacements: [''] },
  { phrase: 'reasonably|fairly|relatively|pretty|quite|somewhat|moderately well', aboutWriter: true },
  {
    phrase: SOFTENERS,
    replacements: [''],
    precededBy: ['am', 'be', 'been', 'myself', 'feel'],
    notFollowedBy: ['literally', 'a', 'an', 'the', 'of', 'well', 'than'],
  },
  // "Quite" also means "entirely" ("quite sure", "quite literally", "quite right"): only before other words.
  {
    phrase: 'quite',
    replacements: [''],
    precededBy: ['am', 'be', 'been', 'myself', 'feel'],
    notFollowedBy: ['literally', 'a', 'an', 'the', 'of', 'well', 'sure', 'certain', 'right', 'clear', 'different', 'so', 'as'],
  },
  { phrase: 'probably|possibly|potentially|perhaps|likely', replacements: [''], precededBy: SOFTENED, aboutWriter: true },
  { phrase: 'probably|possibly|likely|conceivably|potentially|perhaps', replacements: [''], opensSentence: true },
  // "My thesis could be of use to your group": the writer's record offered as a possibility.
  { phrase: 'might|may|could @adverb? be of use|value|help|interest|service|benefit|assistance|relevance', precededBy: SELF_NOUNS },
  { phrase: 'conceivably', replacements: [''] },
  { phrase: 'perchance|mayhap|peradventure', replacements: [''] },
  { phrase: 'in all likelihood|probability', replacements: [''], standsAside: true },
  { phrase: 'quietly|cautiously confident|optimistic|hopeful', aboutWriter: true },
  { phrase: 'may|might or may|might not' },
  // A terse line: "Fairly strong in SQL."
  // Not "Fairly priced insurance…": an adverb of a participle describes a thing, not the writer.
  {
    phrase: SOFTENERS,
    replacements: [''],
    opensSentence: true,
    notFollowedBy: [
      'often',
      'soon',
      'quickly',
      'early',
      'late',
      'priced',
      'paid',
      'treated',
      'distributed',
      'allocated',
      'shared',
      'split',
      'rewarded',
      'compensated',
      'judged',
      'new',
      'recently',
    ],
  },
  // Modal hedges about oneself: "I might be able to", "I may be a good fit", "Might my background…?"
  { phrase: 'might|may|should be able to', replacements: ['can'], precededBy: ['i', 'we'] },
  {
    phrase: 'might|may just? be',
    precededBy: ['i', ...SELF_NOUNS],
    followedBy: [
      'a',
      'an',
      'the',
      'of',
      'useful',
      'helpful',
      'valuable',
      'relevant',
      'suitable',
      'worth',
      'well',
      'good',
      'right',
      'qualified',
      'what',
      'exactly',
    ],
  },
  // "Could" is also a plain offer ("how my experience could help your team"): only "I could be a…".
  {
    phrase: 'could be',
    precededBy: ['i'],
    followedBy: ['a', 'an', 'of', 'useful', 'helpful', 'valuable', 'relevant', 'suitable', 'worth', 'good', 'right'],
  },
  { phrase: 'might i|my', opensSentence: true },
  {
    phrase: 'could|might|may be',
    opensSentence: true,
    followedBy: ['a', 'an', 'the', 'of', 'useful', 'helpful', 'valuable', 'relevant', 'suitable', 'worth', 'good', 'right'],
  },
  { phrase: 'could|may my', opensSentence: true },
  { phrase: 'it is|may|might|could be? possible|conceivable|likely that?', followedBy: ['i', 'my'] },
  // "My background might translate well", "my research seems to be relevant": the writer's own record, softened.
  { phrase: 'might|may well? translate|transfer|carry|apply|suit|fit|help|be', precededBy: SELF_NOUNS },
  { phrase: 'seems|appears to be|fit|match|align|suit|translate|transfer', precededBy: SELF_NOUNS },
  {
    phrase: 'seems|seem|appears|appear relevant|suited|suitable|applicable|useful|valuable|helpful|aligned|close|transferable|like',
    precededBy: SELF_NOUNS,
  },
  // Terse lines: "Might suit.", "Hope to hear back.", "Hope my thesis helps."
  { phrase: 'might|may|could suit|fit|help|work|match', opensSentence: true },
  { phrase: 'hope to', opensSentence: true, followedBy: HOPED_FOR },
  { phrase: 'hope', opensSentence: true, followedBy: PRONOUN_OPENERS },
  { phrase: 'i seem to', followedBy: ['have', 'be', 'fit', 'match', 'bring'] },
  { phrase: 'of some|modest|moderate|possible value|use|help|interest|service|benefit|relevance|assistance' },
];
