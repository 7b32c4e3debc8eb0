/**
 * Apologies for what the writer lacks: they point at a gap the reader had not
 * seen. A gap conceded ("although I do not have"), owned up to ("I must
 * admit"), asked pardon for ("forgive me if"), or stated on a terse line
 * ("No PhD, but…"). "I haven't used MLflow, but I built…" names a
 * comparable tool and is not matched: only "while/although" concessions and
 * the writer's own shortfalls are.
 */
import type { AnchoredEntry } from './anchoredEntry';

/** Words that open a concession. */
const LEADS = ['although', 'though', 'while', 'whilst', 'even though', 'even if', 'even', 'albeit', 'granted'];

/** What a writer's background is called when conceding it. */
const BACKGROUND =
  'background|training|degree|education|experience|expertise|research|record|career|studies|field|qualifications|work|skills|' +
  'knowledge|exposure|skillset|profile|path|journey|cv|resume|résumé|portfolio|track|publication|publications|thesis|phd|doctorate|programming|coding|statistics|maths|math|sql|python|english|' +
  'grades|marks|gpa|results|transcript';

/** What a writer has too little of: "limited production experience". */
const EXPERIENCE = 'experience|exposure|background|knowledge|skills|familiarity|expertise|training|grounding';
const EXPERIENCE_KINDS =
  'production|industry|professional|commercial|real|prior|previous|hands|practical|formal|work|cloud|deep|ml|engineering|research|' +
  'academic|direct|relevant|sufficient|enough|much|any|significant|technical|coding|programming|software|world|on|learning|data';

/** How a background is qualified when conceded: "my formal background", "my doctoral research". */
const BACKGROUND_ADJECTIVES =
  'formal|academic|professional|educational|own|doctoral|phd|prior|previous|main|publication|industry|research|practical|hands|' +
  'technical|engineering|coding|programming|work|commercial|current|undergraduate|graduate|postgraduate|production';

/** Verbs of work a writer admits never doing: "although I have never held an engineering title". */
const NEVER_DONE =
  'held|had|worked|been|shipped|deployed|used|built|managed|led|trained|taken|studied|published|done|owned|written|touched|coded|' +
  'programmed|run|launched|designed|productionised|productionized|served|maintained|operated';

/** Verbs of knowing one's own gap: "I know I don't", "I realise my experience". */
const KNOWING = 'know|realize|realise|understand|admit|acknowledge|recognise|recognize|appreciate';

/** What a gap is measured against: "I may not meet every requirement". */
const REQUIREMENTS =
  'requirement|requirements|qualification|qualifications|box|boxes|criterion|criteria|bullet|bullets|point|points|item|items|skill|skills';

/** A beginner's self-description: "I am only a junior". */
const BEGINNER =
  'junior|beginner|novice|student|newcomer|fresher|graduate|undergraduate|intern|amateur|hobbyist|entry|self|trainee|apprentice|learner|newbie';

/** Apologies for what the writer lacks: they invent a gap the reader had not seen. */
export const APOLOGIES: readonly AnchoredEntry[] = [
  // A gap introduced as a concession: "although I do not have", "while I haven't", "even though I am only".
  ...LEADS.flatMap((lead) => [
    // Not "although I do not have to sign off any more": an obligation gone, not a gap.
    { phrase: `${lead} i do|did not have|possess`, notFollowedBy: ['to'] },
    { phrase: `${lead} i lack|lacked` },
    { phrase: `${lead} i have not` },
    { phrase: `${lead} i have no` },
    { phrase: `${lead} i am only|just|new|still` },
    { phrase: `${lead} i am not a|an|yet|the|from` },
    { phrase: `${lead} i come|came|am from|coming a|an? _? _? background|field|discipline|industry|world|sector|career` },
    { phrase: `${lead} i have|had never ${NEVER_DONE}` },
    { phrase: `${lead} i have|am yet to` },
    { phrase: `${lead} i may|might` },
    { phrase: `${lead} i cannot` },
    { phrase: `${lead} i can not` },
    {
      phrase: `${lead} my ${BACKGROUND_ADJECTIVES}? ${BACKGROUND_ADJECTIVES}? ${BACKGROUND} _? _? is|was|lies|lay|has|remains|sits|comes|falls|has|are|were|does|did|may|might`,
    },
    { phrase: `${lead} my experience is limited` },
  ]),
  // "Despite my limited budget" concedes nothing about the writer: "limited" counts only before experience (below).
  { phrase: 'despite|notwithstanding of? my lack|inexperience' },
  {
    phrase: `despite|notwithstanding|given|considering|with of? my short|brief|modest|nascent|relative|thin|unconventional|junior|limited ${EXPERIENCE_KINDS}? ${EXPERIENCE_KINDS}? ${EXPERIENCE}|career`,
  },
  { phrase: 'given|considering my lack|inexperience|absence' },
  {
    phrase:
      'despite|notwithstanding|given|considering my|a non? traditional|unconventional|unusual|atypical|nontraditional|different|unrelated|nonlinear|non|winding|roundabout background|path|route|profile|career|journey|degree|field',
  },
  // Only ever toy work: "I have only ever worked on toy datasets".
  {
    phrase:
      'only|just toy|school|classroom|class|course|coursework|tutorial|hobby|practice|sample|textbook datasets|data|projects|problems|examples|exercises|assignments',
  },
  { phrase: 'toy|textbook|tutorial datasets|problems|projects|examples|exercises' },
  { phrase: 'i have|had not|never got|gained|acquired much|many|enough|any|lots|a' },
  { phrase: 'despite|notwithstanding not having|lacking|being' },
  {
    phrase:
      'even without|lacking a|an|any|formal|professional|prior|industry|commercial|relevant? degree|phd|doctorate|background|experience|qualification|qualifications|training',
  },
  // Regret before a gap: "Unfortunately, I have not had the opportunity to…".
  { phrase: 'unfortunately|regrettably|sadly i do|did|have|had|can|could|am not|never' },
  {
    phrase: `unfortunately|regrettably|sadly my _? ${BACKGROUND}|university|school|college|course|programme|program|degree|role|job|company|employer`,
  },
  { phrase: 'i have|had not|never yet? had|been given? the|an opportunity|chance|occasion to' },
  {
    phrase:
      'i have|had not|never yet? had|got much|many|any|a|enough|real|proper opportunity|opportunities|chance|chances|occasion|occasions|exposure|experience',
  },
  { phrase: 'despite|notwithstanding|although|while|though being new|relatively|fairly|only|just|still|inexperienced|junior' },
  { phrase: 'i wish i had|could|knew|was|were' },
  { phrase: 'i am afraid that? my|i' },
  { phrase: 'my lack|absence|shortage|paucity of' },
  { phrase: 'my relative? inexperience' },
  { phrase: 'my|our apologies|apology for|if|that|in' },
  { phrase: 'apologies|apology for|if|that', anchor: 'start' },
  { phrase: 'i fear|worry|suspect that? my|i' },
  { phrase: 'may|might|could|will|would fall|be short of|on' },
  { phrase: 'the first to admit|concede|confess|acknowledge' },
  { phrase: 'only|just|still at|in the start|beginning|outset|early|very of? my|stages career|journey|path' },
  // Owning up to it: "I must confess", "I'll admit upfront", "Admittedly,", "I regret that I cannot".
  { phrase: 'i must|will|should|would|have|had to? admit|confess|concede' },
  // "I admit I lack", not "I admit no model to production without…".
  { phrase: 'i admit|confess|concede that|i|my|to|it|this|there' },
  { phrase: 'admittedly' },
  { phrase: 'i regret that i cannot' },
  { phrase: 'i regret that i can|do|have not' },
  // Asking pardon: "I apologise for", "Forgive me if", "Please excuse my".
  { phrase: 'i apologise|apologize|apologised|apologized|am sorry|am apologetic' },
  { phrase: 'sorry for|if|that|about' },
  { phrase: 'forgive|excuse|pardon me|my' },
  { phrase: 'please forgive|excuse|pardon' },
  { phrase: 'overlook|excuse|forgive|pardon my|the|any limited|lack|inexperience|gaps|gap|short|brief|modest' },
  { phrase: 'look|see past my' },
  { phrase: 'bear with me' },
  // Knowing the gap: "I know I don't have", "I realise my experience is limited".
  ...[
    'i do|have|may|might|did|can not',
    'i cannot',
    'i lack',
    'i have no',
    'i am not',
    'i have yet',
    'i have never',
    'i am coming|come from a|an',
  ].flatMap((gap) => [{ phrase: `i ${KNOWING} that? ${gap}` }, { phrase: `i am aware|conscious|mindful that? ${gap}` }]),
  {
    phrase: `i am? ${KNOWING}|aware|conscious|mindful that? my ${BACKGROUND_ADJECTIVES}? background|experience|profile|cv|resume|path|skillset|qualifications|degree|training|career`,
  },
  // Not the candidate you pictured: "I may not meet every requirement", "I know I am not the typical candidate".
  {
    phrase: 'i may|might not have|meet|tick|check|fit|satisfy|match|fulfil|fulfill|be|possess|know|look|seem|yet',
    // "I might not have found the leak without…": a counterfactual, not a gap.
    notFollowedBy: [
      'found',
      'been',
      'seen',
      'known',
      'noticed',
      'caught',
      'done',
      'made',
      'got',
      'had',
      'shipped',
      'built',
      'finished',
      'managed',
      'met',
      'spotted',
    ],
  },
  { phrase: 'i may|might lack' },
  { phrase: `i do|did not meet|tick|check|satisfy|fulfil|fulfill|cover every|all|each|the|your ${REQUIREMENTS}?` },
  {
    phrase:
      'not|hardly the|a|an|your typical|traditional|usual|obvious|conventional|standard|classic|likeliest|ideal|perfect|textbook|expected candidate|applicant|hire',
  },
  {
    phrase: `i am not|hardly|far the|a|an|your|from typical|traditional|usual|obvious|conventional|standard|classic|ideal|perfect|textbook|expected`,
  },
  // What the writer does not have.
  { phrase: 'i do|did not yet? have|possess', notFollowedBy: ['to'] },
  { phrase: 'i have no professional|commercial|industry|formal|prior|real|direct|production|hands|previous|practical|degree|phd|experience' },
  { phrase: `i have|had only? limited|minimal|little|scant|modest ${EXPERIENCE_KINDS}? ${EXPERIENCE_KINDS}? ${EXPERIENCE}` },
  { phrase: 'i may|might be short|light|lacking|thin|weak|behind|less on|in|of|experienced' },
  { phrase: 'i am @adverb* short|light on' },
  { phrase: 'i perhaps|still|do|did|may|might|somewhat lack|lacked' },
  { phrase: 'i have|am yet to deploy|ship|work|use|build|lead|manage|hold|take|gain|get|put|run|publish|land|train|do|be|have|own|launch' },
  { phrase: 'my practical|professional|industry|commercial|direct|production? experience|exposure|background|knowledge is|remains|was limited' },
  { phrase: 'my hands on experience|exposure is|remains|was limited' },
  // "My exposure to production engineering has unfortunately been limited", "my knowledge of Go is still basic".
  {
    phrase:
      'my _? experience|exposure|background|knowledge|skills|familiarity|expertise|skillset|grasp _* is|are|was|were|has|have|remains|remain @adverb* been? @adverb* ' +
      'limited|modest|thin|minimal|basic|lacking|rudimentary|narrow|patchy|scant|scarce|weak|shallow',
  },
  { phrase: 'without any? industry|professional|commercial|formal|work|production|prior|hands experience' },
  { phrase: 'i do not come from a|an' },
  { phrase: 'i am not from a|an _? _? background|field|discipline' },
  { phrase: 'i am not sure|certain|convinced that? i have|am|meet|possess|qualify|fit|my' },
  { phrase: `my _? ${BACKGROUND} @auxiliary* not? @auxiliary* @adverb* enough|sufficient|adequate|insufficient|inadequate` },
  { phrase: 'it is true|fair|honest that? i do|have|am|did|had not|never|lack' },
  { phrase: 'it is|was only? true|fair|honest|right to say|admit|note|mention that? i do|have|am|did|had not|never|lack' },
  // A part of the writer's skills called weak: "my SQL is not very strong", "my statistics is rusty", "my experience with Spark is not extensive".
  { phrase: 'there may|might|will be|are some? gaps|holes|weaknesses|shortcomings' },
  { phrase: 'i am @adverb* a|an _? beginner|novice|newcomer|newbie|amateur|fresher', notFollowedBy: ['mind', 'luck'] },
  {
    phrase: `my ${BACKGROUND_ADJECTIVES}? ${BACKGROUND} is|are|may|might|could _? be? _? thinner|shorter|weaker|lighter|smaller|narrower|less|different`,
  },
  { phrase: 'aware|conscious|mindful of my own? shortcomings|limitations|gaps|gap|lack|inexperience|weaknesses|limited' },
  { phrase: 'my shortcomings|deficiencies|deficits' },
  // The writer's record as the odd one out: "My CV may not show", "my background is not typical".
  { phrase: `my ${BACKGROUND_ADJECTIVES}? ${BACKGROUND} may|might not` },
  { phrase: `my ${BACKGROUND_ADJECTIVES}? ${BACKGROUND}|application|candidacy may|might|could seem|look|appear` },
  {
    phrase: `my ${BACKGROUND_ADJECTIVES}? ${BACKGROUND} is|was not|hardly|far from? the|a? typical|traditional|conventional|standard|usual|linear|obvious`,
  },
  { phrase: 'a bit|little|somewhat|slightly rusty' },
  // The writer's rank: "I am only a junior", "I'm no expert", "I am still new to".
  { phrase: `i am only|just|merely|but|still a|an _? ${BEGINNER}` },
  { phrase: 'have|has a lot|much|plenty|lots|everything to learn' },
  { phrase: 'i have|am|had only|just|recently just|recently? started|begun|began|starting learning|studying|exploring' },
  { phrase: 'i have|am|had only|just|recently just|recently? started|begun|began|starting to learn|study|explore' },
  {
    phrase: `not a|an cs|computer|trained|formally|formal|classically|traditional|typical|software|ml|professional? ${BEGINNER}|grad|engineer|developer|programmer|scientist|expert|specialist|phd|coder`,
    anchor: 'start',
  },
  { phrase: 'no|without a? formal|relevant|university|college|cs|technical? degree|phd|doctorate|diploma', notFollowedBy: ['of'] },
  { phrase: 'only _? _? year|years|month|months of _? experience|practice|exposure' },
  { phrase: 'i am no|not|hardly|far from? an|a? expert|specialist|guru', notFollowedBy: ['at', 'on'] },
  {
    phrase: 'i am relatively|fairly|quite|still|very|pretty|completely|totally? new|inexperienced|green to|in|with|at',
    notFollowedBy: ['your', 'you'],
  },
  { phrase: 'i am @adverb* junior|inexperienced|green', notFollowedBy: ['engineers', 'analysts', 'staff', 'colleagues', 'members'] },
  { phrase: 'i am not as|so @adverb? experienced|strong|skilled|qualified|seasoned|senior as' },
  { phrase: 'i am perhaps|probably|maybe|possibly|admittedly not as|so? @adverb? experienced|strong|skilled|qualified|seasoned|senior' },
  { phrase: 'i cannot claim|boast much|many|any|a|extensive|deep|real|significant|great|substantial' },
  { phrase: 'i can not claim|boast much|many|any|a|extensive|deep|real|significant|great|substantial' },
  { phrase: 'a|an big|real|significant|considerable? step|stretch|leap|jump up? for me', notFollowedBy: ['to'] },
  { phrase: 'i @auxiliary* have|had some|a|few|many|obvious|clear|several? gaps|gap|holes|weaknesses|blind', notFollowedBy: ['in'] },
  { phrase: `gaps|gap|holes in my ${BACKGROUND_ADJECTIVES}? ${BACKGROUND}` },
  { phrase: 'i am afraid', notFollowedBy: ['of', 'to', 'that', 'my', 'i'] },
  { phrase: 'new|unfamiliar|uncharted|unknown territory|ground|terrain for|to me' },
  { phrase: 'been out|away of|from @determiner? industry|work|workforce|field|profession|tech|job|market|labour|labor' },
  { phrase: 'may|might|could raise questions|eyebrows|concerns|doubts' },
  { phrase: 'i am @adverb* learning|learn~ the ropes|basics' },
  { phrase: 'i am not @adverb* yet @adverb* experienced|familiar|confident|strong|fluent|proficient|comfortable|skilled' },
  { phrase: 'i am not @adverb* experienced|familiar|confident|strong|fluent|proficient|comfortable|skilled|versed|knowledgeable|qualified|trained' },
  { phrase: 'i am relatively|fairly|quite|still|very|pretty|completely|totally? inexperienced' },
  // A terse line that opens on the gap: "No PhD, but…", "Lack cloud experience.", "Haven't shipped a model to prod."
  {
    phrase: 'no phd|doctorate|degree|masters|master|msc|bsc|cs|formal|professional|production|industry|commercial|real|prior|previous|direct|hands',
    anchor: 'start',
  },
  // "Lack cloud experience", not "Lacking a labelled set, I wrote rules".
  { phrase: `lack|lacking|lacked ${EXPERIENCE_KINDS}? ${EXPERIENCE_KINDS}? ${EXPERIENCE}|degree|phd|doctorate`, anchor: 'start' },
  { phrase: `have|has not yet? ${NEVER_DONE}`, anchor: 'start' },
  { phrase: `not much ${EXPERIENCE_KINDS}? ${EXPERIENCE_KINDS}? ${EXPERIENCE}`, anchor: 'start' },
  { phrase: `limited|little|minimal|scant|modest ${EXPERIENCE_KINDS}? ${EXPERIENCE_KINDS}? ${EXPERIENCE}`, anchor: 'start' },
];

/**
 * Announcing a disclosure: "I should perhaps mention", "I must point out", "to
 * be honest", "in all honesty". Weak only when a gap follows (see `GAP_CUES`):
 * "I should mention that I built the model you cited" is not an apology.
 */
export const DISCLOSURES: readonly AnchoredEntry[] = [
  {
    phrase:
      'i should|must|ought|have|need|would|will|want|feel|wish perhaps|probably|also|first|just|really|maybe|now? to? mention|note|point|say|add|disclose|flag|clarify|acknowledge|admit|confess|highlight|state',
  },
  {
    phrase:
      'i should|must|ought|have|need|would|will|want|feel|wish perhaps|probably|also|first|just|really|maybe|now? to? be upfront|honest|transparent|frank|open|clear|candid|straightforward',
  },
  { phrase: 'let me be upfront|honest|transparent|frank|open|clear|candid' },
  { phrase: 'to be honest|frank|upfront|transparent|fair|candid|truthful' },
  { phrase: 'in all honesty|fairness|candour|candor' },
  { phrase: 'honestly|frankly|candidly|truthfully|granted' },
  { phrase: 'full|in the interest|interests of? disclosure|transparency|honesty' },
  { phrase: 'it is|was only? fair|right|honest|true to say|admit|note|mention|add|point' },
];

/**
 * What makes a disclosure an apology: a gap named after it, by the writer.
 * "I should perhaps mention my programming is self-taught", "To be honest,
 * I have never deployed a model".
 */
export const GAP_CUES: readonly AnchoredEntry[] = [
  { phrase: 'self taught' },
  { phrase: 'selftaught|never|not|no|nor|yet|without|lack~|only|merely' },
  {
    phrase: 'limited|little|minimal|modest|thin|rusty|basic|weak|short|shorter|thinner|lighter|weaker|narrow|shallow|patchy|junior|new|inexperienced',
  },
  { phrase: 'unconventional|different|unrelated|atypical|unusual|untraditional|nontraditional|gap|gaps|shortcoming|shortcomings|less|fewer' },
];

/** The writer in the words after a disclosure: the gap is the writer's own. */
export const WRITER_WORDS: readonly string[] = ['i', 'my', 'me', 'myself'];

/**
 * Work the writer has not done, stated bare: "I have not worked with
 * production systems". When the sentence goes on to what was done instead
 * ("I haven't used MLflow, but I built our tracking on W&B") it names a
 * comparable tool and is not an apology (see `INSTEAD_WORDS`).
 */
export const NOT_DONE: readonly AnchoredEntry[] = [
  { phrase: `i have|had not @adverb* yet? ${NEVER_DONE}` },
  { phrase: 'i did|have|had not|never studied|study|major|majored|graduate|graduated' },
  { phrase: 'i @adverb* lack|lacked' },
  { phrase: 'my _ _* could|might|should be better|stronger|deeper|broader|improved' },
  { phrase: `i have|had never @adverb* ${NEVER_DONE}` },
  {
    phrase:
      'i was|were not able to finish|complete my|the|a? _? degree|masters|master|phd|course|studies|programme|program|doctorate|thesis|bootcamp',
  },
  {
    phrase: 'i could|did not|never finish|complete my|the|a? _? degree|masters|master|phd|course|studies|programme|program|doctorate|thesis|bootcamp',
  },
];

/** Words after which a sentence says what was done instead of the gap. */
export const INSTEAD_WORDS: readonly string[] = ['but', 'however', 'instead', 'though', 'although', 'yet', 'so', 'without', 'than'];

/** A gap conceded in an aside: "my knowledge of cloud is, I admit, limited". The gap must follow at once. */
export const ASIDES: readonly AnchoredEntry[] = [{ phrase: 'is|are|was|were|remains i admit|confess|concede|grant|must' }];

/**
 * A part of the writer called weak: "my SQL is not very strong", "my
 * statistics is rusty". Not when the sentence goes on to what was done about
 * it ("my first model was not good, so I rebuilt it").
 */
export const WEAK_PARTS: readonly AnchoredEntry[] = [
  {
    phrase:
      'my _ _* is|are|was|were|remains|remain not|hardly|far @adverb* yet? from? at? a|the? professional|expert|senior|advanced|production|fluent? level|standard|strong|great|good|extensive|advanced|perfect|solid|fluent|deep|broad|wide|polished|sufficient|enough|up',
  },
  {
    phrase:
      'my _ _* is|are|was|were|remains|remain|has|have @adverb* become|got|gotten? @adverb* rusty|outdated|basic|elementary|shaky|weak|poor|lacking|patchy',
  },
];
