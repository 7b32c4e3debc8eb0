/** What a paragraph says when it claims a piece of work done or a result reached (unquantified-paragraph). */
import type { PhraseEntry } from './phraseEntry';

/** Verbs of a result or a piece of work done, in any inflection. */
const ACHIEVED =
  'build~|ship~|lead~|launch~|improve~|reduce~|increase~|cut|grow~|deliver~|design~|develop~|create~|drive~|optimise~|scale~|migrate~|' +
  'deploy~|lift~|boost~|save~|automate~|rebuild~|raise~|double~|halve~|achieve~|transform~|accelerate~|streamline~|enhance~|modernise~|' +
  'translate~|unlock~|implement~|produce~|generate~|exceed~|outperform~|revamp~|overhaul~|rewrite~|redesign~|speed~|lower~|shorten~|win~|won';
/** Vague results: what a claim names when it gives no figure. */
const RESULTS =
  'results|impact|value|improvement|improvements|outcomes|gains|growth|success|savings|efficiencies|efficiency|possibilities|difference|benefits|wins';

/**
 * A claim that a piece of work was done or a result reached: the writer's own
 * verb of achievement ("I built", "we have shipped", "I also rebuilt", "I helped
 * build"), or a vague result ("deliver transformative results", "a significant
 * improvement", "real-world impact", "a proven track record"). A verb not
 * anchored to the writer ("raising losses is the trade-off") claims nothing.
 */
export const ACHIEVEMENT_VERBS: readonly PhraseEntry[] = [
  { phrase: `i|we @adverb* have|has|had? @adverb* ${ACHIEVED}` },
  { phrase: `i|we @adverb* have|has|had? @adverb* help~|assist~|participate~|contribute~|work~ in|with|on|to? _? ${ACHIEVED}` },
  { phrase: `i|we @adverb* was|were|have|has? @adverb* responsible for _? _? development|design|delivery|launch|building|creation|implementation` },
  {
    phrase: `deliver~|drive~|achieve~|produce~|generate~|create~|unlock~|provide~ @adverb? _? _? ${RESULTS}`,
    notPrecededBy: ['to', 'will', 'would', 'can', 'could'],
  },
  { phrase: `significant|measurable|tangible|substantial|transformative|dramatic|considerable|notable|meaningful|major|real|world ${RESULTS}` },
  { phrase: 'proven|strong track record' },
];

/**
 * Words that measure a result without a digit ("eight million users", "halved",
 * "a third"). Small counts in words ("six years", "two offices") are a tenure or
 * a tally, not a measure of the result, and are not here.
 */
export const MAGNITUDE_WORDS: readonly PhraseEntry[] = [
  {
    phrase:
      'hundred|hundreds|thousand|thousands|million|millions|billion|billions|half|halved|halving|twice|doubled|doubling|tripled|quadrupled|' +
      'tenfold|twofold|threefold|fivefold|percent|percentage',
  },
  { phrase: 'a|one third|quarter|fifth|tenth' },
  { phrase: 'per cent' },
];
