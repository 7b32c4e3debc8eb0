import type { PhraseEntry } from './phraseEntry';

/** Words, written as one string separated by spaces. */
const words = (list: string): string[] => list.split(' ');

/** What comes after a feeling to make it a specific plan rather than a declaration: "excited to discuss how…". */
const FEELING =
  'excited|thrilled|delighted|eager|enthusiastic|keen|elated|overjoyed|ecstatic|honoured|honored|privileged|happy|glad|pleased|passionate|grateful|thankful';
/** What a feeling is about, in the cliché: the chance itself, not anything in it. */
const THE_CHANCE = 'opportunity|opportunities|prospect|possibility|chance|role|position|job|vacancy|opening|idea|thought|offer';
/** Joining, in the cliché: "excited to join", "thrilled to be part of". */
const JOINING = 'join|apply|be|contribute|work|become|submit|bring';

/** Whose feeling it is, when it is not the writer's: "customer enthusiasm for the app". */
const OTHER_PEOPLE = words(
  "customer customers customers' user users users' investor investors market fan fans public shopper shoppers client clients their his her its team's",
);

/** After "the opportunity", words that make it a thing: "the opportunity-scoring model". */
const CHANCE_AS_THING = words('scoring score scores model models pipeline pipelines data cost costs size sizing management pipeline funnel');

/** Declarations of feeling that every applicant makes. */
export const PASSION_CLICHES: readonly PhraseEntry[] = [
  { phrase: 'passionate' },
  { phrase: 'passionately' },
  { phrase: 'passion|passions', notFollowedBy: ['fruit', 'project', 'projects', 'flower', 'play'], notPrecededBy: OTHER_PEOPLE },
  { phrase: `${FEELING} about|by|for|at|with|to @determiner? ${THE_CHANCE}`, notFollowedBy: CHANCE_AS_THING },
  { phrase: `${FEELING} to have @determiner? ${THE_CHANCE}` },
  {
    phrase: `excited|thrilled|delighted|eager|keen|enthusiastic|elated|overjoyed|ecstatic|honoured|honored|privileged to ${JOINING}`,
    notFollowedBy: ['able'],
  },
  { phrase: 'excited at the prospect' },
  { phrase: 'thrilled' },
  { phrase: 'overjoyed|elated|ecstatic' },
  // A wish declared rather than shown: "it has always been my ambition to work for…", "this role is my dream".
  { phrase: 'been my @adverb? lifelong? ambition|aspiration|dream to' },
  { phrase: 'is|be my dream|calling', notFollowedBy: words('of for about team job role company position employer career workplace come') },
  { phrase: 'love~ everything about' },
  // Not "what excites me is the feature store you wrote about", which goes on to say what.
  { phrase: 'excites|thrills me', notPrecededBy: words('what which that') },
  { phrase: 'my heart has? @adverb? been|lies|lay|belongs in|with' },
  // "How excited I am", not "how excited viewers were": the writer's own feeling.
  {
    phrase: 'how excited|thrilled|eager|passionate|enthusiastic|delighted',
    notFollowedBy: words('the they he she users customers viewers people readers fans players students clients our their his her its'),
  },
  { phrase: 'so|very|incredibly|extremely|really|truly|super|beyond|immensely|tremendously|deeply excited|thrilled|eager|enthusiastic' },
  { phrase: 'excitement|enthusiasm|eagerness for|about', notPrecededBy: OTHER_PEOPLE },
  { phrase: 'my|great|immense|tremendous|boundless|genuine|much|real|utmost|sheer enthusiasm|excitement|eagerness', notPrecededBy: OTHER_PEOPLE },
  { phrase: 'fascinated|fascination|captivated|enthralled|mesmerised|mesmerized' },
  { phrase: 'dream job|company|role|team|position|employer|career|workplace' },
  { phrase: 'my|a|lifelong|childhood dream|dreams', notFollowedBy: words('job company role team position employer career workplace come') },
  { phrase: 'it would be a|an dream|honour|honor|privilege' },
  { phrase: 'a dream come true' },
  { phrase: 'always dreamed|dreamt of' },
  { phrase: 'always wanted to work' },
  { phrase: 'i have @adverb* always wanted to work' },
  {
    phrase: 'lifelong|burning|boundless|unwavering|insatiable|profound|genuine|true|deep|keen|great|big|huge love|fascination|curiosity',
  },
  { phrase: 'life long|deep seated love|fascination|curiosity|passion|interest' },
  { phrase: 'keen|genuine|deep|burning|lifelong|profound|great|big|huge|strong interest in', notPrecededBy: ['the', 'net', 'compound'] },
  { phrase: 'my|a @adverb? love of|for' },
  {
    phrase:
      '@writer have? @adverb* love~|adore~ working|solving|learning|building|data|numbers|math|maths|puzzles|challenges|statistics|coding|programming',
  },
  { phrase: 'close|dear|near to my heart' },
  { phrase: 'big|biggest|greatest|true|lifelong|childhood dream' },
  { phrase: 'strong|burning|deep|great|genuine|sincere|earnest desire to' },
  {
    phrase:
      'very|really|extremely|highly|deeply|truly|so|most interested in @determiner? opportunity|position|role|job|vacancy|opening|company|field',
  },
  { phrase: 'live and breathe' },
  { phrase: 'always spoken|appealed to me' },
  { phrase: 'always fascinated|intrigued|captivated|excited|inspired me' },
  { phrase: 'over the moon' },
  { phrase: 'fell|fallen in love with' },
  { phrase: 'hooked on|by' },
  { phrase: 'since i was a|an child|kid|boy|girl|teenager|teen' },
  // Not "childhood obesity", a noun compound.
  {
    phrase: 'since childhood|boyhood|girlhood',
    notFollowedBy: words(
      'obesity asthma cancer cancers vaccination vaccinations poverty illness illnesses disease diseases education development mortality data records',
    ),
  },
  { phrase: 'from a|an young|early age' },
  { phrase: 'with all my heart' },
  { phrase: 'follow~ my heart|passion|dream|dreams' },
  { phrase: 'true|my calling' },
  { phrase: 'cannot wait to' },
  { phrase: 'can not wait to' },
  { phrase: 'very much interested' },
  { phrase: 'interested very much' },
  { phrase: 'gets|get|makes|make me @adverb? excited' },
  { phrase: 'fills|fill me with @determiner? joy|excitement|enthusiasm|pride' },
];

/** A trait the writer grants themselves, as an adjective: "I am meticulous", "I consider myself adaptable". */
const TRAIT_ADJECTIVES =
  'meticulous|diligent|reliable|dependable|dedicated|driven|motivated|organised|organized|adaptable|flexible|proactive|conscientious|punctual|' +
  'curious|resilient|hardworking|disciplined|persistent|tenacious|resourceful|versatile|methodical|thorough|trustworthy|honest|loyal|' +
  'enthusiastic|energetic|ambitious|determined|personable|humble|empathetic|perfectionist|multitasker|sociable|outgoing|dynamic|innovative|' +
  'responsible|committed|creative|analytical|independent|patient|intelligent|smart|talented|gifted|competent|capable|efficient';
/** Trait words that also name a job or a kind of work with an article ("an analytical chemist", "a creative director"): only without one. */
const BARE_ONLY = [
  'creative',
  'analytical',
  'independent',
  'patient',
  'responsible',
  'committed',
  'dynamic',
  'innovative',
  'competent',
  'capable',
  'efficient',
];
const WITH_ARTICLE = TRAIT_ADJECTIVES.split('|')
  .filter((w) => !BARE_ONLY.includes(w))
  .join('|');
/** After a trait, these words make it something else: "flexible on dates", "driven by data", "curious about your stack", "responsible for". */
const NOT_A_TRAIT = words('about whether how to why what if as for by on in of from that');

/** Qualities named as nouns: "known for my reliability". */
const TRAIT_NOUNS =
  'diligence|reliability|dependability|dedication|professionalism|punctuality|commitment|creativity|patience|positivity|enthusiasm|flexibility|' +
  'adaptability|thoroughness|integrity|honesty|resilience|tenacity|perseverance|attention|meticulousness|curiosity|drive|motivation|energy|versatility';
/** Praise a writer gives their own skills. */
const GOOD = 'excellent|strong|great|good|exceptional|outstanding|superb|solid|effective|proven|advanced|impeccable';
/** Kinds of skill a writer praises in themselves. */
const SKILL_KINDS =
  'analytical|problem|interpersonal|communication|organisational|organizational|leadership|people|presentation|writing|soft|listening|time|critical|teamwork|collaboration|social|negotiation';

/** After "skills", words that make it something taught or measured: "communication skills training". */
const SKILL_TEACHING = words(
  'training course courses workshop workshops programme program curriculum module gap gaps assessment assessments test tests',
);

/** After a trait noun, words that make it a thing measured or awarded: "the team player badge". */
const TRAIT_AS_DATA = words(
  'metric metrics badge badges score scores award awards label labels rating ratings category feature features tag tags flag flags',
);

/** After a trait adjective, nouns that make it a thing's quality: "a results-driven roadmap". */
const TRAIT_OF_A_THING = words(
  'roadmap roadmaps approach approaches strategy strategies culture cultures plan plans process processes design designs model models system systems ' +
    'pipeline pipelines framework frameworks metric metrics organisation organization company companies team teams review reviews audit audits check checks ' +
    'detector detectors tool tools product products policy policies budget budgets',
);

/** Qualities the writer claims instead of showing. */
export const SELF_ASSESSED_TRAITS: readonly PhraseEntry[] = [
  { phrase: 'problem solver', notFollowedBy: TRAIT_AS_DATA }, // also "problem-solver": hyphens separate words
  { phrase: 'team player', notFollowedBy: TRAIT_AS_DATA },
  { phrase: 'hard working' },
  { phrase: 'hardworking' },
  { phrase: 'hard worker' },
  { phrase: 'fast|quick|eager|rapid|lifelong|avid|keen|continuous learner' },
  { phrase: 'quick study' },
  { phrase: 'learn~ quickly|fast' },
  { phrase: 'detail oriented|orientated|focused|minded', notFollowedBy: TRAIT_OF_A_THING },
  { phrase: 'attention to detail', notPrecededBy: ['my', 'her', 'his', 'their', 'our'] },
  { phrase: 'self starter|motivated|driven|directed' },
  { phrase: 'highly motivated|driven|organised|organized' },
  { phrase: 'results driven|oriented|orientated|focused', notFollowedBy: ['by', ...TRAIT_OF_A_THING] },
  {
    phrase: 'goal|solution|solutions|people|team|customer|growth oriented|orientated|driven|focused',
    notFollowedBy: ['by', 'on', ...TRAIT_OF_A_THING],
  },
  { phrase: 'go getter' },
  { phrase: 'think~ outside the box' },
  { phrase: 'out of the box thinker' },
  { phrase: 'strategic|critical|creative|analytical|independent|lateral thinker' },
  { phrase: 'big picture thinker' },
  { phrase: 'people person' },
  {
    phrase:
      'excellent|strong|great|good|exceptional|outstanding|superb|solid|effective interpersonal|communication|analytical|organisational|organizational|leadership|people|presentation|writing|soft|listening skills',
    notFollowedBy: SKILL_TEACHING,
  },
  { phrase: 'excellent|strong|great|good|exceptional|outstanding|superb|solid|effective problem solving skills', notFollowedBy: SKILL_TEACHING },
  { phrase: 'excellent|strong|great|good|exceptional|outstanding|superb|solid|effective time management skills', notFollowedBy: SKILL_TEACHING },
  { phrase: 'excellent|strong|great|exceptional|effective|outstanding communicator' },
  { phrase: 'my|a|strong|solid|excellent|tireless|relentless|impeccable|unwavering|exceptional|great work ethic' },
  { phrase: 'dynamic individual|professional|person' },
  { phrase: 'natural|born leader' },
  { phrase: 'can do attitude' },
  { phrase: 'positive|winning attitude' },
  { phrase: 'thrive~ under pressure' },
  { phrase: 'work~ well under pressure' },
  { phrase: 'work~ well independently|alone' },
  { phrase: 'work~ well both independently|alone' },
  { phrase: 'my strengths|qualities include being' },
  { phrase: 'work~ well in a team|teams' },
  { phrase: 'go~ above and beyond' },
  { phrase: 'wear~ many hats' },
  { phrase: 'take~ @adverb? pride in my|being' },
  { phrase: 'pride myself' },
  { phrase: `for my @adverb? ${TRAIT_NOUNS}` },
  { phrase: `praise~|commend~|compliment~|admire~|value~|appreciate~ my ${TRAIT_NOUNS}` },
  { phrase: 'my greatest|biggest|main|key|best|core strength|strengths|quality|qualities|asset|assets is|are|lie|lies|include' },
  {
    phrase: `${GOOD} ${SKILL_KINDS} solving|management? and|or ${SKILL_KINDS} solving|management? skills|abilities|capabilities`,
    notFollowedBy: SKILL_TEACHING,
  },
  { phrase: `${GOOD} ${SKILL_KINDS} solving|management? abilities|capabilities`, notFollowedBy: SKILL_TEACHING },
  { phrase: 'describe~|consider~|call~|regard~|view~ myself', notFollowedBy: words('lucky fortunate blessed privileged') },
  { phrase: 'see|saw myself as' },
  { phrase: 'describe~|regard~|know~ me as' },
  { phrase: 'call~|consider~ me a|an' },
  { phrase: 'known for being' },
  { phrase: 'known as a|an @adverb? ' + WITH_ARTICLE },
  { phrase: `i am @adverb* ${TRAIT_ADJECTIVES}`, notFollowedBy: NOT_A_TRAIT },
  { phrase: `i am @adverb* a|an @adverb* ${WITH_ARTICLE}`, notFollowedBy: NOT_A_TRAIT },
  // "As a meticulous researcher, I…": the trait granted in an opening phrase, before a word for a person.
  {
    phrase: `as a|an @adverb* ${WITH_ARTICLE} engineer|researcher|analyst|scientist|developer|professional|individual|person|student|graduate|leader|manager|colleague|worker|learner|thinker|communicator|statistician|programmer`,
  },
];

/** Nouns after "candidate" that make it a thing being chosen: "the best candidate address", "an ideal candidate set". */
const CANDIDATE_THINGS = words(
  'address addresses set sets list lists pool pools generation generator generators model models answer answers document documents item items solution solutions ' +
    'pair pairs region regions gene genes drug drugs key keys passage passages match matches selection selections feature features retrieval retriever ' +
    'move moves size sizes ranking rankings scoring span spans token tokens edge edges node nodes compound compounds molecule molecules site sites ' +
    'route routes product products ad ads query queries recall count counts filter filtering entity entities label labels location locations ' +
    'explanation explanations response responses rule rules path paths plan plans action actions threshold thresholds ' +
    'profile profiles description descriptions persona personas pipeline pipelines experience screening sourcing search searches shortlist shortlists',
);
/** After "fit", words that make it a model's fit to data: "a perfect fit on the training years". */
const MODEL_FIT = words('on of between across to against');

/** After "the best person to…", verbs that make it who knows a thing rather than who should be hired. */
export const ASKED_ABOUT: readonly string[] = words('ask consult contact call email talk speak ping answer explain');

/** Who the claim is about, before it: "I am the…", "would be a…", "makes me the…". */
const ME = 'am|be|me|myself|i';
/** How good the claimed fit is. */
const BEST = 'perfect|ideal|best|right|excellent|great|natural|obvious|exceptional|strongest|top|ultimate|dream|strong|suitable|good';
/** What the writer would fit: the job, not a model's data. */
const ROLE = 'role|team|position|job|company|opening|vacancy|post|needs|requirements|organisation|organization|firm|lab|group|department|posting';

/** Claims about fit, rank or mastery that only the reader can make. */
export const OVERCLAIMS: readonly PhraseEntry[] = [
  // Fit, match and candidacy claimed for the writer: "I am the perfect fit", "makes me the ideal candidate".
  {
    phrase: `${ME} as? @determiner? @adverb? ${BEST} fit|match|candidate|applicant|choice|person|hire|addition|asset`,
    notFollowedBy: [...MODEL_FIT, ...CANDIDATE_THINGS],
  },
  // A model's fit takes "to" its data; a superlative addition to a team is still the writer's claim ("a perfect addition to your department").
  { phrase: `${ME} as? @determiner? @adverb? perfect|ideal|best|exceptional|ultimate addition|asset` },
  { phrase: `${BEST} fit|match for|to @determiner? _? ${ROLE}` },
  {
    phrase: 'perfect|ideal|best|right|strongest|top|dream|obvious|natural|ultimate|exceptional candidate|applicant',
    notFollowedBy: CANDIDATE_THINGS,
  },
  { phrase: 'most suitable|qualified|capable|deserving|competent candidate|applicant|person' },
  { phrase: 'no other candidate|applicant' },
  {
    phrase: `${ME} @adverb? uniquely|perfectly|ideally|exceptionally|supremely|eminently|singularly|remarkably|extremely|highly|best|most well? qualified|suited|positioned|placed|equipped`,
  },
  { phrase: 'uniquely qualified|positioned' },
  {
    phrase:
      'match~|meet~|fit~ @determiner? requirements|needs|criteria|expectations|description|profile|posting perfectly|exactly|precisely|completely|fully',
  },
  {
    phrase:
      'perfectly|exactly|precisely|completely|fully match~|meet~|fit~ @determiner? requirements|needs|criteria|expectations|description|profile|posting',
  },
  { phrase: 'possess~|have|bring all|every the|of? skills|skill|qualifications|qualification|qualities|attributes' },
  { phrase: 'set~ me apart' },
  { phrase: 'make~ me stand out' },
  { phrase: 'whole|complete|total|full package' },
  { phrase: `tailor|custom made|born for @determiner? _? ${ROLE}` },
  { phrase: 'are|is unparalleled|unrivaled|unrivalled|unsurpassed|peerless' },
  { phrase: 'exactly what|who you are looking for' },
  { phrase: 'exactly what|who you need|want|seek' },
  { phrase: 'exactly|precisely the _? you are after|looking|seeking' },
  { phrase: 'exactly|precisely the _? you need|want|seek' },
  { phrase: 'exactly|precisely the _ _ you need|want|seek' },
  // Claims only the reader can make, in other words: "the candidate you have been looking for", "few applicants can match…".
  { phrase: 'the candidate|applicant|person|profile you have|are|were been? looking|searching for' },
  { phrase: 'few applicants|candidates can|could @adverb? match|rival|equal my|me' },
  { phrase: 'hiring me would|will be the best|smartest|wisest|right decision|choice|investment' },
  { phrase: 'qualified|suited in every respect|way' },
  {
    phrase:
      'meet~ and exceed~ all|every of? @determiner? requirement|requirements|expectation|expectations|criteria|criterion|qualification|qualifications',
  },
  { phrase: 'everything you are looking for' },
  { phrase: 'look no further' },
  // Nobody better: "you will not find a stronger candidate", "no one is better placed".
  { phrase: 'not @adverb? find a|an|any @adverb? better|stronger|finer|more qualified? candidate|person|applicant|fit|match' },
  { phrase: 'find a|an|any @adverb? better|stronger|finer candidate|applicant|fit|match' },
  { phrase: 'find no|nobody|none applicant|candidate? better|more? suited|qualified|placed|equipped?' },
  { phrase: 'hard pressed to find' },
  { phrase: 'find anyone|someone|nobody better' },
  { phrase: 'applicant|candidate @adverb? better|more suited|qualified|placed|equipped' },
  { phrase: 'better|more suited|qualified|placed|equipped _* than me|myself' },
  { phrase: 'as completely|closely|perfectly|fully as mine|me|myself' },
  { phrase: 'no one|nobody is? better|more _? suited|qualified|placed|equipped' },
  { phrase: 'no better|stronger candidate|applicant' },
  // Mastery the writer grants themselves.
  {
    phrase: 'i am @adverb? a|an? @adverb? recognised|recognized|leading|true|world|seasoned|proven|undisputed? expert|authority|virtuoso|guru|wizard',
    notFollowedBy: words(
      'witness witnesses panel system systems reviewer reviewers review testimony user users labeller labellers labeler annotator annotators opinion evidence',
    ),
  },
  { phrase: 'as a|an @adverb? recognised|recognized|leading|true|seasoned? expert in|on|at' },
  { phrase: 'i have @adverb? mastered' },
  { phrase: 'complete|full|total|absolute mastery' },
  { phrase: 'my unparalleled|unrivaled|unrivalled|unsurpassed|unmatched|peerless|incomparable' },
  {
    phrase:
      'unparalleled|unrivaled|unrivalled|unsurpassed|unmatched|peerless expertise|skills|experience|knowledge|ability|abilities|dedication|record|talent|understanding',
  },
  { phrase: 'second to none' },
  { phrase: 'flawless|impeccable record|track|execution|skills|work|communication|attention|judgement|judgment' },
  { phrase: 'i am one of the best|strongest|brightest|finest' },
  { phrase: 'i am the best|greatest|strongest|finest', notFollowedBy: words('person choice fit candidate hire addition match applicant asset') },
  { phrase: 'i can|will? guarantee~' },
  { phrase: 'exceed~ all|every|each of? your? requirement~|expectation~|qualification~|criteria|criterion' },
  { phrase: 'meet~ and exceed~ @determiner? requirement~|expectation~|qualification~|criteria' },
  { phrase: 'tick~|check~ every|all|each of? the? box|boxes' },
  { phrase: 'i never fail|miss' },
];

/** Words that sound impressive and say nothing. */
export const BUZZWORDS: readonly PhraseEntry[] = [
  { phrase: 'cutting edge', notFollowedBy: words('of on') },
  // An unreleased build of a tool is literally at the bleeding edge.
  { phrase: 'bleeding edge', notFollowedBy: words('build builds release releases version versions nightly nightlies branch channel') },
  // Not the cost synergies of a merger, a finance term, nor drug synergy in pharmacology.
  {
    phrase: 'synergy|synergies|synergize|synergise|synergistic|synergistically',
    notPrecededBy: words(
      'cost revenue merger deal expected projected estimated realised realized annual operating drug drugs compound compounds combination dose antibiotic antibiotics',
    ),
  },
  { phrase: 'leverage', tag: 'Verb', replacements: ['use'] },
  { phrase: 'leverages', tag: 'Verb', replacements: ['uses'] },
  { phrase: 'leveraged', tag: 'Verb', replacements: ['used'] },
  { phrase: 'leveraging', tag: 'Verb', replacements: ['using'] },
  { phrase: 'world class' },
  { phrase: 'best in class' },
  { phrase: 'best of breed' },
  { phrase: 'game changer|changing|changers' },
  { phrase: 'gamechanger|gamechangers' },
  { phrase: 'proven track record' },
  { phrase: 'track record of success' },
  { phrase: 'paradigm shift' },
  { phrase: 'move~ the needle' },
  { phrase: 'thought leader|leaders|leadership' },
  { phrase: 'rockstar|rockstars|ninja|ninjas|guru|gurus' },
  { phrase: 'value add|added' },
  { phrase: 'drive~|foster~|fuel~|spark~|spur~ innovation|excellence|synergy|transformation' },
  {
    phrase: 'drive~|unlock~|deliver~|create~ value|growth|impact|success',
    notFollowedBy: words('of for by from at in per within to based added driven chain stream streams'),
  },
  { phrase: 'unlock~ @determiner? potential|insights' },
  { phrase: 'innovative mindset|thinker' },
  { phrase: 'actionable insight|insights' },
  { phrase: 'core competency|competencies|competence' },
  { phrase: 'low hanging fruit' },
  { phrase: 'circle back' },
  { phrase: 'disruptive innovation|innovations|technology|technologies|solution|solutions|ideas|force|thinking|thinker' },
  { phrase: 'disruptor|disrupter' },
  { phrase: 'revolutionise~|revolutionary' },
  { phrase: 'holistic|holistically approach|approaches|solution|solutions|mindset|perspective|thinking|thinker|manner|way' },
  { phrase: 'seamless integration|experience|experiences|solution|solutions|collaboration' },
  { phrase: 'win win' },
  { phrase: 'hit the ground running' },
  {
    phrase:
      'thrive~|flourish~|excel~ in @determiner? fast|high paced|pressure|octane environment|environments|setting|settings|team|teams|world|workplace|workplaces|role|roles|startup|startups|culture|cultures',
  },
  { phrase: 'wheelhouse' },
  { phrase: 'forward thinking' },
  { phrase: 'blue sky thinking' },
  { phrase: 'visionary' },
  { phrase: 'impactful' },
  { phrase: 'ideate|ideation' },
];

/** After "track record of", what a lender means by it: "a proven track record of repayment". */
export const TRACK_RECORD_FINANCE: readonly string[] = words(
  'repayment repayments payment payments paying credit borrowing default defaults returns dividends',
);

/** Before "cutting edge", words that make it a blade's edge: "the tool's cutting edge wears". */
export const BLADE_WORDS: readonly string[] = words(
  "its tool tool's tools blade blade's knife knife's drill drill's saw saw's insert insert's inserts cutter cutter's",
);

/** Before an overclaim, words that make it someone else choosing: "helps recruiters find the best candidate". */
export const SELECTION_VERBS: readonly string[] = words(
  'find finds finding found match matches matching rank ranks ranking surface surfaces surfacing identify identifies select selects selecting choose chooses pick picks hire hires hiring shortlist shortlists recruiters',
);

/** "Leverage" as a noun, mis-tagged, in a verb's place ("to leverage my skills"): each form and its replacement. */
export const LEVERAGE_FORMS: readonly PhraseEntry[] = [
  { phrase: 'leverage', replacements: ['use'] },
  { phrase: 'leverages', replacements: ['uses'] },
  { phrase: 'leveraged', replacements: ['used'] },
  { phrase: 'leveraging', replacements: ['using'] },
];

/** Words before "leverage" that make it a verb: "to leverage", "we leverage". */
export const VERB_CUES: readonly string[] = words('to will can could would should must might may i we they you also by');
/** Words after "leverage" that make it a verb: "leverage my skills", "leveraging modern tools". */
export const OBJECT_CUES: readonly string[] = words(
  'my our your their his her its this these those existing modern advanced emerging new latest cutting state',
);
