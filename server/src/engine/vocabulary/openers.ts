/**
 * Stock ways of announcing an application in the first paragraph: the line
 * every other applicant also writes. Grouped by how the announcement is made.
 */
import type { PhraseEntry } from './phraseEntry';

export interface OpenerEntry extends PhraseEntry {
  /** Stock only without a referral: "I am writing to you at Dana Kim's suggestion" opens with the referral (see `REFERRAL_WORDS`). */
  unlessReferral?: boolean;
  /**
   * The words announce nothing on their own ("I am writing because…", "I'm reaching out…"): stock
   * only when the sentence is about the job (see `JOB_WORDS`), not about the team's problem.
   */
  needsJobWord?: boolean;
}

/** "express my … interest", with the adjectives applicants put before it. */
const EXPRESS_INTEREST =
  'express|expressing|convey|conveying|register|declare|state|confirm my|our strong|keen|sincere|great|deep|genuine|profound|earnest|enthusiastic|avid? interest';

/** Feelings applicants announce their application with. */
const FEELING = 'pleased|delighted|excited|thrilled|happy|glad|eager|keen|honoured|honored|proud|enthusiastic|privileged|grateful|elated|overjoyed';

/** Adverbs put before that feeling ("truly excited"). */
const INTENSIFIER =
  'very|so|truly|really|extremely|incredibly|particularly|most|highly|deeply|genuinely|sincerely|absolutely|especially|immensely|greatly|super|ever|more|quite';

/** How an applicant leads into the announcement: a wish, or a feeling. */
const ANNOUNCING_LEADS: readonly string[] = [
  'i would|should @adverb* like to',
  'i would @adverb* love to',
  'i @adverb* wish|want|wanted|wished|intend|intended|desire|hope to',
  // "I recently graduated and am keen to apply": the subject may stand further back.
  `i? am|was @adverb* ${INTENSIFIER}? ${FEELING} to`,
];

/** What the lead announces: the application itself, not what the writer would do in the job. */
const ANNOUNCEMENTS: readonly string[] = [
  'apply for|to|as|at|on|formally',
  'submit',
  'enclose',
  'formally',
  'hereby',
  'present|offer my|myself',
  'send|forward|tender|share my|this application|candidacy|candidature|cv|resume|résumé',
  'put myself|forward',
  'put my name|candidacy|application|candidature',
  'throw my hat',
  'register|express|convey|declare|state my',
  'introduce myself',
  'be considered',
  'be applying|writing',
  'inform you of|that',
  'announce my',
];

/** Job advertisements, as applicants say they saw them. */
const ADVERT_SEEN = 'advertisement|advert|ad|posting|vacancy|listing|announcement|opening|openings|vacancies';

/** Words after "opening" or "ad" that show another meaning ("the opening talk"). */
const NOT_AN_ADVERT = [
  'of',
  'service',
  'services',
  'api',
  'data',
  'model',
  'models',
  'pipeline',
  'talk',
  'keynote',
  'session',
  'remarks',
  'ceremony',
  'act',
  'day',
  'night',
  'line',
  'scene',
  'move',
  'match',
  'game',
  'bell',
  'hoc',
  'hours',
];

/** Job advertisements, as applicants refer to them in formal openings. */
const ADVERT = 'advertisement|advert|ad|posting|vacancy|listing|announcement|opening|notice';

/** Adjectives before an advertisement ("your recent job posting"). */
const ADVERT_ADJECTIVE = 'recent|recently|job|open|online|latest|current|new|published|posted|advertised';

/** After "my name is", words that show the name is being talked about, not introduced ("my name is on the paper", "is spelt with a k"). */
const NAME_NOT_INTRODUCED: readonly string[] = [
  ...['on', 'in', 'listed', 'among', 'also', 'the', 'first', 'not', 'still', 'now', 'already'],
  ...['rarely', 'never', 'often', 'always', 'usually', 'seldom', 'sometimes'],
  ...[
    'mentioned',
    'cited',
    'printed',
    'credited',
    'associated',
    'known',
    'synonymous',
    'attached',
    'written',
    'signed',
    'spelled',
    'spelt',
    'pronounced',
  ],
];

/** Words after "caught my attention" that go on to say why, which is then the opening's news. */
const GIVES_A_REASON = ['because', 'since', 'as', 'for', 'when', 'with'];

export const GENERIC_OPENERS: readonly OpenerEntry[] = [
  // "I am writing to …", "I write in response to …"
  { phrase: 'i am writing to|regarding|concerning|because|following|you|as|further|re', unlessReferral: true, needsJobWord: true },
  { phrase: 'i am writing this|my letter|email|note|application|cover' },
  { phrase: 'i am writing with great|much|real|genuine|keen|sincere|considerable|enthusiasm|interest|excitement|reference|regard|respect|regards' },
  { phrase: `i am writing about|on the|your|this ${ADVERT_SEEN}|role|position|vacancy|job|post|opportunity|application` },
  { phrase: 'i am writing in response|reference|regard|regards|connection|relation|reply|support|hopes' },
  { phrase: 'i am writing on behalf' },
  { phrase: 'i am writing _* in|with the? hope|hopes' },
  { phrase: 'i write to apply|express|submit|inquire|enquire|introduce|offer|request|present|convey|put|register|formally' },
  { phrase: 'i write in response|reference|regard|regards|connection|relation|reply' },
  { phrase: 'i write regarding|concerning|with' },
  { phrase: 'this letter|email|note is to|my|in|an|a|written|being|intended' },
  { phrase: 'this application is for|in|to' },
  // "My attention was drawn to your advertisement for…".
  {
    phrase: `my|our attention was|has|had been? @adverb? drawn|brought|called|directed to your|the|this|a|an ${ADVERT_ADJECTIVE}? ${ADVERT_SEEN}|role|position|vacancy|opportunity|job|post`,
    notFollowedBy: NOT_AN_ADVERT,
  },
  // "I have been following your company for years": admiration in place of a reason.
  {
    phrase:
      'i have @adverb* been @adverb* following|admiring|watching your|the company|organisation|organization|firm|brand|journey|growth|success|progress',
  },
  // "Having read your job description with great interest, …".
  {
    phrase:
      'having|after|upon|on read|reading|reviewed|reviewing|studied|studying|gone|going over? your|the job|role|position description|specification|spec|requirements|profile',
    unlessReferral: true,
  },
  { phrase: 'this letter|email|note serves|comes|expresses|accompanies|constitutes|represents|aims' },
  { phrase: 'in|with|through|by|via this letter|email' },
  { phrase: 'by means of this letter|email' },
  { phrase: 'the purpose of this|my letter|email|writing' },
  // "Please find attached my CV", "Kindly accept my application"
  { phrase: 'please|kindly find|see attached|enclosed|herewith|below' },
  { phrase: 'please|kindly find|see my cv|resume|résumé|application|portfolio|curriculum|letter attached|enclosed|below|herewith' },
  { phrase: 'please|kindly find|see my? attached|enclosed cv|resume|résumé|application|portfolio|curriculum' },
  { phrase: 'enclosed|attached please|you|herewith' },
  { phrase: 'enclosed|attached is|are my' },
  { phrase: 'you will find attached|enclosed' },
  { phrase: 'please|kindly accept|consider|find|receive|review the|my? enclosed|attached' },
  { phrase: 'consider my application|candidacy|candidature|cv|resume|résumé|profile' },
  { phrase: 'consider me for' },
  { phrase: 'this is my application|cover' },
  { phrase: 'i have @adverb* attached|enclosed my|a cv|resume|résumé|curriculum|application|portfolio|cover|candidacy|candidature' },
  { phrase: 'i attach|enclose my|a cv|resume|résumé|curriculum|application|portfolio|cover|candidacy|candidature' },
  { phrase: 'i am attaching|enclosing my|a cv|resume|résumé|curriculum|application|portfolio|cover|candidacy|candidature' },
  { phrase: 'my cv|resume|résumé|application|portfolio is|are attached|enclosed' },
  { phrase: 'please|kindly accept|consider|find|receive|review this|my letter|application|candidacy|candidature|cv|resume|résumé|interest' },
  { phrase: 'kindly accept|consider|find|receive|note|review' },
  { phrase: 'accept my|this application|candidacy|candidature' },
  // "I would like to apply", "I wish to put myself forward", "I am excited to apply"
  ...ANNOUNCING_LEADS.flatMap((lead) => ANNOUNCEMENTS.map((what) => ({ phrase: `${lead} ${what}` }))),
  { phrase: EXPRESS_INTEREST },
  { phrase: 'i am @adverb* interested in applying for|as|formally' },
  { phrase: 'myself forward' },
  { phrase: 'my name|candidacy|candidature|application forward' },
  { phrase: 'put|putting|submit|submitting|present|presenting|offer|offering|propose|proposing myself as a candidate' },
  {
    phrase: 'i am submitting|sending|forwarding|enclosing|presenting|tendering my|this|an application|candidacy|candidature|cv|resume|résumé|letter',
  },
  { phrase: 'i submit|send|present|enclose|forward|tender my|this|an application|candidacy|candidature|cv|resume|résumé' },
  { phrase: 'hereby' },
  { phrase: 'herewith' },
  // "It is with great pleasure that I …"
  {
    phrase:
      'it is|was with great|much|real|genuine|sincere|immense|tremendous|deep|utmost|considerable? pleasure|enthusiasm|excitement|interest|delight|joy|eagerness|honour|honor|pride|gratitude that',
  },
  {
    phrase:
      'it is|was my pleasure|privilege|honour|honor|intention|wish to apply|submit|present|introduce|write|put|enclose|offer|express|forward|tender|send',
  },
  { phrase: 'i have the honour|honor|pleasure|privilege to|of' },
  { phrase: 'i take|am taking this opportunity to' },
  { phrase: 'i would like to take this opportunity' },
  // "I came across your posting on LinkedIn", "I was thrilled to see your vacancy"
  {
    phrase: `i @adverb* came|stumbled|happened across|upon your|the|a|an|this ${ADVERT_ADJECTIVE}? ${ADVERT_SEEN}`,
    notFollowedBy: NOT_AN_ADVERT,
    unlessReferral: true,
  },
  {
    phrase: `i @adverb* saw|found|noticed|spotted|discovered|read|encountered|viewed your|the|a|an|this ${ADVERT_ADJECTIVE}? ${ADVERT_SEEN}`,
    notFollowedBy: NOT_AN_ADVERT,
    unlessReferral: true,
  },
  {
    phrase: `i have|had @adverb* seen|found|noticed|read your|the|a|an|this ${ADVERT_ADJECTIVE}? ${ADVERT_SEEN}`,
    notFollowedBy: NOT_AN_ADVERT,
    unlessReferral: true,
  },
  {
    phrase: `${FEELING}|interested|intrigued to see|read|learn|discover|find|notice|hear|spot of|about|that? your|the|a|an|this _* ${ADVERT_SEEN}`,
    notFollowedBy: NOT_AN_ADVERT,
  },
  { phrase: `${FEELING}|interested|intrigued to see|read|learn|discover|find|notice|hear that you|your are|is hiring|recruiting|looking|seeking` },
  {
    phrase:
      'i saw|noticed|read|found|learned|learnt|heard on|via|through linkedin|indeed|glassdoor|monster|handshake|seek|reed|totaljobs|stepstone|xing|naukri|ziprecruiter|wellfound',
    unlessReferral: true,
  },
  {
    phrase: `with|in reference|regard|regards|respect|response|reply|relation|connection to your|the ${ADVERT_ADJECTIVE}? ${ADVERT}`,
    notFollowedBy: NOT_AN_ADVERT,
  },
  { phrase: `further to your|the ${ADVERT_ADJECTIVE}? ${ADVERT_SEEN}`, notFollowedBy: NOT_AN_ADVERT },
  { phrase: `following your|the ${ADVERT_ADJECTIVE}? ${ADVERT_SEEN}`, notFollowedBy: NOT_AN_ADVERT },
  { phrase: `as per your|the ${ADVERT_ADJECTIVE}? ${ADVERT_SEEN}`, notFollowedBy: NOT_AN_ADVERT },
  { phrase: `per your|the ${ADVERT_ADJECTIVE}? ${ADVERT_SEEN}`, notFollowedBy: NOT_AN_ADVERT },
  // "I am reaching out regarding …"
  { phrase: 'i am reaching out', unlessReferral: true, needsJobWord: true },
  { phrase: 'i am contacting you regarding|about|concerning|because|to|in|with|as', unlessReferral: true, needsJobWord: true },
  { phrase: 'i am getting in touch', unlessReferral: true, needsJobWord: true },
  { phrase: 'get~ in touch regarding|about|concerning' },
  { phrase: 'get~ in touch with|in regard' },
  { phrase: `respond~|reply~ to your|the ${ADVERT_ADJECTIVE}? ${ADVERT}`, notFollowedBy: NOT_AN_ADVERT },
  { phrase: `having seen|read|noticed|found|come your|the ${ADVERT_ADJECTIVE}? ${ADVERT_SEEN}`, notFollowedBy: NOT_AN_ADVERT },
  {
    phrase: `@determiner? ${ADVERT_ADJECTIVE}? ${ADVERT_SEEN}|role|position|vacancy|opportunity @adverb* caught|grabbed|piqued|captured|attracted my eye|attention|interest`,
    notFollowedBy: GIVES_A_REASON,
  },
  {
    phrase:
      'i saw|found|noticed|spotted|read the|your|a|an _* on|via linkedin|indeed|glassdoor|monster|handshake|seek|reed|totaljobs|stepstone|xing|naukri|ziprecruiter|wellfound',
    unlessReferral: true,
  },
  { phrase: `${FEELING}|interested|intrigued to see|read|learn|discover|find|notice|hear that _* is|are hiring|recruiting` },
  {
    phrase: `${FEELING}|interested|intrigued to see|read|learn|discover|find|notice|hear that _* has|have|had an|a|some ${ADVERT_ADJECTIVE}? opening|openings|vacancy|vacancies|position|role|opportunity`,
    notFollowedBy: NOT_AN_ADVERT,
  },
  {
    phrase: `made|became|become|been aware of the|your|a|an|this _* _* ${ADVERT_SEEN}|role|position|job|opportunity|post`,
    notFollowedBy: NOT_AN_ADVERT,
    unlessReferral: true,
  },
  {
    phrase: `${FEELING}|interested|intrigued to come|stumble|happen across|upon your|the|a|an|this _* ${ADVERT_SEEN}`,
    notFollowedBy: NOT_AN_ADVERT,
  },
  { phrase: 'hope|trust this letter|email|message|note finds you well|in' },
  { phrase: 'piqued my interest|curiosity' },
  {
    phrase: `learn~|hear~|heard about|of this|the|your ${ADVERT_ADJECTIVE}? ${ADVERT_SEEN}|opportunity|role|position|vacancy|job`,
    notFollowedBy: NOT_AN_ADVERT,
    unlessReferral: true,
  },
  { phrase: 'introducing myself' },
  { phrase: 'take|taking the liberty' },
  { phrase: 'it gives|give me great|much|real|particular? pleasure to' },
  { phrase: 'i have|take great|much|real|particular? pleasure in|to' },
  { phrase: 'i reach out to|regarding|about|because|with', unlessReferral: true, needsJobWord: true },
  { phrase: 'i wanted|want|would like? to reach out', unlessReferral: true, needsJobWord: true },
  // "I read with great interest your advertisement", "I was excited when I saw the Data Engineer role".
  {
    phrase: `read|reviewed|saw|noted with great|keen|much|considerable|particular? interest your|the|this ${ADVERT_ADJECTIVE}? ${ADVERT_SEEN}`,
    notFollowedBy: NOT_AN_ADVERT,
  },
  {
    phrase: `${FEELING}|interested|intrigued when|as|once i @adverb* saw|read|found|noticed|spotted|discovered|came across? your|the|a|an|this _* ${ADVERT_SEEN}|role|position|vacancy`,
    notFollowedBy: NOT_AN_ADVERT,
    unlessReferral: true,
  },
  // "Are you looking for a new graduate?"
  { phrase: 'are you looking|searching|hoping for|to' },
  { phrase: 'are you in need|search of' },
  { phrase: 'is your team|company|organisation|organization|firm looking|searching for' },
  // "My name is …", "Allow me to introduce myself"; "my name's" is a separate word to the tokenizer.
  { phrase: 'my name is', notFollowedBy: NAME_NOT_INTRODUCED },
  { phrase: 'introduce myself' },
  { phrase: "my name's", notFollowedBy: NAME_NOT_INTRODUCED },
  // "I write to you concerning the … vacancy", "I write about the role".
  { phrase: 'i write to|regarding|concerning|about|because|following|as', unlessReferral: true, needsJobWord: true },
  // The advertisement and what it did to the writer, with the job's title, however long, between:
  // "Your advertisement for a Senior Machine Learning Engineer on the Guardian site immediately caught my eye".
  {
    phrase: `@determiner? ${ADVERT_ADJECTIVE}? ${ADVERT_SEEN}|role|position|vacancy|opportunity _* _* _* _* @adverb* caught|grabbed|piqued|captured|attracted|drew|held|sparked|got my|our eye|attention|interest|notice|curiosity`,
    // "… caught my attention because it describes the queueing problem I solved": the reason is the news.
    notFollowedBy: GIVES_A_REASON,
  },
  {
    phrase: `@determiner? ${ADVERT_ADJECTIVE}? ${ADVERT_SEEN}|role|position|vacancy|opportunity _* _* _* _* @adverb* stood|jumped|leapt|leaped out to|at? me|us?`,
    notFollowedBy: GIVES_A_REASON,
  },
  {
    phrase: `@determiner? ${ADVERT_ADJECTIVE}? ${ADVERT_SEEN}|role|position|vacancy|opportunity _* _* _* _* @adverb* appealed|appeals|resonated|resonates|excited|intrigued|interested|spoke to? me|with`,
    notFollowedBy: GIVES_A_REASON,
  },
  {
    phrase: `@determiner? ${ADVERT_ADJECTIVE}? ${ADVERT_SEEN}|role|position|vacancy|opportunity _* _* _* _* @adverb* aligns|aligned|matches|matched|fits|suits|suited with? my interests|skills|background|experience|profile|goals|aspirations|passion|values`,
    notFollowedBy: GIVES_A_REASON,
  },
  // "Upon seeing your advertisement", "On reading the vacancy notice", "After finding your posting".
  {
    phrase: `upon|on|after|when|while seeing|reading|noticing|finding|viewing|spotting|discovering|coming across? your|the|a|an|this ${ADVERT_ADJECTIVE}? ${ADVERT_SEEN}`,
    notFollowedBy: NOT_AN_ADVERT,
    unlessReferral: true,
  },
  // "I noticed on your website that you are looking for a Senior Data Engineer", "I understand that your team is hiring".
  {
    phrase:
      'that you|your|the|they _? are|is|were|was @adverb* currently? looking|searching|hunting for a|an|someone|candidates|applicants|new|talented|experienced|motivated',
    // "that the team is looking for a way to cut latency" is the team's problem, not a vacancy.
    notFollowedBy: [
      'way',
      'ways',
      'solution',
      'solutions',
      'fix',
      'method',
      'better',
      'faster',
      'cheaper',
      'tool',
      'replacement',
      'vendor',
      'partner',
    ],
  },
  { phrase: 'that you|your|the|they _? are|is|were|was @adverb* currently? hiring|recruiting', needsJobWord: true },
  {
    phrase:
      'that you|your|the|they _? are|is|were|was @adverb* currently? seeking a|an|someone|candidates|applicants|new|talented|experienced|motivated',
  },
];

/** Words that show a sentence is about the job and the application. */
export const JOB_WORDS: readonly string[] = [
  'apply',
  'applying',
  'application',
  'applications',
  'candidacy',
  'candidature',
  'candidate',
  'interest',
  'interested',
  'cv',
  'resume',
  'résumé',
  'role',
  'roles',
  'position',
  'positions',
  'post',
  'job',
  'jobs',
  'vacancy',
  'vacancies',
  'opening',
  'openings',
  'posting',
  'advertisement',
  'advert',
  'ad',
  'opportunity',
  'opportunities',
  'internship',
  'placement',
  'programme',
  'program',
  'considered',
  'consideration',
  'hiring',
  'recruiting',
  'employment',
  'career',
  'join',
  'joining',
];

/** Words that name a referral: the opener then leads with a person the reader knows. */
export const REFERRAL_WORDS: readonly string[] = [
  'told',
  'advice',
  'recommend',
  'refer',
  'suggested',
  'suggestion',
  'suggest',
  'recommended',
  'recommendation',
  'referred',
  'referral',
  'introduced',
  'introduction',
  'encouraged',
  'advised',
  'urged',
];

/** "I am Kofi, a career changer…", "Myself Rahul, a graduate…", "This is Anna from Leeds": a name as the opening news. */
export const SELF_INTRODUCTION = {
  leads: ['i am', 'myself', 'this is'],
  /** Greetings that may come first in the sentence ("Hi, I'm Marco and…"); after one, "and" may follow the name too. */
  greetings: ['hi', 'hello', 'hey', 'greetings'],
  /** Not "the": "I am Nadia, the analyst whose model your COO mentioned" is who the reader already knows. */
  follow: ['a', 'an', 'from', 'currently', 'recently', 'based', 'here', 'aged', 'living', 'with', 'originally'],
};

/**
 * The bare announcement: "I am applying for the X role (at your company)."
 * Naming the role is fine when the sentence goes on to something only this
 * letter could say (a named team, a reason); alone it is the stock line.
 */
export const APPLICATION_ANNOUNCEMENT = {
  reasonWords: ['reason', 'reasons', 'because', 'why', 'since', 'after', 'therefore', 'hence'],
  /** Words that start the announcement, each followed by one of `linkers`. */
  triggers: [
    'looking',
    'searching',
    'apply',
    'applying',
    'applied',
    'interested',
    'interesting',
    'interest',
    'candidate',
    'candidacy',
    'candidature',
    'application',
  ],
  linkers: ['for', 'to', 'in'],
  /** Words that start the announcement with the job as their object ("Seeking the Junior Analyst role"), followed by one of `determiners`. */
  directTriggers: ['seeking', 'seek', 'pursuing', 'pursue', 'requesting', 'targeting'],
  determiners: ['the', 'a', 'an', 'your', 'this', 'that'],
  /** The job, as applicants name it; found within a few words of the trigger. */
  roleNouns: [
    'role',
    'roles',
    'position',
    'positions',
    'post',
    'job',
    'vacancy',
    'vacancies',
    'opening',
    'openings',
    'opportunity',
    'internship',
    'placement',
    'programme',
    'program',
    'scheme',
    'fellowship',
    'studentship',
    'traineeship',
    'apprenticeship',
  ],
  /** After the role, these words still only say where the job is or where it was seen. */
  genericTail: [
    'lab',
    'laboratory',
    'group',
    'department',
    'role',
    'roles',
    'position',
    'positions',
    'post',
    'job',
    'vacancy',
    'opening',
    'opportunity',
    'at',
    'in',
    'with',
    'within',
    'of',
    'for',
    'on',
    'via',
    'through',
    'from',
    'by',
    'as',
    'the',
    'your',
    'this',
    'that',
    'which',
    'a',
    'an',
    'my',
    'our',
    'you',
    'is',
    'was',
    'are',
    'were',
    'be',
    'i',
    'am',
    'have',
    'and',
    'recently',
    'recent',
    'currently',
    'now',
    'open',
    'available',
    'advertised',
    'posted',
    'listed',
    'published',
    'announced',
    'outlined',
    'described',
    'mentioned',
    'found',
    'seen',
    'saw',
    'noticed',
    'website',
    'site',
    'careers',
    'career',
    'page',
    'portal',
    'board',
    'advertisement',
    'advert',
    'ad',
    'posting',
    'listing',
    'company',
    'organisation',
    'organization',
    'firm',
    'institution',
    'institute',
    'university',
    'esteemed',
    'reputed',
    'reputable',
    'prestigious',
    'renowned',
    'great',
    'well',
    'known',
    'dynamic',
    'innovative',
    'leading',
    'team',
    'hereby',
    'herewith',
    'please',
    'see',
    'find',
    'attached',
    'enclosed',
    'cv',
    'resume',
    'résumé',
    // When it was seen, and its reference: "advertised last week", "(ref. 4471)".
    'last',
    'week',
    'weeks',
    'month',
    'months',
    'ago',
    'earlier',
    'yesterday',
    'today',
    'dated',
    'ref',
    'reference',
    'no',
    'number',
    'code',
    'id',
    'req',
    'requisition',
  ],
};
