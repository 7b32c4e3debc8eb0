/**
 * Padded phrasings with a shorter form that says the same: each entry's first
 * replacement is exact, so the fix is safe to apply without looking. Phrases
 * that are short only sometimes ("with respect to" in "the gradient with
 * respect to the weights", "in terms of") are left out.
 */
import type { PhraseEntry } from './phraseEntry';

/** "on a daily basis" → "daily", for each adverb of frequency. */
const BASIS: ReadonlyArray<[string, string]> = [
  ['daily', 'daily'],
  ['weekly', 'weekly'],
  ['monthly', 'monthly'],
  ['yearly', 'yearly'],
  ['annual', 'annually'],
  ['quarterly', 'quarterly'],
  ['nightly', 'nightly'],
  ['hourly', 'hourly'],
  ['regular', 'regularly'],
  ['continuous', 'continuously'],
  ['consistent', 'consistently'],
  ['frequent', 'frequently'],
  ['routine', 'routinely'],
  ['ongoing', 'continually'],
];

/** "make use of" and its tenses → "use". */
const MAKE_USE: ReadonlyArray<[string, string]> = [
  ['make', 'use'],
  ['makes', 'uses'],
  ['made', 'used'],
  ['making', 'using'],
];

/** "take into consideration|account" and its tenses → "consider". */
const TAKE_INTO: ReadonlyArray<[string, string]> = [
  ['take', 'consider'],
  ['takes', 'considers'],
  ['took', 'considered'],
  ['taken', 'considered'],
  ['taking', 'considering'],
];

/** "make a decision" and its tenses → "decide". */
const MAKE_DECISION: ReadonlyArray<[string, string]> = [
  ['make', 'decide'],
  ['makes', 'decides'],
  ['made', 'decided'],
  ['making', 'deciding'],
];

/** "come to the conclusion that" → "conclude that". */
const COME_TO: ReadonlyArray<[string, string]> = [
  ['come', 'conclude'],
  ['comes', 'concludes'],
  ['came', 'concluded'],
  ['coming', 'concluding'],
];

/** "made an improvement to" → "improved". */
const MAKE_IMPROVEMENT: ReadonlyArray<[string, string]> = [
  ['make', 'improve'],
  ['makes', 'improves'],
  ['made', 'improved'],
  ['making', 'improving'],
];

/** "is indicative of" → "indicates". */
const INDICATIVE: ReadonlyArray<[string, string]> = [
  ['is', 'indicates'],
  ['are', 'indicate'],
  ['was', 'indicated'],
  ['were', 'indicated'],
];

/** "has a tendency to" → "tends to". */
const TENDENCY: ReadonlyArray<[string, string]> = [
  ['has', 'tends to'],
  ['have', 'tend to'],
  ['had', 'tended to'],
];

/** "is in need of" → "needs". */
const NEED: ReadonlyArray<[string, string]> = [
  ['is', 'needs'],
  ['are', 'need'],
  ['was', 'needed'],
  ['were', 'needed'],
];

/** "is dependent on" → "depends on". */
const DEPENDENT: ReadonlyArray<[string, string]> = [
  ['is', 'depends on'],
  ['are', 'depend on'],
  ['was', 'depended on'],
  ['were', 'depended on'],
];

/** "made an effort to" → "tried to". */
const EFFORT: ReadonlyArray<[string, string]> = [
  ['make', 'try to'],
  ['makes', 'tries to'],
  ['made', 'tried to'],
  ['making', 'trying to'],
];

/** "utilize" in both spellings and all forms → "use". */
const UTILIZE: ReadonlyArray<[string, string]> = [
  ['utilize|utilise', 'use'],
  ['utilizes|utilises', 'uses'],
  ['utilized|utilised', 'used'],
  ['utilizing|utilising', 'using'],
];

/**
 * A light verb with an action noun: "conducted an analysis of" → "analysed",
 * "carried out an investigation into" → "investigated". Each row: the light
 * verb's forms (base, -s, past, -ing), matched to the short verb's.
 */
const LIGHT_VERBS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['conduct', 'conducts', 'conducted', 'conducting'],
  ['perform', 'performs', 'performed', 'performing'],
  ['undertake', 'undertakes', 'undertook|undertaken', 'undertaking'],
  ['carry out', 'carries out', 'carried out', 'carrying out'],
];

/** Action nouns, what may follow them, and the verb they hide in its four forms. */
const ACTION_NOUNS: ReadonlyArray<readonly [string, string, readonly [string, string, string, string]]> = [
  ['analysis', 'of', ['analyse', 'analyses', 'analysed', 'analysing']],
  ['evaluation', 'of', ['evaluate', 'evaluates', 'evaluated', 'evaluating']],
  ['assessment', 'of', ['assess', 'assesses', 'assessed', 'assessing']],
  ['investigation', 'of|into', ['investigate', 'investigates', 'investigated', 'investigating']],
  ['examination', 'of', ['examine', 'examines', 'examined', 'examining']],
  ['review', 'of', ['review', 'reviews', 'reviewed', 'reviewing']],
  ['comparison', 'of|between', ['compare', 'compares', 'compared', 'comparing']],
  ['exploration', 'of', ['explore', 'explores', 'explored', 'exploring']],
  ['audit', 'of', ['audit', 'audits', 'audited', 'auditing']],
];

/** "reached the conclusion that" → "concluded that", "came to the realisation that" → "realised that". */
const REACH: ReadonlyArray<readonly [string, string, string]> = [
  ['reach|reaches|reached|reaching', 'the|a conclusion', 'conclude|concludes|concluded|concluding'],
  ['come|comes|came|coming', 'to the realisation|realization', 'realise|realises|realised|realising'],
  ['arrive|arrives|arrived|arriving', 'at the|a conclusion', 'conclude|concludes|concluded|concluding'],
];

/** "provided assistance to" → "helped", "achieved a reduction in" → "reduced". */
const LIGHT_OBJECTS: ReadonlyArray<readonly [string, string, string]> = [
  ['provide|provides|provided|providing', 'assistance to', 'help|helps|helped|helping'],
  ['achieve|achieves|achieved|achieving', 'a reduction in', 'reduce|reduces|reduced|reducing'],
  ['achieve|achieves|achieved|achieving', 'an increase in', 'increase|increases|increased|increasing'],
  ['place|places|placed|placing', 'an? emphasis on', 'emphasise|emphasises|emphasised|emphasising'],
];

/** Pairs the four forms of a light verb with those of its short verb. */
function byForm(light: string, short: string): Array<[string, string]> {
  const lights = light.split('|');
  const shorts = short.split('|');
  return lights.map((form, k) => [form, shorts[k]!]);
}

/** Longer ways to say a short thing. */
export const WORDY_PHRASES: readonly PhraseEntry[] = [
  // Purpose.
  { phrase: 'in order to', replacements: ['to'] },
  { phrase: 'so as to', replacements: ['to'] },
  { phrase: 'in order that', replacements: ['so that'] },
  { phrase: 'in an effort|attempt to', replacements: ['to'] },
  { phrase: 'with the help|aid of', replacements: ['with'] },
  { phrase: 'through|by the use of', replacements: ['with'] },
  { phrase: 'in order for', replacements: ['for'] },
  { phrase: 'for the purpose|purposes of', replacements: ['for'] },
  // Cause and concession: "due to the fact that" → "because".
  { phrase: 'due|owing to the fact that', replacements: ['because'] },
  { phrase: 'because of the fact that', replacements: ['because'] },
  { phrase: 'on account of the fact that', replacements: ['because'] },
  { phrase: 'in light|view of the fact that', replacements: ['because'] },
  { phrase: 'by virtue of the fact that', replacements: ['because'] },
  { phrase: 'given the fact that', replacements: ['because', 'given that'] },
  { phrase: 'as a result of the fact that', replacements: ['because'] },
  { phrase: 'for the simple? reason that', replacements: ['because'] },
  { phrase: 'on the grounds that', replacements: ['because'] },
  { phrase: 'in spite of the fact that', replacements: ['although'] },
  { phrase: 'despite|notwithstanding the fact that', replacements: ['although'] },
  { phrase: 'regardless of the fact that', replacements: ['although'] },
  // Time.
  { phrase: 'at this|that point in time', replacements: ['now'] },
  // Not "at the current time step" (a model's clock).
  { phrase: 'at this|the present|current time|moment', replacements: ['now'], notFollowedBy: ['step', 'steps', 'point', 'index', 't'] },
  { phrase: 'at this moment in time', replacements: ['now'] },
  { phrase: 'in the near future', replacements: ['soon'] },
  { phrase: 'in the not too distant future', replacements: ['soon'] },
  { phrase: 'prior to', replacements: ['before'] },
  { phrase: 'in advance of', replacements: ['before'] },
  { phrase: 'at all times', replacements: ['always'] },
  { phrase: 'as of now', replacements: ['now'] },
  { phrase: 'as of yet', replacements: ['yet'] },
  { phrase: 'up until', replacements: ['until'] },
  { phrase: 'during the time that', replacements: ['while'] },
  { phrase: 'at such time as', replacements: ['when'] },
  { phrase: 'subsequent to', replacements: ['after'] },
  { phrase: 'during the course of', replacements: ['during'] },
  { phrase: 'over the course of', replacements: ['over'] },
  { phrase: 'until such time as', replacements: ['until'] },
  // Condition.
  { phrase: 'in the event that', replacements: ['if'] },
  { phrase: 'on the condition that', replacements: ['if'] },
  { phrase: 'in cases|instances|situations where', replacements: ['when'] },
  { phrase: 'in a situation where', replacements: ['when'] },
  // Amount.
  { phrase: 'a large|great|significant|substantial|considerable number of', replacements: ['many'] },
  { phrase: 'a number of', replacements: ['several', 'some'] },
  { phrase: 'a great|good deal of', replacements: ['much'] },
  { phrase: 'a small number of', replacements: ['a few'] },
  { phrase: 'the vast|overwhelming? majority of', replacements: ['most'] },
  { phrase: 'a majority of', replacements: ['most'] },
  { phrase: 'a large|great|significant|considerable amount|quantity of', replacements: ['much'] },
  { phrase: 'a sufficient number|amount of', replacements: ['enough'] },
  { phrase: 'in excess of', replacements: ['more than'] },
  { phrase: 'a total of', replacements: [''] },
  // Topic.
  { phrase: 'with regard|regards|reference to', replacements: ['about'] },
  { phrase: 'in regard|regards|reference|relation to', replacements: ['about'] },
  { phrase: 'as regards', replacements: ['about'] },
  { phrase: 'in the field|area|domain|sphere of', replacements: ['in'] },
  // Ability: "has the ability to" → "can".
  { phrase: 'has|have the ability|capacity to', replacements: ['can'] },
  { phrase: 'had the ability|capacity to', replacements: ['could'] },
  { phrase: 'am|is|are able to', replacements: ['can'] },
  { phrase: 'am|is|are in a position to', replacements: ['can'] },
  // Verbs turned into nouns: "made use of" → "used", "took into consideration" → "considered".
  ...MAKE_USE.map(([verb, short]) => ({ phrase: `${verb} use of`, replacements: [short] })),
  ...TAKE_INTO.map(([verb, short]) => ({ phrase: `${verb} into consideration|account`, replacements: [short] })),
  ...MAKE_DECISION.map(([verb, short]) => ({
    phrase: `${verb} a|the decision`,
    replacements: [short],
    notFollowedBy: ['of', 'that', 'on', 'about', 'for', 'which'],
  })),
  ...COME_TO.map(([verb, short]) => ({ phrase: `${verb} to the conclusion`, replacements: [short] })),
  { phrase: 'give|gave|given|giving consideration to', replacements: ['consider'] },
  ...MAKE_IMPROVEMENT.map(([verb, short]) => ({ phrase: `${verb} an? improvement|improvements to|in`, replacements: [short] })),
  ...INDICATIVE.map(([verb, short]) => ({ phrase: `${verb} indicative of`, replacements: [short] })),
  ...UTILIZE.map(([verb, short]) => ({ phrase: verb, replacements: [short] })),
  ...LIGHT_VERBS.flatMap((light) =>
    ACTION_NOUNS.flatMap(([noun, after, verb]) =>
      light.map((form, k) => ({
        phrase: `${form} an|a|the? ${noun} ${after}`,
        replacements: [verb[k]!],
        // "an analysis of variance" is a named test, not an analysis of something.
        notFollowedBy: ['variance', 'covariance'],
      })),
    ),
  ),
  ...REACH.flatMap(([light, middle, short]) =>
    byForm(light, short).map(([form, verb]) => ({ phrase: `${form} ${middle} that`, replacements: [`${verb} that`] })),
  ),
  ...LIGHT_OBJECTS.flatMap(([light, object, short]) =>
    byForm(light, short).map(([form, verb]) => ({ phrase: `${form} ${object}`, replacements: [verb] })),
  ),
  { phrase: 'it is|was my belief|view|opinion|conviction that', replacements: ['I believe'] },
  { phrase: 'am|are in receipt of', replacements: ['have received'] },
  { phrase: 'is in receipt of', replacements: ['has received'] },
  // A split infinitive's filler: "was able to successfully reduce" → "was able to reduce".
  { phrase: 'to successfully', replacements: ['to'] },
  // Throat-clearing before a point: "It is important to note that" → the point.
  { phrase: 'it is|was important|worth|interesting to note|mention|mentioning that?', replacements: [''] },
  { phrase: 'it is|was worth noting|mentioning that?', replacements: [''] },
  { phrase: 'it is|was worth pointing out that?', replacements: [''] },
  { phrase: 'it should|must be noted|mentioned|said that?', replacements: [''] },
  { phrase: 'it goes without saying that?', replacements: [''] },
  { phrase: 'needless to say', replacements: [''] },
  // Doubled words.
  { phrase: 'each and every', replacements: ['every'] },
  { phrase: 'first and foremost', replacements: ['first'] },
  { phrase: 'any and all', replacements: ['all'] },
  { phrase: 'end result', replacements: ['result'] },
  { phrase: 'final outcome', replacements: ['outcome'] },
  { phrase: 'basic fundamentals', replacements: ['fundamentals'] },
  { phrase: 'future plans', replacements: ['plans'] },
  { phrase: 'past history', replacements: ['history'] },
  { phrase: 'added bonus', replacements: ['bonus'] },
  { phrase: 'advance warning', replacements: ['warning'] },
  { phrase: 'absolutely essential', replacements: ['essential'] },
  { phrase: 'advance planning', replacements: ['planning'] },
  { phrase: 'in close proximity to', replacements: ['near'] },
  { phrase: 'in the vicinity of', replacements: ['about'] },
  { phrase: 'still remains', replacements: ['remains'] },
  { phrase: 'totally|very|truly|completely unique', replacements: ['unique'] },
  { phrase: 'am|are of the opinion that', replacements: ['think'] },
  ...TENDENCY.map(([verb, short]) => ({ phrase: `${verb} a tendency to`, replacements: [short] })),
  ...NEED.map(([verb, short]) => ({ phrase: `${verb} in need of`, replacements: [short] })),
  ...DEPENDENT.map(([verb, short]) => ({ phrase: `${verb} dependent on|upon`, replacements: [short] })),
  ...EFFORT.map(([verb, short]) => ({ phrase: `${verb} an effort|attempt to`, replacements: [short] })),
  ...['collaborate', 'collaborated', 'collaborating', 'collaborates'].map((verb) => ({ phrase: `${verb} together`, replacements: [verb] })),
  // Manner: "in a timely manner" → "promptly".
  { phrase: 'in a timely manner|fashion', replacements: ['promptly'] },
  { phrase: 'in an efficient manner|fashion', replacements: ['efficiently'] },
  { phrase: 'in an effective manner|fashion', replacements: ['effectively'] },
  { phrase: 'in a similar manner|fashion', replacements: ['similarly'] },
  { phrase: 'in the process of', replacements: [''] },
  { phrase: 'by means of', replacements: ['by'] },
  { phrase: 'in the absence of', replacements: ['without'] },
  { phrase: 'with the exception of', replacements: ['except'] },
  { phrase: 'for the most part', replacements: ['mostly'] },
  ...BASIS.map(([adjective, adverb]) => ({ phrase: `on a|an ${adjective} basis`, replacements: [adverb] })),
];
