/**
 * Verbs and frames that hide who did the work: "contributed to the development
 * of", "was involved in", "helped build", "played a key role in". Most count
 * only after the writer as subject or at the start of a terse line (see
 * `AnchoredEntry`): "twelve nurses were involved in the labelling" is a fact,
 * and "the drift monitor played a key role in" is about a system. Helping
 * people ("I helped three juniors ship") and naming the contribution ("I
 * contributed the caching layer") are the work itself, and do not match.
 */
import type { AnchoredEntry } from './anchoredEntry';

/** Forms of "be" before a participle or adjective. */
const BE = 'am|is|are|was|were|be|been';

/** Adverbs writers put inside the frame: "was actively involved in", "contributed significantly to". */
const INSIDE_ADVERBS =
  'actively|closely|heavily|deeply|directly|also|fully|extensively|significantly|substantially|greatly|meaningfully|materially|partly|partially|mainly|primarily|largely|successfully|really';

/** What a process noun is about: the work whose owner the frame hides. */
const WORK_NOUNS =
  'development|design|implementation|creation|building|build|rollout|roll|launch|deployment|delivery|migration|adoption|architecture|' +
  'maintenance|modernisation|modernization|redesign|refactoring|refactor|construction|expansion|evolution|improvement|improvements|' +
  'optimisation|optimization|success|growth|integration|testing|evaluation|analysis|planning|establishment|setup|transformation|' +
  'automation|standardisation|standardization|overhaul|upgrade|release|research|work|effort|efforts|project|projects|initiative|' +
  'initiatives|programme|program|creation|productionisation|productionization|definition|development';

/** Adjectives a team or a process noun may carry: "a small core team", "the wider platform effort". */
const TEAM_ADJECTIVES =
  'small|core|wider|larger|large|broader|founding|engineering|data|ml|ai|research|platform|product|development|dev|analytics|science|' +
  'cross|functional|two|three|four|five|six|seven|eight|nine|ten|person|member|strong|global|central|dedicated|new|successful|company|wide';

/** Groups one can be part of without saying what one did in them. */
const GROUPS =
  'team|teams|group|squad|crew|effort|efforts|project|projects|initiative|initiatives|taskforce|task|unit|workstream|programme|program|department|lab|' +
  'consortium|collaboration|partnership|committee|launch|launches|release|releases|rollout|rollouts|migration|migrations|function|division|practice|office|' +
  'board|council|forum|guild|chapter|circle|community|working|hackathon';

/** Verbs of work after "helped (to)": "helped build", "helped to drive". */
const WORK_VERBS =
  'build|develop|design|create|implement|launch|ship|deliver|deploy|drive|shape|establish|scale|improve|maintain|run|set|automate|roll|' +
  'write|train|define|grow|architect|stand|prototype|optimize|optimise|reduce|cut|increase|bring|move|streamline|modernize|modernise|' +
  'transform|introduce|organize|organise|coordinate|produce|prepare|analyse|analyze|test|evaluate|migrate|integrate|lead|manage|refactor|' +
  'rebuild|redesign|plan|execute|oversee|make|put|get|deliver|productionize|productionise|standardize|standardise|spearhead|pilot|kick|start';

/** Adjectives of a role: "played a pivotal role in". */
const ROLE_ADJECTIVES =
  'key|instrumental|pivotal|central|major|important|significant|critical|crucial|integral|active|vital|big|small|minor|supporting|' +
  'leading|core|essential|meaningful|decisive|substantial|notable|valuable|direct|hands|fundamental|modest|humble|little|limited|useful|helpful|positive|secondary|contributing';

/** People one may assist: "assisted my professor in running experiments". */
const ASSISTED =
  'engineer|scientist|researcher|analyst|developer|professor|supervisor|advisor|adviser|manager|lead|leads|team|colleagues|seniors|senior|engineers|researchers|scientists|pi|postdoc|postdocs|department|lab|group|mentor|director';

/** Verbs and frames that hide who did the work. Replacements: most likely first. */
export const WEAK_OWNERSHIP_VERBS: readonly AnchoredEntry[] = [
  // Responsibility stated, not the work: "I was responsible for", "Responsible for data pipelines."
  { phrase: `${BE} ${INSIDE_ADVERBS}? responsible for|of`, replacements: ['owned', 'led', 'ran'], anchor: 'writer' },
  { phrase: 'responsible for|of', replacements: ['owned', 'led'], anchor: 'start' },
  { phrase: 'my|our main? responsibilities|duties included|include|includes|involved|were|consisted|comprised' },
  { phrase: 'my|our role was|is|involved|consisted|included to? support~|assist~|help~|contribute~|participate~|aid~' },
  { phrase: 'in a supporting|support|supportive|secondary|junior|assisting role' },
  // Being near the work: "was involved in", "I've been involved in", "Involved in feature store rollout."
  { phrase: `${BE} ${INSIDE_ADVERBS}? involved|involve in|into|with|on|across|throughout`, replacements: ['led', 'built'], anchor: 'writer' },
  { phrase: 'got|get|gets|getting|became|become|becoming involved @adverb? early|late? in|with|on', anchor: 'writer' },
  { phrase: 'my|our involvement in|with' },
  // Some share of it: "I had some involvement in", "I shared responsibility for", "I was given responsibility for parts of".
  { phrase: 'had|have|has|having some|a|an|minor|limited|direct|partial|active|close|indirect? involvement in|into|with', anchor: 'writer' },
  { phrase: 'share~|split|splitting responsibility|responsibilities|ownership for|of', anchor: 'writer' },
  { phrase: 'shared|joint|partial|some responsibility|ownership for|of', anchor: 'writer' },
  { phrase: `${BE} given|handed|assigned|entrusted responsibility|responsibilities for|with`, anchor: 'writer' },
  { phrase: `${BE} entrusted with`, anchor: 'writer' },
  // Placed near a group: "I was attached to the team rebuilding", "seconded to the platform group".
  {
    phrase: `${BE} attached|assigned|seconded|posted|allocated|drafted|brought|placed|added to|into|onto @determiner? _? _? ${GROUPS}`,
    anchor: 'writer',
  },
  { phrase: `${BE} of help|assistance|service|support to|in|with|on|for`, anchor: 'writer' },
  { phrase: 'gave|give|giving|gives|offered|offer|provided|provide|providing assistance|help|support with|on|in|for|during', anchor: 'writer' },
  { phrase: 'work~ in collaboration|cooperation|conjunction|partnership with others|colleagues|teammates|peers', anchor: 'writer' },
  { phrase: `${BE} ${INSIDE_ADVERBS}? engaged|included in|with|on`, anchor: 'writer' },
  { phrase: `${BE} ${INSIDE_ADVERBS}? instrumental in|to`, anchor: 'writer' },
  { phrase: `${BE} a|an key|major|active|regular|core|significant|valued? contributor|contributors to|on|in|for`, anchor: 'writer' },
  {
    phrase: 'lent|lend|lending|lends|gave|give|giving|gives|offered|offer|offering my|our? support|assistance|hand|expertise|skills to',
    anchor: 'writer',
  },
  // Idioms of helping: "pitched in on", "chipped in with", "did my bit for", "did my part in".
  { phrase: 'pitch~|chip~ in on|with|to|for|at', anchor: 'writer' },
  { phrase: 'did|do|doing|does my|our bit|part|share in|on|for|with|towards|toward', anchor: 'writer' },
  { phrase: 'lent|lend|lending|lends|gave|give|giving a hand with|in|on|to', anchor: 'writer' },
  {
    phrase: 'did|done|doing some|a|little? bit? of? support|supporting|admin|background|helper|assistant? work on|for|with|around',
    anchor: 'writer',
  },
  // Doing it with others, said as a compound: "co-developed, with a large team,", "co-led with others".
  { phrase: 'co develop~|build~|design~|create~|lead~|write~|run~|manage~|own~|deliver~ with|alongside', anchor: 'writer' },
  { phrase: 'involved in|with', anchor: 'start' },
  { phrase: `${BE} ${INSIDE_ADVERBS}? tasked|charged with`, replacements: ['owned', 'led'], anchor: 'writer' },
  // Asked to help, not to do: "I was tasked to support the data team", "entrusted to assist on".
  {
    phrase: `${BE} ${INSIDE_ADVERBS}? tasked|charged|asked|entrusted|assigned|brought|hired|engaged|expected|required on|in|aboard? to support~|assist~|help~|contribute~|participate~|aid~`,
    anchor: 'writer',
  },
  { phrase: 'act~|serve~ as a|an? support|supporting|assistant|helper|aide|backup|liaison for|to|on|in', anchor: 'writer' },
  // Staying near it: "I remained closely involved with the modelling team".
  { phrase: `remain~|stay~|kept|keep ${INSIDE_ADVERBS}? involved|engaged in|with|on|across`, anchor: 'writer' },
  { phrase: `${BE} ${INSIDE_ADVERBS}? involved|engaged|included alongside|together|jointly|along`, anchor: 'writer' },
  // Input, not work: "I provided input into the design of", "I had input on the feature selection".
  { phrase: 'provide~|give~|offer~|had|have|has|having input|inputs|feedback|suggestions|ideas into|on|to|for|towards', anchor: 'writer' },
  { phrase: 'contribute~ my|our skills|expertise|knowledge|time|experience|efforts|support|energy to|towards|toward', anchor: 'writer' },
  { phrase: 'part and parcel of' },
  { phrase: `${BE} a|an ${TEAM_ADJECTIVES}? participant|participants in|of|on|to`, anchor: 'writer' },
  // A role of support, stated: "my contribution consisted mainly of supporting the analysts".
  {
    phrase:
      'my|our contribution|contributions|role|part|involvement|duties|responsibilities _? @adverb* of|in|to? supporting|assisting|helping|aiding|participating|contributing',
  },
  { phrase: `${BE} a|an ${TEAM_ADJECTIVES}? team|group|squad|project|core member on|of|in|for|within`, anchor: 'writer' },
  { phrase: 'team|group|squad|project member on|of|in|for|within', anchor: 'start' },
  { phrase: `facilitate~ the|a|an|our|their ${TEAM_ADJECTIVES}? ${WORK_NOUNS} of|for`, anchor: 'writer' },
  // A terse line on its role: "Instrumental in the adoption of dbt."
  { phrase: 'instrumental|pivotal|integral|central in|to', anchor: 'start' },
  { phrase: `${BE} responsible to ${WORK_VERBS}`, anchor: 'writer' },
  { phrase: 'charge of assisting|helping|supporting|contributing' },
  { phrase: 'my|our contribution|contributions|part was|were|is|are @adverb* in|on|around|limited|small|minor' },
  { phrase: `${BE} exposed to`, anchor: 'writer' },
  // Helping the work, not people: "helped with", "helped build", "helped to drive".
  { phrase: 'helped|help|helps|helping out? with|on', replacements: ['built', 'led'], anchor: 'writer' },
  // Helping one's own team with a task (not mentoring: "helped three juniors ship").
  { phrase: 'help~ my|our|the team|teammates|colleagues|group|lab|seniors|supervisor|manager with|on|in', anchor: 'writer' },
  { phrase: `help~ out @determiner? _? _? ${GROUPS}|${ASSISTED} with|on|in`, anchor: 'writer' },
  { phrase: `help~ out? in @determiner? _? ${WORK_NOUNS}`, anchor: 'writer' },
  { phrase: `helped|help|helps|helping to? ${WORK_VERBS}`, anchor: 'writer' },
  { phrase: 'helped|helps|helping to', anchor: 'writer' },
  { phrase: 'assisted|assist|assists|assisting in|with|on', replacements: ['built', 'led'], anchor: 'writer' },
  { phrase: 'aid~ in|with|on', anchor: 'writer' },
  { phrase: `assist~|aid~ @determiner? _? _? ${ASSISTED} in|with|on|during|throughout|for`, anchor: 'writer' },
  { phrase: `provided|provide|providing support|assistance for|with|on|in|to the|our|a? ${WORK_NOUNS}`, anchor: 'writer' },
  { phrase: `provide~ support|assistance|help to|for @determiner? _? _? ${GROUPS}|engineers|scientists|researchers|colleagues`, anchor: 'writer' },
  // Next to the people who did it: "worked alongside senior engineers on", "under the supervision of".
  {
    phrase:
      'work~ alongside|under|beside _? _? engineers|researchers|scientists|colleagues|seniors|developers|experts|team|supervisor|supervision|mentor|guidance|direction',
    anchor: 'writer',
  },
  // With a group on its process: "worked closely with the platform team on the rollout of".
  {
    phrase: `work~|partner~|collaborate~|team~ @adverb? up? with|alongside @determiner? _? _? ${GROUPS}|engineers|researchers|scientists|colleagues|analysts|developers|others on|in the|a|an|its|their|our ${TEAM_ADJECTIVES}? ${WORK_NOUNS}`,
    anchor: 'writer',
  },
  // A share of a group's output: "worked as part of the team on", "co-authored papers as part of a consortium".
  { phrase: `work~|serve~|contribute~|collaborate~ @adverb? as a? part of @determiner? _? _? ${GROUPS}`, anchor: 'writer' },
  { phrase: `co author~|write~|publish~ @determiner? _? _? as a? part of @determiner? _? _? ${GROUPS}`, anchor: 'writer' },
  { phrase: `support~ @determiner? _? _? ${GROUPS}|engineers|scientists|researchers in|with|on`, anchor: 'writer' },
  { phrase: `supported|support|supports|supporting the|our|a|an? ${TEAM_ADJECTIVES}? ${WORK_NOUNS}`, anchor: 'writer' },
  { phrase: `support~ in|with|on|towards|toward @determiner? ${TEAM_ADJECTIVES}? ${WORK_NOUNS}`, anchor: 'writer' },
  // Someone else's process: "supported our clinic's rollout", "contributed to the team's migration".
  { phrase: `supported|support|supports|supporting the|our|my|their _ ${WORK_NOUNS}`, anchor: 'writer' },
  { phrase: `contribute~ ${INSIDE_ADVERBS}? to the|our|my|their _ ${WORK_NOUNS}`, anchor: 'writer' },
  {
    phrase: `contribute~ ${INSIDE_ADVERBS}? to several|many|various|multiple|numerous|some|a _? _? publications|papers|projects|studies|initiatives|efforts|articles|reports|products|releases|launches`,
    anchor: 'writer',
  },
  // One's work as a piece of something bigger: "My PhD work formed part of a larger effort".
  { phrase: 'formed|forms|form a? part of a|an|the larger|wider|broader|bigger|overall|joint' },
  { phrase: `form~ a? part of @determiner? _? _? ${GROUPS}`, anchor: 'writer' },
  // Taking part: "participated in", "took part in", non-native "participated to", "took part on".
  { phrase: 'participated|participate|participates|participating in|to|on', replacements: ['led', 'ran'], anchor: 'writer' },
  { phrase: 'participate~ @adverb in|to|on', anchor: 'writer' },
  { phrase: 'partook|partake|partakes|partaking in|of', anchor: 'writer' },
  { phrase: 'took|take|takes|taking|taken an? active|key|major|big|important? part in|on|to', replacements: ['led', 'ran'], anchor: 'writer' },
  // Non-native: "took participation in", "made part of the team", "worked in the project of".
  { phrase: 'took|take|taking|had|have participation in|on|to', anchor: 'writer' },
  { phrase: 'made|make|making|took|take part of', anchor: 'writer', notFollowedBy: ['my', 'his', 'her', 'their', 'it'] },
  { phrase: 'worked|work|working in|on|at the|a project|projects|team of', anchor: 'writer' },
  // Contributing to a process, not a named piece: "contributed to the development of".
  {
    phrase: `contributed|contribute|contributes|contributing ${INSIDE_ADVERBS}? to|in|towards|toward the|a|an|our|my|their|this|its? ${TEAM_ADJECTIVES}? ${WORK_NOUNS}`,
    anchor: 'writer',
  },
  { phrase: 'contributed|contributing to', anchor: 'start' },
  {
    phrase: 'made|make|makes|making significant|key|major|important|valuable|meaningful|substantial? contributions|contribution to',
    anchor: 'writer',
  },
  { phrase: `collaborate~ on|in the|a|an|our? ${TEAM_ADJECTIVES}? ${WORK_NOUNS} of`, anchor: 'writer' },
  { phrase: `collaborate~ @adverb? on|in @determiner? _? _? ${WORK_NOUNS}`, anchor: 'writer' },
  // A role, a hand, a part: "played a pivotal role in", "had a hand in".
  { phrase: `played|play|plays|playing a|an ${ROLE_ADJECTIVES}? on? role|part in`, anchor: 'writer' },
  { phrase: `had|have|has|having|held|hold a|an ${ROLE_ADJECTIVES} role in`, anchor: 'writer' },
  {
    phrase: `had|have|has|having|played|play|plays|playing a|an|my|our|some ${ROLE_ADJECTIVES}? role|part|share in`,
    anchor: 'writer',
  },
  // "took a part in the design", not "took a role in Lisbon".
  {
    phrase: `took|take|takes|taking|taken a|an|my|our|some ${ROLE_ADJECTIVES}? part|share|hand in`,
    anchor: 'writer',
  },
  {
    phrase: `took|take|takes|taking|taken on? a|an|my|our|some ${ROLE_ADJECTIVES}? role in @determiner? _? ${WORK_NOUNS}|${GROUPS}`,
    anchor: 'writer',
  },
  { phrase: 'had|have|has|having a hand in', anchor: 'writer' },
  // Being in the room: "was part of the team that", "was a member of the team", "was on the team that".
  { phrase: `${BE} ${INSIDE_ADVERBS}? a? part of @determiner? _? _? ${GROUPS}`, anchor: 'writer' },
  { phrase: `join~ @determiner _? _? team|squad|group|crew|project|effort that|which|who|behind|responsible`, anchor: 'writer' },
  { phrase: `serve~|work~|act~ as a|an ${TEAM_ADJECTIVES}? member|contributor|participant of|in|on|to`, anchor: 'writer' },
  { phrase: 'contributing|active|key|core member|contributor of|to|in', anchor: 'start' },
  {
    phrase: `${BE} one|among of? @determiner? _? _? engineers|people|developers|researchers|members|member|contributors|contributor|scientists|analysts|students|hands|minds behind|on|in|who|that|working|of|to`,
    anchor: 'writer',
  },
  {
    phrase: `${BE} a|an ${TEAM_ADJECTIVES}|contributing|active|key|valued? member|participant of|in the|a|an|our|my _? _? _? ${GROUPS}`,
    anchor: 'writer',
  },
  { phrase: `${BE} on|in the|a|an _? _? team|squad|crew|group that|which|who|behind|responsible|working|building`, anchor: 'writer' },
  { phrase: `serve~|sit~|sat on @determiner? _? _? ${GROUPS}|group|groups that|which|who|behind|responsible`, anchor: 'writer' },
  // Being given the chance: "had the opportunity to", "was given the chance to", "got to work on".
  {
    phrase: 'had|have|has|having|got|get|gets|getting the|an good? opportunity|chance|privilege|honour|honor|pleasure|fortune|luck to|of',
    anchor: 'writer',
  },
  {
    phrase: `${BE} privileged|honoured|honored|proud|pleased|delighted|glad|happy|fortunate|lucky to be|become|form|take|play? a|an? associated|involved|part|included|member|role|hand`,
    anchor: 'writer',
  },
  { phrase: `${BE} ${INSIDE_ADVERBS}? associated with @determiner? _* ${WORK_NOUNS}|${GROUPS}`, anchor: 'writer' },
  { phrase: `${BE} given|offered|afforded the|an opportunity|chance|privilege to|of`, anchor: 'writer' },
  { phrase: `${BE} lucky|fortunate enough? to work|contribute|join|be|take|participate|help|assist|support|collaborate`, anchor: 'writer' },
  { phrase: 'got|get|getting to work|contribute|participate|help|assist', anchor: 'writer' },
  // Working on a process, not doing it: "worked on the development of". A bare "worked on the fraud model" often
  // stands beside its result in strong letters, so it is left alone.
  {
    phrase: 'worked|work|working on|in the|a development|design|implementation|creation|rollout|deployment|migration|delivery|maintenance of',
    anchor: 'writer',
  },
];

/**
 * "Worked on" with nothing after it: "I have been working on the recommender
 * since 2022", "I worked on many projects". The same verb is strong when the
 * sentence goes on to say what was done or changed ("I worked on the fraud
 * model that cut chargebacks by 18%"), so the rule lets it off then (see
 * `WORK_SHOWN`). Not "worked on site", "on call", "on weekends".
 */
export const BARE_WORK_ON: readonly AnchoredEntry[] = [
  {
    phrase: 'worked|work|working|works on|upon',
    anchor: 'writer',
    // Not "on site", "on call", "on it every evening" (the thing is named before), "on one thing: …".
    notFollowedBy: [
      ...['site', 'call', 'weekends', 'weekend', 'shifts', 'shift', 'nights', 'behalf', 'top', 'time', 'board', 'your', 'you', 'myself'],
      ...['it', 'this', 'that', 'them', 'one', 'exactly', 'both'],
    ],
  },
];

/** Verbs that tell what was done, in any form: what lets "worked on" off. */
export const WORK_SHOWN: readonly AnchoredEntry[] = [
  {
    phrase:
      'build~|rebuild~|ship~|deploy~|design~|develop~|create~|migrate~|write~|rewrite~|train~|retrain~|serve~|cut~|reduce~|replace~|automate~|' +
      'scale~|launch~|implement~|port~|integrate~|refactor~|optimize~|add~|lead~|deliver~|fix~|debug~|benchmark~|tune~|publish~|own~|run~|' +
      'halve~|double~|lower~|raise~|lift~|speed~|save~|retire~|collect~|label~|clean~|prove~|find~|found|discover~|invent~|derive~|maintain~|operate~|finish~|win~|' +
      'propose~|introduce~|remove~|shrink~|increase~|improve~|beat~|outperform~|catch~|prevent~|stop~|move~|turn~|take~|bring~|get~',
  },
];

/**
 * What "worked on" may be followed by that vague-experience already reads as
 * work named only by its kind ("worked on various projects", "a variety of"):
 * one finding is enough.
 */
export const LEFT_TO_VAGUENESS: readonly AnchoredEntry[] = [
  { phrase: 'various|numerous|multiple|diverse|countless|varied|assorted|different|many|myriad|several|all|lots|plenty' },
  {
    phrase:
      'a|an wide|broad|diverse|great|large|huge|whole|rich|varied|vast? variety|range|array|host|multitude|plethora|spectrum|mix|number|lot|bunch',
  },
];

/**
 * Responsibility for people, not for work: "I am responsible for a team of six
 * engineers" states a manager's scope. These reach further than "responsible
 * for", so they win at its place, and the rule lets them off.
 */
export const MANAGING_PEOPLE: readonly AnchoredEntry[] = [
  { phrase: `${BE} ${INSIDE_ADVERBS}? responsible for|of a|an|the|my|our? team|group|staff|department|unit|squad of` },
  {
    phrase: `${BE} ${INSIDE_ADVERBS}? responsible for|of _ _? engineers|people|analysts|scientists|reports|staff|developers|researchers|hires|managers`,
  },
];

/** Words that join a second verb to the writer's frame: "I was part of the founding team and wrote the first line". */
export const AND_WORDS: readonly string[] = ['and', 'then'];

/** Words before the work the writer did: "got involved in open source by fixing a pandas bug". */
export const HOW_WORDS: readonly string[] = ['by'];

/** Words that start a clause about others, after which "and built" is theirs: "the team that built it and deployed it". */
export const RELATIVES: readonly string[] = ['that', 'which', 'who', 'whose', 'where'];

/** Words after a frame that show the writer did the work themselves: "… and wrote its backfill job myself". */
export const DONE_MYSELF: readonly string[] = ['myself', 'single-handedly', 'alone', 'solo'];
