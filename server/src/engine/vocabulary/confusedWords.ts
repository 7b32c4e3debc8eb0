/**
 * Real-word slips in fixed phrases: a word that is spelt right but is the wrong
 * word, where the words around it leave no doubt which one belongs ("peaked my
 * interest", "Dear Sir or Madman", "would of been"). The spelling rule cannot
 * see these. Each entry is a phrase in the phrase language (text/phrases.ts),
 * the word in it that is wrong, the word that belongs, and why in a few words.
 *
 * Noun-for-verb pairs (breath/breathe, advice/advise) are the word-form rule's, and
 * a word the dictionary does not know ("loosing") is the spelling rule's.
 *
 * Precision first: every phrase is narrowed until the other reading is ruled
 * out ("loose coupling", "peak season", "to effect change", "the might of"
 * stay silent). Where the words cannot rule it out, the pair is left out.
 */
import { FORMS_OF_BE } from './beForms';
import type { PhraseEntry } from './phraseEntry';

export interface ConfusedEntry extends PhraseEntry {
  /**
   * The wrong word as the phrase writes it: a word (`its`), alternatives
   * (`peak~|peek~`), or with `~` any of its inflections. It is found among the
   * matched words by how it is written, so "it's" is not "it is".
   */
  wrong: string;
  /** Which matching word is the wrong one when the phrase holds it twice ("thank you for you time"). */
  wrongAt?: 'first' | 'last';
  /** The word that belongs. After a `~` word, its base form: it takes the written word's ending (peaked → piqued). */
  right: string;
  /** Why, in a few plain words; the message ends with it. */
  reason: string;
  /**
   * Where the phrase counts. Left out: anywhere in the prose. `salutation`: in
   * the salutation, or opening a line. `signoff`: as a line of its own.
   * `start`: as the first words of a sentence.
   */
  where?: 'salutation' | 'signoff' | 'start';
  /**
   * What must come right after the phrase: one of these words, a figure, a past participle, a
   * lower-case word with one of these endings, or (`end`) a comma, a full stop or the sentence's end.
   */
  next?: { words?: readonly string[]; figure?: boolean; participle?: boolean; endings?: readonly string[]; end?: boolean };
  /** Words that, later in the sentence, show the other reading (“better then at X than at Y”). */
  unlessLater?: readonly string[];
  /** Words that, earlier in the sentence, show the other reading (“if it is 100 or more then…”: a condition and what follows it). */
  unlessEarlier?: readonly string[];
  /** Only in a sentence that dates what it tells in the past ("in 2021", "two years ago"). */
  pastMarker?: boolean;
  /** The words leave a little doubt: the finding informs rather than warns, and offers no fix for “Fix all” to apply unseen. */
  unsure?: boolean;
}

/** Words that may follow "than" but hardly "then" in "more … then ___". */
const THAN_OBJECTS: readonly string[] = [
  ...['a', 'an', 'the', 'any', 'anyone', 'anything', 'anybody', 'one', 'two', 'three', 'four', 'five', 'ten', 'twenty', 'fifty', 'hundred'],
  ...['half', 'double', 'twice', 'most', 'many', 'ever', 'before', 'expected', 'anticipated', 'planned', 'usual', 'required', 'needed'],
  ...['necessary', 'last', 'previous', 'my', 'our', 'your', 'their', 'his', 'her', 'its', 'those', 'these', 'i', 'we', 'you', 'they'],
  ...['he', 'she', 'average', 'budget', 'baseline', 'target', 'forecast', 'originally', 'just', 'simply', 'merely', 'what', 'others'],
  ...['competitors', 'humans', 'manual', 'people', 'in', 'writing', 'working'],
];

/** Words that open a condition, after which “then” may start what follows from it. */
const CONDITIONS: readonly string[] = ['if', 'when', 'whenever', 'once', 'unless', 'provided', 'assuming'];

/** Past participles that do not end in -ed or -en, for "would of been / known / done". */
export const IRREGULAR_PARTICIPLES: readonly string[] = [
  ...['been', 'had', 'done', 'known', 'gone', 'made', 'seen', 'got', 'gotten', 'come', 'become', 'thought', 'left', 'found', 'led'],
  ...['built', 'run', 'said', 'told', 'heard', 'lost', 'spent', 'won', 'felt', 'kept', 'meant', 'met', 'paid', 'put', 'read', 'sent'],
  ...['set', 'shown', 'sold', 'stood', 'taught', 'brought', 'bought', 'caught', 'chosen', 'drawn', 'flown', 'grown', 'held', 'cut'],
  ...['cost', 'hit', 'let', 'quit', 'shut', 'split', 'spread', 'sunk', 'struck', 'stuck', 'swung', 'dug', 'fed', 'fought', 'slept'],
];

/** Job titles after "principal" ("principal engineer", "principal data scientist"). */
const TITLES =
  'engineer|developer|architect|scientist|analyst|manager|designer|researcher|consultant|investigator|investigators|statistician|economist|officer|associate|author|owner|partner';

/** Adjectives and determiners that make "affect on" a noun: "a big affect on". */
const EFFECT_MODIFIERS =
  'positive|negative|big|huge|major|real|direct|lasting|measurable|great|profound|immediate|meaningful|tangible|noticeable|strong|significant|dramatic|material|net|large|small|clear|visible|marked|considerable|substantial|outsized|minimal|limited|little|knock|ripple';

/** Words that name what a "role" is, before it: "a key roll", "my current roll". */
const ROLE_ADJECTIVES =
  'key|leading|pivotal|crucial|central|critical|vital|important|major|significant|active|instrumental|leadership|dual|hybrid|similar|advisory|supporting|mentoring|managerial|technical|consulting|strategic|integral|essential|decisive|bigger|larger|broader|wider';

/** What often follows "roll" as a verb or a noun of its own: "roll out", "roll call", "roll of the dice". */
const ROLL_NOT_ROLE = [
  'out',
  'outs',
  'back',
  'backs',
  'up',
  'ups',
  'over',
  'forward',
  'forwards',
  'call',
  'calls',
  'off',
  'down',
  'cake',
  'cakes',
  'of',
];

/** Nouns "there" stands before when "their" was meant: "there own", "there team". */
const THEIR_NOUNS =
  'team|teams|company|companies|customers|clients|users|business|businesses|product|products|mission|goals|needs|careers|skills|expertise|platform|services|employees|staff|families|data|homes|lives|jobs|feedback|concerns|questions|expectations|managers|colleagues|website';

/** Words before "there" that make it the place or "there is": "is there data", "over there". */
const THERE_BEFORE = [
  ...FORMS_OF_BE,
  ...['isn', 'aren', 'wasn', 'weren', 'not', 'if', 'whether', 'that', 'so', 'here'],
  ...['out', 'over', 'up', 'down', 'in', 'from', 'get', 'got', 'go', 'went', 'and', 'or', 'but', 'work', 'worked', 'working', 'stay'],
  ...['stayed', 'live', 'lived', 'moved', 'there', 'then', 'where', 'both', 'all', 'since', 'time', 'years', 'months', 'once', 'when'],
];

/**
 * Verbs that take a thing as object but no clause: after them "there" cannot be a
 * place or "there is" ("rebuild there reporting"). "check", "know" and "see" take
 * clauses, so they are not here; a word that is also a noun ("after the update
 * there…") counts only in its -ed and -ing forms.
 */
const OBJECT_VERBS =
  'improve~|reduce~|validate~|optimise~|optimize~|automate~|streamline~|simplify|simplifies|simplified|simplifying|modernise~|modernize~|strengthen~|shorten~|expand~|extend~|halve~|retrain~|rebuild~|rebuilt|built|building|builds|redesign~|restructure~|migrate~|exceed~|protect~|grow~|grew|grown|lose~|lost|manage~|define~|serve~|increased|increasing|monitored|monitoring|doubled|doubling|secured|securing|trained|training|tuned|tuning|scaled|scaling|shared|sharing|used|using|changed|changing|updated|updating|raised|raising|tracked|tracking|audited|auditing|cleaned|cleaning|supported|supporting|boosted|boosting|lowered|lowering';

/**
 * Verbs after which "it's" cannot be "it is": transitive only, and only in the forms
 * that cannot open a clause of their own ("once validated it's deployed", "as the model
 * improves it's faster" and "when optimising it's best to…" are right).
 */
const ITS_VERBS =
  'validate|validates|optimise|optimises|optimize|optimizes|automate|automates|streamline|streamlines|simplify|simplifies|modernise|modernises|modernize|modernizes|halve|halves|retrain|retrains|redesign|redesigns|restructure|restructures|protect|protects|strengthen|strengthens|shorten|shortens';

/** Words before a verb of `OBJECT_VERBS` that make it a noun: “after the update it’s faster”. */
const NOUN_BEFORE: readonly string[] = [
  ...['a', 'an', 'the', 'this', 'that', 'our', 'my', 'your', 'their', 'its', 'his', 'her', 'each', 'every', 'any', 'no', 'some', 'one'],
  ...['for', 'with', 'after', 'before', 'in', 'on', 'of', 'at', 'by', 'from', 'without', 'during', 'since', 'until', 'per', 'under'],
];

/** Words that take “to” and a verb after them: “eager too learn”, “a chance too work”. */
const TAKES_TO =
  'eager|keen|able|unable|happy|excited|ready|glad|pleased|delighted|thrilled|proud|motivated|determined|want~|like|love|hope~|plan~|need~|chance|opportunity|going|try~|decide~|choose|chose|learn~|wish~|aim~|seek~|continue~|start~|began|begin|prefer~|intend~|expect~|allowed|asked|invited|encouraged|required|enabled|helped|trained|taught|order|how|where|what|when|way|time|honoured|honored|grateful|privileged|fortunate|lucky|appointed|hired|chosen|selected|tasked';

/** Verbs and nouns after "to" where "too" was typed: "eager too learn". */
const TO_VERBS =
  'learn|work|join|contribute|help|build|apply|discuss|hear|bring|meet|speak|talk|grow|support|lead|use|make|take|see|share|explore|develop|improve|create|gain|deliver|design|drive|find|get|know|start|continue|become|be|pursue|expand|study|return|receive|connect|collaborate|leverage|transition|move|pivot|present|demonstrate|showcase|offer|introduce|express';

export const CONFUSED_WORDS: readonly ConfusedEntry[] = [
  // Salutations and sign-offs.
  { phrase: 'dear? sir|sirs or|and? madman', wrong: 'madman', right: 'madam', reason: 'the form of address is “Madam”', where: 'salutation' },
  { phrase: 'dear madman', wrong: 'madman', right: 'madam', reason: 'the form of address is “Madam”', where: 'salutation' },
  { phrase: 'dear sit or|and? madam|madame', wrong: 'sit', right: 'sir', reason: 'the form of address is “Sir”', where: 'salutation' },
  { phrase: 'dear manger', wrong: 'manger', right: 'manager', reason: 'a manger is a feeding trough', where: 'salutation' },
  {
    phrase:
      'hiring|product|project|program|programme|engineering|general|account|office|store|sales|marketing|operations|branch|senior|assistant|delivery|portfolio|department|regional|district|recruiting|recruitment|talent|category|brand|finance|shift|line|my|your manger~',
    wrong: 'manger~',
    right: 'manager',
    reason: 'a manger is a feeding trough',
  },
  { phrase: 'to who it may concern', wrong: 'who', right: 'whom', reason: 'the fixed greeting is “To whom it may concern”', where: 'salutation' },
  { phrase: 'to whom it my concern', wrong: 'my', right: 'may', reason: 'the fixed greeting is “To whom it may concern”', where: 'salutation' },
  {
    phrase: 'to whom it may concerns|concerned',
    wrong: 'concerns|concerned',
    right: 'concern',
    reason: 'the fixed greeting is “To whom it may concern”',
    where: 'salutation',
  },
  {
    phrase: 'your sincerely|truly|faithfully|respectfully',
    wrong: 'your',
    right: 'yours',
    reason: 'the sign-off is “Yours sincerely”',
    where: 'signoff',
  },
  { phrase: 'sincerely|respectfully your', wrong: 'your', right: 'yours', reason: 'the sign-off is “Sincerely yours”', where: 'signoff' },
  {
    phrase: 'best|kind|kindest|warm|warmest regrets',
    wrong: 'regrets',
    right: 'regards',
    reason: 'a sign-off sends regards; regrets are apologies',
    where: 'signoff',
  },

  // Interest, hearing, thanks.
  {
    phrase: 'peak~|peek~ my|our|your|their|his|her _? interest|curiosity',
    wrong: 'peak~|peek~',
    right: 'pique',
    reason: 'to pique interest is to stir it; a peak is a high point and a peek a glance',
    notFollowedBy: ['rate', 'rates'],
  },
  {
    phrase: 'peak~|peek~ the interest|curiosity',
    wrong: 'peak~|peek~',
    right: 'pique',
    reason: 'to pique interest is to stir it; a peak is a high point and a peek a glance',
    notFollowedBy: ['rate', 'rates'],
  },
  { phrase: 'sneak peak~', wrong: 'peak~', right: 'peek', reason: 'a sneak peek is a quick look; a peak is a high point' },
  {
    phrase: 'forward|love|like|glad|happy|eager|keen|pleased|delighted|excited|hope|hoping|wait|waiting|want|wanted to here',
    wrong: 'here',
    right: 'hear',
    reason: 'you hear from someone; “here” is a place',
    next: { words: ['from', 'more', 'about', 'back', 'your', 'what', 'how', 'that', 'whether', 'if'] },
  },
  {
    phrase: 'to here from you|your|them',
    wrong: 'here',
    right: 'hear',
    reason: 'you hear from someone; “here” is a place',
  },
  { phrase: 'to here more about|of|from|on', wrong: 'here', right: 'hear', reason: 'you hear more about something; “here” is a place' },
  { phrase: 'to here back from', wrong: 'here', right: 'hear', reason: 'you hear back from someone; “here” is a place' },
  { phrase: 'hear~ form you|your|us', wrong: 'form', right: 'from', reason: 'you hear from someone' },
  { phrase: 'graduate~ form', wrong: 'form', right: 'from', reason: 'you graduate from a school' },
  {
    phrase: 'thank~ you for you time|consideration|attention|help|patience|review|interest|feedback',
    wrong: 'you',
    wrongAt: 'last',
    right: 'your',
    reason: 'the time is the reader’s: “your time”',
  },
  {
    phrase: 'righting to apply|express|inquire|enquire|introduce|share|follow',
    wrong: 'righting',
    right: 'writing',
    reason: 'you are writing a letter; righting is setting straight',
  },

  // Would of, than and then.
  {
    phrase: 'would|could|should|must of',
    wrong: 'of',
    right: 'have',
    reason: 'the modal takes “have” (“would have”, “would’ve”), which sounds like “of”',
    notPrecededBy: ['a', 'the'],
    next: { participle: true },
  },
  {
    phrase: 'might of',
    wrong: 'of',
    right: 'have',
    reason: 'the modal takes “have” (“might have”), which sounds like “of”',
    notPrecededBy: ['the', 'its', 'their', 'his', 'her', 'our', 'full', 'all', 'military', 'economic'],
    next: { participle: true },
  },
  {
    phrase:
      'more|less|fewer|better|worse|greater|higher|lower|larger|smaller|faster|slower|bigger|longer|shorter|cheaper|easier|harder|stronger|quicker|sooner|deeper|broader|wider|cleaner|safer|simpler|older|younger|newer|heavier|lighter|further|happier|busier|riskier|costlier then',
    wrong: 'then',
    right: 'than',
    reason: 'a comparison takes “than”; “then” is about time',
    unlessLater: ['than'],
    unlessEarlier: CONDITIONS,
    next: { words: THAN_OBJECTS, figure: true },
  },
  {
    phrase: 'more|less _ then',
    wrong: 'then',
    right: 'than',
    reason: 'a comparison takes “than”; “then” is about time',
    unlessLater: ['than'],
    unlessEarlier: CONDITIONS,
    next: { words: THAN_OBJECTS, figure: true },
  },
  { phrase: 'rather then', wrong: 'then', right: 'than', reason: 'the phrase is “rather than”', unlessLater: ['than'], unlessEarlier: CONDITIONS },
  {
    phrase: 'would rather _ _? _? then',
    wrong: 'then',
    right: 'than',
    reason: 'the phrase is “rather … than”',
    unsure: true,
    unlessLater: ['than'],
    unlessEarlier: CONDITIONS,
  },
  {
    phrase: 'other then',
    wrong: 'then',
    right: 'than',
    reason: '“other than” means except; “then” is about time',
    unlessLater: ['than'],
    unlessEarlier: CONDITIONS,
    notPrecededBy: ['each', 'the', 'one', 'every', 'some', 'another'],
  },
  {
    phrase: 'and than',
    wrong: 'than',
    right: 'then',
    reason: '“then” tells what came next; “than” compares',
    next: {
      words: [
        'i',
        'we',
        'they',
        'he',
        'she',
        'moved',
        'started',
        'joined',
        'went',
        'spent',
        'worked',
        'became',
        'took',
        'decided',
        'later',
        'finally',
        'eventually',
      ],
    },
  },
  { phrase: 'since|until|till than', wrong: 'than', right: 'then', reason: '“then” names a time; “than” compares' },
  {
    phrase: 'back|by than',
    wrong: 'than',
    right: 'then',
    reason: '“then” names a time; “than” compares',
    next: { words: ['i', 'we', 'they', 'he', 'she', 'it', 'the', 'there', 'my', 'our', 'nobody', 'few', 'most'] },
  },
  { phrase: 'from than on', wrong: 'than', right: 'then', reason: '“from then on” names a time; “than” compares' },

  // Its and it's, your and you're, their, there and they're, who's and whose.
  { phrase: "it's own", wrong: "it's", right: 'its', reason: '“its” is the possessive; “it’s” means “it is”' },
  {
    phrase: "of|on|with|about|to|for|in|by|from|into|through|under|within|across|behind it's",
    wrong: "it's",
    right: 'its',
    reason: 'after a preposition “its” is the possessive; “it’s” means “it is”',
  },
  {
    phrase: `${ITS_VERBS} it's`,
    wrong: "it's",
    right: 'its',
    reason: 'after a verb like this “its” is the possessive; “it’s” means “it is”',
    notPrecededBy: NOUN_BEFORE,
  },
  {
    phrase: "and it's impact|mission|products|team|customers|approach|focus|culture|commitment|values|platform|clients|users|history|role|goals",
    wrong: "it's",
    right: 'its',
    reason: '“its” is the possessive; “it’s” means “it is”',
    notFollowedBy: ['that', 'who', 'which'],
    unsure: true,
  },
  {
    phrase: 'its a|an|the|been|not|no|my|our|your|their|his|her|what|how|why|where|who|because|also|always|never|just',
    notFollowedBy: ['priori', 'posteriori', 'fortiori'],
    wrong: 'its',
    right: "it's",
    reason: '“it’s” means “it is” or “it has”; “its” is the possessive',
  },
  { phrase: 'its going to', wrong: 'its', right: "it's", reason: '“it’s” means “it is”; “its” is the possessive' },
  {
    phrase: 'your welcome',
    wrong: 'your',
    right: "you're",
    reason: '“you’re” means “you are”',
    where: 'start',
    notFollowedBy: ['email', 'pack', 'message', 'note', 'kit', 'letter', 'speech', 'gift', 'session', 'party', 'event', 'call', 'package', 'day'],
  },
  { phrase: 'your a|an|the', wrong: 'your', right: "you're", reason: '“you’re” means “you are”', notFollowedBy: ['priori', 'posteriori'] },
  { phrase: 'if|when|because|since your interested|looking|ever', wrong: 'your', right: "you're", reason: '“you’re” means “you are”' },
  { phrase: 'if|when|because|since your not|going', wrong: 'your', right: "you're", reason: '“you’re” means “you are”', notFollowedBy: ['profit'] },
  {
    phrase:
      "you're team|company|organization|organisation|reply|response|consideration|time|posting|website|mission|own|attention|application|department|lab|firm|group|platform|customers|products",
    wrong: "you're",
    right: 'your',
    reason: '“your” is the possessive; “you’re” means “you are”',
    notFollowedBy: ['player', 'players', 'lead', 'leads', 'oriented', 'focused', 'minded', 'member', 'members'],
  },
  { phrase: 'their is|are|was|were', wrong: 'their', right: 'there', reason: '“there is” says something exists; “their” is a possessive' },
  { phrase: 'there own', wrong: 'there', right: 'their', reason: '“their” is the possessive; “there” is a place' },
  {
    phrase: `there ${THEIR_NOUNS}`,
    wrong: 'there',
    right: 'their',
    reason: '“their” is the possessive; “there” is a place',
    notPrecededBy: THERE_BEFORE,
    where: 'start',
    unsure: true,
  },
  {
    phrase: `i|we|helped|help|helping|understand|understood|improve|improved|grow|grew|meet|met|support|supported|serve|served|protect|protected|manage|managed|with|for|about|of|on|to there ${THEIR_NOUNS}`,
    wrong: 'there',
    wrongAt: 'last',
    right: 'their',
    reason: '“their” is the possessive; “there” is a place',
    notFollowedBy: ['is', 'are', 'was', 'were'],
  },
  {
    phrase: `${OBJECT_VERBS} there ${THEIR_NOUNS}|reporting|dashboards|pipelines|processes|systems|tools|infrastructure|operations|strategy|analytics|forecasts|forecasting|pricing|stores|brand|models|teams|costs|margins|revenue|sales|workflows|onboarding|hiring|backlog`,
    wrong: 'there',
    wrongAt: 'last',
    right: 'their',
    reason: '“their” is the possessive; “there” is a place',
    notFollowedBy: ['is', 'are', 'was', 'were'],
    notPrecededBy: NOUN_BEFORE,
  },
  { phrase: "they're own", wrong: "they're", right: 'their', reason: '“their” is the possessive; “they’re” means “they are”' },
  {
    phrase: "who's mission|vision|values|products|goals|research|platform|customers|culture|commitment|approach",
    wrong: "who's",
    right: 'whose',
    reason: '“whose” is the possessive; “who’s” means “who is”',
  },

  // To and too, where and were, quiet and quite, apart and a part.
  {
    phrase: `${TAKES_TO} too ${TO_VERBS}`,
    wrong: 'too',
    right: 'to',
    reason: '“to” goes before a verb; “too” means “also” or “overly”',
  },
  {
    phrase: 'forward too',
    wrong: 'too',
    right: 'to',
    reason: 'you look forward to something; “too” means “also” or “overly”',
    next: {
      words: [
        'hearing',
        'working',
        'meeting',
        'speaking',
        'discussing',
        'talking',
        'joining',
        'learning',
        'connecting',
        'the',
        'your',
        'our',
        'a',
        'an',
      ],
    },
  },
  {
    phrase: 'we|they where',
    wrong: 'where',
    right: 'were',
    reason: '“were” is the verb; “where” asks about a place',
    next: {
      words: [
        'able',
        'not',
        'also',
        'asked',
        'told',
        'given',
        'tasked',
        'responsible',
        'working',
        'looking',
        'using',
        'building',
        'both',
        'all',
        'very',
        'happy',
        'glad',
        'proud',
        'already',
        'still',
        'only',
      ],
    },
  },
  {
    phrase: 'quiet a|an few|lot|bit|number|challenge|learning|journey|change|shift|leap|step|lot',
    wrong: 'quiet',
    right: 'quite',
    reason: '“quite” means “fairly”; “quiet” means “silent”',
  },
  {
    phrase: 'be|become|becoming|being|been|am|is|are apart of',
    wrong: 'apart',
    right: 'a part',
    reason: 'to be “a part of” something is to belong to it; “apart” means separate',
  },

  // Lose and loose.
  {
    phrase:
      'to|will|would|could|might|may|can|cannot|should|must|not|never|i|we|you|they loose my|our|your|their|his|her|the|a|an|any|some|this|focus|sight|track|money|weight|customers|clients|momentum|interest|time|touch|hope|faith|trust|sleep|control|talent|revenue|users|sales|staff|people|jobs|out',
    wrong: 'loose',
    right: 'lose',
    reason: 'to lose is to stop having; “loose” means not tight',
    notPrecededBy: [...FORMS_OF_BE, 'stay', 'stays', 'stayed', 'remain', 'remains', 'remained', 'get', 'got', 'cut', 'let', 'break', 'broke'],
  },
  {
    phrase: 'loose customers|clients|sales|revenue|sleep|track|sight|momentum|faith|trust|users|subscribers|shoppers|patients|members',
    wrong: 'loose',
    right: 'lose',
    reason: 'to lose is to stop having; “loose” means not tight',
    notPrecededBy: [
      'a',
      'an',
      'the',
      'very',
      'too',
      'so',
      'quite',
      'fairly',
      'more',
      'less',
      ...FORMS_OF_BE,
      'stay',
      'stays',
      'remain',
      'remains',
      'and',
      'or',
      'of',
      'with',
      'for',
      'its',
      'their',
      'our',
      'cut',
      'let',
      'set',
      'break',
    ],
  },
  { phrase: 'loosing', wrong: 'loosing', right: 'losing', reason: '“losing” is the verb “lose”; “loosing” means untying' },
  {
    phrase: 'lose coupling|coupled',
    wrong: 'lose',
    right: 'loose',
    reason: '“loose” means not tight; to lose is to stop having',
    notPrecededBy: ['not', 'never', 'to', 'will', 'would', 'could', 'might', 'may', 'can', 'we', 'i', 'they', 'you'],
  },
  { phrase: 'tie~ up @determiner? lose ends', wrong: 'lose', right: 'loose', reason: '“loose” means not tied; to lose is to stop having' },
  { phrase: 'a lose end', wrong: 'lose', right: 'loose', reason: '“at a loose end” means with nothing to do' },

  // Affect and effect.
  {
    phrase: `a|an|the|its|their|our|no|any ${EFFECT_MODIFIERS}? affect|affects on|upon`,
    wrong: 'affect|affects',
    right: 'effect',
    reason: 'the noun is “effect”; “affect” is the verb',
  },
  { phrase: 'side affects|affect', wrong: 'affects|affect', right: 'effects', reason: 'the noun is “effects”; “affect” is the verb' },
  { phrase: 'cause and affect', wrong: 'affect', right: 'effect', reason: 'the noun is “effect”; “affect” is the verb' },
  { phrase: 'take~ affect', wrong: 'affect', right: 'effect', reason: 'a change takes effect; “affect” is the verb' },
  { phrase: 'to great|good|little|no|some affect', wrong: 'affect', right: 'effect', reason: 'the noun is “effect”; “affect” is the verb' },
  {
    phrase: 'negatively|positively|adversely|severely|deeply|greatly|badly|materially|heavily effect~',
    wrong: 'effect~',
    right: 'affect',
    reason: 'to affect is to influence; to effect is to bring about',
    notFollowedBy: ['change', 'changes', 'reform', 'reforms'],
  },

  // Compliment and complement.
  {
    phrase:
      'skills|skill|skillset|skillsets|experience|experiences|background|backgrounds|expertise|strengths|strength|knowledge|abilities|profile|training|perspective|interests that|which? would|will|could|can|should|may|might? @adverb* compliment~',
    wrong: 'compliment~',
    right: 'complement',
    reason: 'to complement is to complete or suit; to compliment is to praise',
  },
  {
    phrase:
      'would|will|could|should|can|may|might @adverb* compliment~ your _? platform|product|products|stack|offering|approach|strategy|mission|portfolio|research|lab|vision|roadmap|tooling|tools|team|teams|group|department|organisation|organization|company|work|existing|current',
    wrong: 'compliment~',
    right: 'complement',
    reason: 'to complement is to complete or suit; to compliment is to praise',
    notPrecededBy: ['i', 'we', 'they', 'he', 'she', 'you', 'who', 'people', 'customers', 'clients', 'managers', 'users'],
    notFollowedBy: ['on', 'for'],
  },
  {
    phrase:
      'complimentary skills|skillsets|skill|strengths|expertise|perspectives|roles|experience|experiences|backgrounds|approaches|methods|techniques|datasets|tools|teams|abilities|knowledge|fields|disciplines|profiles|views|models',
    wrong: 'complimentary',
    right: 'complementary',
    reason: '“complementary” means completing each other; “complimentary” means praising or free',
  },
  {
    phrase: 'natural|perfect|ideal compliment to',
    wrong: 'compliment',
    right: 'complement',
    reason: 'a complement completes something; a compliment is praise',
    unsure: true,
  },
  {
    phrase: 'receive~|earn~|got|get|glowing|many|numerous complements',
    wrong: 'complements',
    right: 'compliments',
    reason: 'a compliment is praise; a complement completes something',
    notFollowedBy: ['of', 'inhibitor', 'inhibitors', 'therapy', 'system', 'proteins', 'protein', 'activation', 'factor', 'factors', 'levels'],
  },

  // Principal and principle.
  {
    phrase: `principle ${TITLES}|component|components`,
    wrong: 'principle',
    right: 'principal',
    reason: '“principal” means chief; a principle is a rule',
  },
  {
    phrase: `principle software|data|product|applied|research|program|programme|technical|ml|ai|machine|staff|solutions|cloud|security learning? ${TITLES}`,
    wrong: 'principle',
    right: 'principal',
    reason: '“principal” means chief; a principle is a rule',
  },
  {
    phrase: 'first|guiding|core|fundamental|basic|solid|scientific|statistical|mathematical|ethical|moral principal~',
    wrong: 'principal~',
    right: 'principle',
    reason: 'a principle is a rule; “principal” means chief',
    notFollowedBy: ['component', 'components', 'investigator', 'engineer', 'scientist', 'amount', 'balance', 'and', 'payments', 'payment'],
  },
  { phrase: 'design principals', wrong: 'principals', right: 'principles', reason: 'principles are rules; principals are chiefs', unsure: true },
  {
    phrase: 'principal~ of least|parsimony|locality|separation|charity|proportionality',
    wrong: 'principal~',
    right: 'principle',
    reason: 'a principle is a rule; “principal” means chief',
  },
  {
    phrase: 'the|a|this|that principal~ of',
    wrong: 'principal~',
    right: 'principle',
    reason: 'a principle is a rule or idea; a principal is a chief or a sum lent',
    next: { endings: ['tion', 'sion', 'ity', 'ness', 'ism', 'ance', 'ence', 'ency'] },
  },
  {
    phrase: 'agree~|approve~|approval|agreement|accepted in principal',
    wrong: 'principal',
    right: 'principle',
    reason: '“in principle” means as a rule; “principal” means chief',
  },

  // Weather and whether.
  { phrase: 'weather or not', wrong: 'weather', right: 'whether', reason: '“whether” introduces a choice; weather is rain and sun' },
  {
    phrase:
      'decide~|decision|determine~|wonder~|unsure|ask~|evaluate~|assess~|consider~|verify|verified|verifying|judge|question|doubt|unclear|uncertain weather',
    wrong: 'weather',
    right: 'whether',
    reason: '“whether” introduces a choice; weather is rain and sun',
    next: {
      words: ['to', 'it', 'we', 'they', 'i', 'you', 'he', 'she', 'there', 'our', 'my', 'their', 'your', 'this', 'that', 'or', 'the', 'a', 'an'],
    },
  },

  // Roll and role.
  {
    phrase: `${ROLE_ADJECTIVES} roll|rolls`,
    wrong: 'roll|rolls',
    right: 'role',
    reason: 'a role is a part played; a roll is bread or a list',
    notFollowedBy: ROLL_NOT_ROLE,
  },
  {
    phrase:
      'my|his|her|their|our|current|previous|former|new|dream|ideal|future|this roll|rolls as|at|in|with|on|involves|involved|includes|included|requires',
    wrong: 'roll|rolls',
    right: 'role',
    reason: 'a role is a part played; a roll is bread or a list',
  },
  {
    phrase: 'roll model|models|play|playing|reversal|reversals',
    wrong: 'roll',
    right: 'role',
    reason: 'a role is a part played; a roll is bread or a list',
  },
  {
    phrase: 'apply~|applying|application|candidacy|candidate|considered|considering|consideration|interested|interest for|in @determiner? _* roll',
    wrong: 'roll',
    wrongAt: 'last',
    right: 'role',
    reason: 'a role is a part played; a roll is bread or a list',
    notFollowedBy: ROLL_NOT_ROLE.filter((w) => w !== 'of'),
  },
  {
    phrase: 'role|roled out|back the|a|an|our|new|it|this|updates|changes|features|feature|release|model|models|fixes|version',
    wrong: 'role~',
    right: 'roll',
    reason: 'to roll out is to release; a role is a part played',
  },

  // Accept and except.
  {
    phrase:
      'i|we|to|will|would|gladly|happily|please|can|could|shall|should|must except~ @determiner? offer|offers|invitation|position|role|challenge|job|responsibility|feedback|criticism|terms|proposal|interview|opportunity|award|place|admission|nomination|request|apologies|application|thanks|gratitude',
    wrong: 'except~',
    right: 'accept',
    reason: 'to accept is to take; “except” means leaving out',
  },
  {
    phrase: 'i|we|to|will|would|gladly|happily|please|can|could|shall|should|must except~',
    wrong: 'except~',
    right: 'accept',
    reason: 'to accept is to take; “except” means leaving out',
    next: {
      words: [
        'a',
        'an',
        'the',
        'this',
        'that',
        'these',
        'those',
        'my',
        'our',
        'your',
        'their',
        'any',
        'all',
        'every',
        'each',
        'whatever',
        'it',
        'them',
      ],
    },
    // "to except the small stores from the rule" leaves them out: that is the verb “except”.
    unlessLater: ['from'],
  },

  // Led and lead.
  {
    phrase: 'have|has|had|having @adverb* lead',
    wrong: 'lead',
    right: 'led',
    reason: 'the past participle of “lead” is “led”',
    next: {
      words: [
        ...['a', 'an', 'the', 'my', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'several', 'many', 'multiple', 'numerous'],
        ...[
          'two',
          'three',
          'four',
          'five',
          'six',
          'seven',
          'eight',
          'nine',
          'ten',
          'dozens',
          'teams',
          'projects',
          'efforts',
          'initiatives',
          'to',
          'cross',
          'workshops',
        ],
      ],
      figure: true,
    },
  },
  {
    phrase: 'was|were|been|being lead by',
    wrong: 'lead',
    right: 'led',
    reason: 'the past participle of “lead” is “led”',
    notFollowedBy: ['default', 'example', 'choice', 'design', 'necessity', 'accident', 'nature'],
  },
  { phrase: '@writer lead', wrong: 'lead', right: 'led', reason: 'the past tense of “lead” is “led”', pastMarker: true, unsure: true },

  // Idioms with a sound-alike word.
  { phrase: 'bare with me|us', wrong: 'bare', right: 'bear', reason: 'to bear with someone is to be patient' },
  { phrase: 'bare~ in mind', wrong: 'bare~', right: 'bear', reason: 'to bear in mind is to remember' },
  { phrase: 'free reign', wrong: 'reign', right: 'rein', reason: 'the idiom is about loosened reins, not a reign', notFollowedBy: ['of'] },
  { phrase: 'all intensive purposes', wrong: 'intensive', right: 'intents', reason: 'the idiom is “for all intents and purposes”' },
  { phrase: 'case and point', wrong: 'and', right: 'in', reason: 'the idiom is “case in point”' },
  { phrase: 'one in the same', wrong: 'in', right: 'and', reason: 'the idiom is “one and the same”' },
  {
    phrase: 'deep seeded',
    wrong: 'seeded',
    right: 'seated',
    reason: 'the idiom is “deep-seated”',
    notFollowedBy: ['the', 'a', 'an', 'our', 'it', 'them', 'with', 'by'],
  },
  { phrase: 'tow~ the line', wrong: 'tow~', right: 'toe', reason: 'to toe the line is to conform' },
  { phrase: 'wet~ my|your|our|their|his|her|the appetite', wrong: 'wet~', right: 'whet', reason: 'to whet an appetite is to sharpen it' },
  { phrase: 'baited breath', wrong: 'baited', right: 'bated', reason: '“bated” means held back' },
  { phrase: 'make~ due with', wrong: 'due', right: 'do', reason: 'the idiom is “make do with”' },
  { phrase: 'lose~ site of', wrong: 'site', right: 'sight', reason: 'you lose sight of something; a site is a place' },
  { phrase: 'risk adverse', wrong: 'adverse', right: 'averse', reason: '“averse” means unwilling; “adverse” means harmful' },
  {
    phrase: 'in|over|during|for the passed year|years|decade|few|two|three|four|five|month|months|week|weeks|quarter',
    wrong: 'passed',
    right: 'past',
    reason: '“past” names a time gone by; “passed” is the verb',
  },
  {
    phrase: 'a|an natural|real|strong|genuine|creative|certain|particular? flare for',
    wrong: 'flare',
    right: 'flair',
    reason: 'a flair is a talent; a flare is a burst of light',
  },
  {
    phrase: 'to formerly apply|introduce|express|submit|request|accept|announce|thank',
    wrong: 'formerly',
    right: 'formally',
    reason: '“formally” means officially; “formerly” means in the past',
  },
  { phrase: 'office stationary', wrong: 'stationary', right: 'stationery', reason: '“stationery” is paper and pens; “stationary” means not moving' },
  {
    phrase: 'team|staff|employee|employees|office|company moral',
    wrong: 'moral',
    right: 'morale',
    reason: '“morale” is the mood of a group; a moral is a lesson',
    notFollowedBy: [
      'compass',
      'code',
      'duty',
      'obligation',
      'hazard',
      'standards',
      'values',
      'judgment',
      'judgement',
      'sense',
      'support',
      'responsibility',
      'courage',
      'character',
      'authority',
      'leadership',
      'dilemma',
      'dilemmas',
      'lesson',
      'of',
      'fibre',
      'fiber',
    ],
  },
  {
    phrase: 'boost~|lift~|raise~|improve~ @determiner? team|staff? moral',
    wrong: 'moral',
    right: 'morale',
    reason: '“morale” is the mood of a group; a moral is a lesson',
    notFollowedBy: ['compass', 'code', 'standards', 'values', 'judgment', 'judgement', 'sense', 'character', 'awareness', 'reasoning'],
  },
  {
    phrase: 'am|will|would|shall|should|can|could|do|did|must defiantly',
    wrong: 'defiantly',
    right: 'definitely',
    reason: '“definitely” means certainly; “defiantly” means in open resistance',
  },
  {
    phrase: 'i|we|to|can|could site~ @determiner? paper|papers|study|studies|source|sources|reference|references|article|articles',
    wrong: 'site~',
    right: 'cite',
    reason: 'to cite is to quote a source; a site is a place',
  },
  // More sound-alikes in the phrases letters use.
  {
    phrase:
      'from|in a|an|the|my|our|your|their|this|that|his|her business|customer|customers|user|users|technical|data|financial|management|design|product|engineering|hiring|student|global|different|broader|wider|fresh|new|outside|personal|practical|strategic|historical|legal|commercial|team|security|risk|marketing|operational|investor|manager|leadership? prospective',
    wrong: 'prospective',
    right: 'perspective',
    reason: 'a perspective is a point of view; “prospective” means likely to become',
    next: { end: true, words: ['of', 'on', 'as', 'i', 'we', 'it', 'the', 'this', 'that'] },
  },
  { phrase: 'thank~ you vary much', wrong: 'vary', right: 'very', reason: '“very” means to a high degree; to vary is to change' },
  { phrase: 'piece of mind', wrong: 'piece', right: 'peace', reason: 'the idiom is “peace of mind”' },
  {
    phrase: 'it|this|that|he|she|which|who|everyone|nobody dose not',
    wrong: 'dose',
    right: 'does',
    reason: '“does” is the verb; a dose is an amount of medicine',
  },
  {
    phrase: 'dose not',
    wrong: 'dose',
    right: 'does',
    reason: '“does” is the verb; a dose is an amount of medicine',
    notPrecededBy: [
      'a',
      'an',
      'the',
      'each',
      'any',
      'every',
      'one',
      'this',
      'that',
      'single',
      'daily',
      'weekly',
      'first',
      'second',
      'final',
      'last',
      'missed',
      'same',
      'full',
      'half',
      'high',
      'low',
      'lower',
      'higher',
      'extra',
      'booster',
      'standard',
      'initial',
      'starting',
      'maximum',
      'minimum',
    ],
    next: {
      words: [
        'scale',
        'work',
        'fit',
        'need',
        'have',
        'include',
        'support',
        'require',
        'matter',
        'hold',
        'apply',
        'change',
        'allow',
        'reflect',
        'cover',
        'meet',
        'exist',
        'seem',
        'mean',
        'always',
        'only',
        'yet',
        'just',
      ],
    },
  },
  {
    phrase:
      'vary excited|happy|keen|interested|grateful|thankful|pleased|proud|eager|passionate|glad|motivated|impressed|confident|enthusiastic|familiar|comfortable|experienced|important',
    wrong: 'vary',
    right: 'very',
    reason: '“very” means to a high degree; to vary is to change',
  },
  {
    phrase: 'i|it|there|this maybe a|an|able|useful|helpful|possible|worth|relevant|interested|the|too|of|late|new',
    wrong: 'maybe',
    right: 'may be',
    reason: 'the verb is “may be”; “maybe” means perhaps',
  },
  {
    phrase:
      'a|the|my|our|your|this knew role|job|position|challenge|team|project|opportunity|skill|skills|approach|model|system|tool|tools|chapter|direction|career|field|market|markets|product|products',
    wrong: 'knew',
    right: 'new',
    reason: '“new” means recent; “knew” is the past of “know”',
  },
  {
    phrase: 'i|we|they new that|how|what|where|when|who|it|the',
    wrong: 'new',
    right: 'knew',
    reason: '“knew” is the past of “know”; “new” means recent',
    notPrecededBy: ['series', 'phase', 'version', 'part', 'chapter', 'volume', 'act', 'world', 'grade', 'level'],
  },
  {
    phrase: 'of coarse',
    wrong: 'coarse',
    right: 'course',
    reason: 'the phrase is “of course”; “coarse” means rough',
    next: { end: true, words: ['i', 'we', 'the', 'this', 'it', 'my', 'our', 'there', 'not', 'you'] },
  },
  {
    phrase: 'have|has|had|having|gain~|gave|give~|get|got|getting|with|without|granted|grant~|full|direct|limited|no|easy excess to',
    wrong: 'excess',
    right: 'access',
    reason: '“access” is the right to use; an excess is too much',
    notFollowedBy: ['requirements', 'needs', 'demand', 'spare', 'pay'],
  },
  { phrase: 'am|is|are|was|were|be|been suppose to', wrong: 'suppose', right: 'supposed', reason: 'the phrase is “supposed to”' },
  {
    phrase: 'am|is|are|was|were|be|been|get|got|getting|become|became use to',
    wrong: 'use',
    right: 'used',
    reason: 'the phrase is “used to”, meaning accustomed to',
  },
  {
    phrase: 'waist of time|money|resources|effort|space|talent',
    wrong: 'waist',
    right: 'waste',
    reason: 'a waste is a loss; a waist is part of the body',
  },
  {
    phrase: 'we our',
    wrong: 'our',
    right: 'are',
    reason: '“are” is the verb; “our” is the possessive',
    next: {
      words: [
        'excited',
        'happy',
        'pleased',
        'proud',
        'committed',
        'looking',
        'building',
        'hiring',
        'working',
        'able',
        'not',
        'also',
        'a',
        'an',
        'the',
        'currently',
        'now',
        'still',
        'all',
        'both',
        'ready',
        'going',
        'confident',
        'delighted',
      ],
    },
  },
  {
    phrase:
      'join|joined|joining|with|for|of|on|to are team|company|customers|clients|product|products|mission|users|business|organisation|organization|platform',
    wrong: 'are',
    wrongAt: 'last',
    right: 'our',
    reason: '“our” is the possessive; “are” is the verb',
    notFollowedBy: ['player', 'players', 'members', 'member'],
  },
  {
    phrase: 'yours? respectively',
    wrong: 'respectively',
    right: 'respectfully',
    reason: '“respectfully” means with respect; “respectively” means in that order',
    where: 'signoff',
  },
  { phrase: 'am @adverb? exited', wrong: 'exited', right: 'excited', reason: '“excited” means eager; “exited” means left' },
  {
    phrase: 'so|very|really|truly|extremely|incredibly|particularly|especially|genuinely exited',
    wrong: 'exited',
    right: 'excited',
    reason: '“excited” means eager; “exited” means left',
  },
  {
    phrase:
      'to|can|will|would|could|successfully|i|we preform~ a|an|the|this|that|these|those|my|our|your|their|analysis|analyses|tests|testing|research|experiments|well|tasks|duties|maintenance|audits|checks',
    wrong: 'preform~',
    right: 'perform',
    reason: 'to perform is to carry out; a preform is a part made in advance',
  },
  {
    phrase: 'i|we fell confident|strongly|passionate|excited|that|like|sure|ready|prepared|honoured|honored|privileged|grateful',
    wrong: 'fell',
    right: 'feel',
    reason: '“feel” is the present of feel; “fell” is the past of fall',
    notFollowedBy: [
      'day',
      'week',
      'month',
      'year',
      'winter',
      'summer',
      'spring',
      'autumn',
      'morning',
      'evening',
      'night',
      'semester',
      'term',
      'time',
      'way',
      'far',
      'much',
      'badly',
      'hard',
      'short',
    ],
  },
  {
    phrase: 'respectively yours',
    wrong: 'respectively',
    right: 'respectfully',
    reason: '“respectfully” means with respect; “respectively” means in that order',
    where: 'signoff',
  },
  { phrase: 'per say', wrong: 'say', right: 'se', reason: 'the Latin phrase is “per se”' },
  { phrase: 'by in large', wrong: 'in', right: 'and', reason: 'the idiom is “by and large”' },
  { phrase: 'a|the mute point', wrong: 'mute', right: 'moot', reason: 'a moot point no longer matters; “mute” means silent' },
  { phrase: 'wreck~ havoc', wrong: 'wreck~', right: 'wreak', reason: 'to wreak havoc is to cause it' },
  { phrase: 'in|on the same vain', wrong: 'vain', right: 'vein', reason: 'the idiom is “in the same vein”' },
  { phrase: 'slight of hand', wrong: 'slight', right: 'sleight', reason: 'the idiom is “sleight of hand”' },
  { phrase: 'statue of limitations', wrong: 'statue', right: 'statute', reason: 'a statute is a law; a statue is a sculpture' },
  { phrase: 'fill~ out|in a|an|the|this|that|my|our|your from', wrong: 'from', right: 'form', reason: 'you fill in a form' },
  {
    phrase: 'since of urgency|humour|humor|ownership|purpose|responsibility|pride|community|belonging|direction|curiosity|accountability',
    wrong: 'since',
    right: 'sense',
    reason: 'a sense of urgency is a feeling; “since” is about time',
  },
  {
    phrase: 'every since',
    wrong: 'every',
    right: 'ever',
    reason: 'the phrase is “ever since”',
    next: {
      words: [
        'i',
        'we',
        'then',
        'the',
        'my',
        'our',
        'joining',
        'graduating',
        'starting',
        'moving',
        'that',
        'childhood',
        'school',
        'university',
        'college',
      ],
      figure: true,
    },
  },
  {
    phrase: 'even thought',
    wrong: 'thought',
    right: 'though',
    reason: '“even though” means despite; “thought” is the past of think',
    where: 'start',
    notFollowedBy: [
      'experiment',
      'experiments',
      'leader',
      'leaders',
      'leadership',
      'process',
      'processes',
      'pattern',
      'patterns',
      'partner',
      'partners',
    ],
  },
  {
    phrase: 'go|goes|went|gone|going|walk~|dig|digging|dug|comb~|sift~ though the|a|an|my|our|all|each|every|thousands|hundreds|dozens',
    wrong: 'though',
    right: 'through',
    reason: '“through” means from one end to the other; “though” means despite',
  },
  {
    phrase: 'flush~ out the|a|my|our|your? details|idea|ideas|concept|plan|proposal|story|outline|draft|specifics',
    wrong: 'flush~',
    right: 'flesh',
    reason: 'to flesh out is to add detail; to flush out is to drive out',
    unsure: true,
  },
];
