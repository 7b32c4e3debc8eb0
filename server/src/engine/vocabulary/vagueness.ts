/**
 * Claims of experience with no object or evidence: "I have extensive
 * experience in", "familiar with", "well-versed in", "worked on a variety of
 * projects". The check lets a sentence off when it gives a figure: a claim
 * with a number behind it is evidence, not a claim.
 */
import type { AnchoredEntry } from './anchoredEntry';

/** Verbs that hold or bring experience: "I have", "I bring", "I've gained". */
const HOLD =
  'have|has|had|having|possess|possesses|possessed|possessing|bring|brings|bringing|brought|gained|gain|gains|gaining|acquired|acquire|' +
  'acquiring|accumulated|accumulate|developed|built|got|get|getting|hold|holds|offer|offers|amassed|garnered|obtained|boast|boasts|boasting|' +
  'cultivated|honed|refined|sharpened|nurtured|deepened|broadened|expanded|strengthened|grown|grew|picked|pick|picking|gathered|earned|received';

/** Verbs that come by experience, other than "have": "gained", "bring". */
const GAIN =
  'possess|possesses|possessed|possessing|bring|brings|bringing|brought|gained|gain|gains|gaining|acquired|acquire|acquiring|accumulated|' +
  'accumulate|developed|built|got|get|getting|hold|holds|offer|offers|amassed|garnered|obtained';

/** How much or what kind, said without showing it: "extensive", "hands-on", "a good deal of". */
const AMOUNT =
  'some|extensive|vast|broad|solid|practical|considerable|significant|substantial|strong|good|deep|wide|rich|ample|proven|relevant|' +
  'comprehensive|diverse|varied|prior|previous|professional|real|world|general|basic|working|thorough|demonstrable|demonstrated|much|' +
  'sound|robust|hands|on|in|depth|ranging|great|lot|lots|deal|plenty|wealth|breadth|years|of|a|an|excellent|advanced|fundamental|' +
  'range|variety|array|spectrum|multitude|host|' +
  'valuable|invaluable|big|huge|large|high|nice|wide|' +
  'firsthand|first|hand|direct|industry|technical|firm|broader|wider|deeper|plenty|tremendous|expansive|notable|' +
  'significant|reasonable|decent|fair|moderate|cross|functional|useful|theoretical|academic|analytical|mathematical|statistical|quantitative|conceptual|' +
  'well|rounded|all|round|long|longstanding|lengthy|enough|sufficient|adequate|intensive|intense|lot|lots|ample|hands|profound|intimate|detailed|expert|' +
  'specialist|specialised|specialized|versatile|multidisciplinary|interdisciplinary|domain|developed|necessary|requisite|required|right';

/** What is claimed: experience, expertise, a background. */
const CLAIM =
  'experience|experiences|expertise|exposure|grounding|proficiency|familiarity|insight|insights|practice|competence|competency|competencies|mastery|knowhow|foundation|foundations|involvement';

/** What the claim is about, without saying what was done: "in", "with", "working with". */
const ABOUT =
  'in|with|of|working|using|across|around|handling|developing|building|designing|deploying|applying|implementing|within|on|at|dealing|into|about|regarding';

/** Many of something, unnamed: "various", "a wide range of". */
const MANY = 'various|numerous|multiple|diverse|countless|varied|assorted|different|many|myriad|several';
/** The same, without the words that often count real things ("several models", "different approaches"). */
const MANY_UNNAMED = 'various|numerous|diverse|countless|varied|assorted|myriad';
const RANGE = 'variety|range|array|host|multitude|plethora|spectrum|mix|assortment|number|selection|breadth|wealth|bunch|lot|lots';
const RANGE_ADJECTIVES = 'wide|broad|diverse|great|large|huge|whole|rich|varied|vast|wider|broader';

/** Work named only by its kind: "projects", "tasks", "initiatives". */
const GENERIC_WORK =
  'projects|tasks|initiatives|responsibilities|duties|activities|aspects|things|areas|domains|technologies|tools|applications|problems|' +
  'assignments|roles|challenges|techniques|methods|methodologies|approaches|solutions|platforms|environments|settings|industries|systems|' +
  'frameworks|stacks|languages|workflows|fields|topics|subjects|contexts|engagements';

/** Adjectives generic work may carry: "impactful", "data science". */
const WORK_ADJECTIVES =
  'impactful|interesting|challenging|exciting|complex|innovative|analytical|analytics|ml|ai|data|technical|software|research|client|' +
  'engineering|machine|learning|science|real|world|cross|functional|end|to|high|impact|business|academic|personal|professional|' +
  'large|small|scale|key|important|critical|strategic|successful|modern|new|cutting|edge|related|digital';

/** People one works with: "worked with many clinicians" is a fact, not work named by its kind. */
const PEOPLE = [
  ...['patients', 'teachers', 'lawyers', 'analysts', 'scientists', 'managers', 'regulators'],
  ...['clinicians', 'doctors', 'nurses', 'people', 'teams', 'stakeholders', 'customers', 'clients', 'hospitals', 'users', 'partners'],
  ...['colleagues', 'engineers', 'researchers', 'students', 'schools', 'farmers', 'vendors', 'suppliers', 'departments', 'countries', 'languages'],
];

/** Fields a writer may call themselves good at, with nothing shown: "good at machine learning". */
const FIELDS =
  'machine|ml|ai|data|statistics|stats|python|sql|math|maths|mathematics|programming|coding|deep|nlp|analytics|modelling|modeling|' +
  'computer|software|cloud|mlops|algorithms|artificial|forecasting|visualisation|visualization|excel|r|java|c|scripting';

/** Adverbs of degree before "familiar", "versed": "thoroughly familiar", "intimately familiar". */
const DEGREE =
  'very|fairly|quite|somewhat|thoroughly|intimately|deeply|well|reasonably|fully|highly|closely|also|already|broadly|generally|extremely|' +
  'increasingly|relatively|pretty|now|still|particularly|especially|sufficiently|more|most|rather';

/** Vague claims of experience that name nothing built or shipped. */
export const VAGUE_EXPERIENCE: readonly AnchoredEntry[] = [
  // Holding experience: "I have extensive experience in", "I've had considerable experience with", "I possess a good deal of experience in".
  {
    phrase: `${HOLD} had|up? my|our? ${AMOUNT}? ${AMOUNT}? ${AMOUNT}? ${AMOUNT}? ${CLAIM} ${ABOUT}`,
    anchor: 'writer',
    // "experience of one thing that matters here: …" names it.
    notFollowedBy: ['one', 'exactly', 'precisely', 'your', 'you'],
  },
  {
    phrase: `${HOLD} had|up? my|our? ${AMOUNT}? ${AMOUNT}? ${AMOUNT}? knowledge|understanding|grasp|command|background|skills of|in|with|about|on|across`,
    anchor: 'writer',
    // "a deep understanding of why the launch failed", "of your checkout problem": a thing known, not a field.
    notFollowedBy: ['your', 'you', 'why', 'how', 'what', 'where', 'when', 'whether', 'which', 'who'],
  },
  // Experience a place gave or a background holds: "My postdoc provided experience with", "My background includes experience in".
  { phrase: `provided|provides|gave|gives|offered|offers|afforded|affords me? ${AMOUNT}? ${AMOUNT}? ${CLAIM} ${ABOUT}` },
  { phrase: `includes|included|including|spans|spanned|covers|covered|encompasses ${AMOUNT}? ${AMOUNT}? ${CLAIM} ${ABOUT}` },
  // A terse line: "Experience with NLP and CV.", "Some experience in forecasting."
  { phrase: `${AMOUNT}? ${AMOUNT}? ${AMOUNT}? ${CLAIM}|knowledge|understanding|grasp|command ${ABOUT}`, anchor: 'start' },
  { phrase: 'experience working with' },
  { phrase: `equipped|armed|furnished|left me with ${AMOUNT}? ${AMOUNT}? ${AMOUNT}? ${CLAIM}|knowledge|skills|understanding ${ABOUT}` },
  // An amount of experience held, with nothing after: "I gained lots of practical experience during my studies".
  {
    phrase: `${HOLD} had|up? ${AMOUNT} ${AMOUNT}? ${AMOUNT}? experience|experiences|expertise|grounding|proficiency`,
    anchor: 'writer',
    notFollowedBy: ['that', 'which', 'when', 'where'],
  },
  { phrase: `done|did|doing|completed|undertaken|undertook ${MANY} _? _? projects|tasks|assignments`, anchor: 'writer' },
  {
    phrase:
      'extensive|strong|solid|broad|deep|good|diverse|robust|sound|rich|thorough|varied|wide|firm|technical background|grounding|foundation in|with',
    anchor: 'start',
  },
  { phrase: `in possession of ${AMOUNT}? ${AMOUNT}? ${AMOUNT}? ${CLAIM}|knowledge|skills ${ABOUT}` },
  { phrase: 'many|several|multiple|various|numerous|all aspects|facets of' },
  // Exposure claimed, not a risk measured: "some exposure to MLOps", not "the exposure to market risk".
  {
    phrase:
      'my|some|broad|wide|wider|broader|extensive|considerable|significant|good|solid|early|practical|direct|hands|plenty|lots|constant|regular|' +
      'deep|valuable|great|strong|ample|real|daily|additional|further|initial|basic exposure to',
  },
  // "I have (some) exposure to": the auxiliary-like "have" stays outside the span; "I gained broad exposure to" keeps its verb.
  { phrase: `${AMOUNT}? ${AMOUNT}? ${AMOUNT}? exposure to`, anchor: 'writer' },
  { phrase: `${GAIN} up? ${AMOUNT}? ${AMOUNT}? ${AMOUNT}? exposure to`, anchor: 'writer' },
  { phrase: 'exposure to', anchor: 'start' },
  { phrase: `provide~|give~|offer~|afford~|grant~ me|us? ${AMOUNT}? ${AMOUNT}? exposure to` },
  { phrase: `includes|included|including|spans|spanned|covers|covered ${AMOUNT}? ${AMOUNT}? exposure to` },
  // Years without what was done in them: "several years of experience".
  { phrase: `several|many|multiple|numerous|countless|some|few years of? ${AMOUNT}? ${CLAIM}|practice` },
  // A background named by its strength alone: "a strong background in".
  {
    phrase:
      'a|an strong|solid|broad|deep|good|extensive|diverse|robust|sound|rich|thorough|varied|wide|firm|technical background|grounding|foundation in|with',
  },
  // Familiarity: "I am familiar with", "thoroughly familiar with", "I'm becoming familiar with", "Familiar with MLOps."
  {
    phrase: `am|is|are|was|were|be|been|become|became|becoming|becomes|getting|got|grew|growing|remain|stay ${DEGREE}? ${DEGREE}? familiar|conversant|acquainted|familiarised|familiarized|au with|about|to|in`,
    anchor: 'writer',
    // "I am familiar with your ranking paper" is about the reader's work, not a claim of experience.
    notFollowedBy: ['your', 'you'],
  },
  { phrase: `${DEGREE}? familiar|conversant|acquainted with|about`, anchor: 'start' },
  { phrase: 'familiarity with', notFollowedBy: ['your', 'you'] },
  { phrase: `${DEGREE}? well|deeply|thoroughly|highly|widely|very versed|grounded|seasoned|skilled|knowledgeable in|with|at|about` },
  {
    phrase: `am|is|are|was|were|be ${DEGREE}? experienced|knowledgeable|skilled|proficient|competent|seasoned|versatile in|with|at|across|on|about`,
    anchor: 'writer',
  },
  {
    phrase: `am|is|are|was|were|be ${DEGREE}? informed|educated|literate|savvy about|on|in|regarding`,
    anchor: 'writer',
    notFollowedBy: ['your', 'you'],
  },
  { phrase: `am|is|are ${DEGREE}? strong|good|excellent|great in`, anchor: 'writer', notFollowedBy: ['a', 'an', 'the', 'my', 'our', 'person'] },
  // A set of skills named by its breadth: "a diverse skill set spanning…".
  {
    phrase:
      'diverse|broad|wide|varied|versatile|extensive|comprehensive|multidisciplinary|interdisciplinary skill|skills? set|skillset|toolkit|toolbox|background ' +
      'spanning|across|covering|including|encompassing',
  },
  { phrase: `${DEGREE}? experienced|knowledgeable in|with`, anchor: 'start' },
  // Skill in many unnamed things: "skilled in a wide range of", "proficient in numerous".
  { phrase: `experienced|skilled|proficient|competent|adept|knowledgeable|versed|fluent|expert|experience|expertise in|with|at|across ${MANY}` },
  {
    phrase: `experienced|skilled|proficient|competent|adept|knowledgeable|versed|fluent|expert|experience|expertise in|with|at|across a|an ${RANGE_ADJECTIVES}? ${RANGE} of`,
  },
  // Work named by its kind: "worked on various projects", "a diverse array of impactful projects", "responsible for various tasks".
  // Not "worked with many clinicians to label…": people worked with are not work named by its kind.
  {
    phrase: `worked|work|working|works|dealt|deal|dealing|handled|handle|handling|tackled|tackle|tackling on|upon|with|across|in|through ${MANY}`,
    notFollowedBy: ['of', ...PEOPLE],
  },
  // "participated in several projects", "was involved in many initiatives": taking part in work named by its number only.
  { phrase: `participate~|contribute~|involved|engaged|collaborate~ in|to|on|with ${MANY} ${WORK_ADJECTIVES}? ${WORK_ADJECTIVES}? ${GENERIC_WORK}` },
  {
    phrase: `handled|handle|handling|tackled|tackle|tackling|covered|cover|covers|spanned|span|spans ${MANY}`,
    anchor: 'writer',
    notFollowedBy: ['of', ...PEOPLE],
  },
  // "all kinds of data problems", "many types of tasks".
  {
    phrase: `all|many|various|different|numerous|several kinds|sorts|types|manner of ${WORK_ADJECTIVES}? ${WORK_ADJECTIVES}? ${GENERIC_WORK}|data|problems|things|work`,
  },
  // "My skills cover many areas", "my expertise spans all aspects of".
  {
    phrase: `my|our _? ${CLAIM}|skills|knowledge|background|skillset cover~|span~|encompass~|range~|include~|lie~|lies|rest~|sit~ in? ${MANY}|all|most|every|a|an ${RANGE_ADJECTIVES}? ${RANGE}? of? ${WORK_ADJECTIVES}? ${GENERIC_WORK}|areas|aspects|parts|facets|fields|kinds|types|sorts`,
  },
  // "My experience in ML is vast."
  {
    phrase: `my|our _? ${CLAIM}|knowledge|skills|background _? _? _? is|are|was @adverb? vast|extensive|broad|wide|deep|considerable|substantial|rich|solid|strong|diverse|varied|comprehensive`,
  },
  // "My background encompasses statistics, ML and analytics": fields named, nothing done in them.
  { phrase: `my|our _? ${CLAIM}|skills|knowledge|background|skillset|expertise|base cover~|span~|encompass~|include~ ${FIELDS}` },
  // "My experience spans the full ML lifecycle": breadth named by its ends.
  {
    phrase: `my|our _? ${CLAIM}|skills|knowledge|background|skillset|expertise cover~|span~|encompass~|range~ the|a? full|whole|entire|complete|end|broad|wide _? _? lifecycle|life|stack|spectrum|range|gamut|pipeline|breadth|chain`,
  },
  {
    phrase: 'am|is|are a|an seasoned|experienced|accomplished|skilled|versatile|rounded|well? practitioner|generalist|hand of|in|with|across',
    anchor: 'writer',
  },
  // "I am at home with most ML tooling", "I am no stranger to large datasets", "I am versed in all the frameworks".
  { phrase: 'am|feel|felt|is|are @adverb? at home with', anchor: 'writer' },
  // "I have the necessary experience in": the fit asserted, not shown.
  { phrase: `${HOLD} the necessary|requisite|required|right|relevant ${CLAIM}|knowledge|skills ${ABOUT}`, anchor: 'writer' },
  { phrase: `${DEGREE}? experienced|knowledgeable|skilled|strong|good|proficient|competent when it comes to` },
  { phrase: 'familiarise~|familiarize~ myself|ourselves with', anchor: 'writer' },
  { phrase: `got|get|getting to know ${MANY}|all|lots|a`, anchor: 'writer' },
  { phrase: `${GAIN}|have|has|had|got a|an? ${AMOUNT}? ${AMOUNT}? skill|skills? set|skillset in|with|across`, anchor: 'writer' },
  // Time in a field, not what was done in it: "many years in the data field", "I have spent years working with data".
  // "in the field" alone is fieldwork ("years in the field collecting samples"); "the data field" is a claim.
  { phrase: 'many|several|numerous|countless|have|has|bring|brings years|decades in|within the|this _? industry|space|domain|sector|world' },
  { phrase: 'many|several|numerous|countless|have|has|bring|brings years|decades in|within the|this _ field' },
  { phrase: 'been|worked|working in the|this _? industry|space|domain|sector for|since', anchor: 'writer' },
  { phrase: 'been|worked|working in the|this _ field for|since', anchor: 'writer' },
  { phrase: 'spent|spend|spending @adverb? many|several|countless? years|decades working|dealing|playing with|on|in', anchor: 'writer' },
  {
    phrase: 'worked|work|working @adverb? with|on|in data|ml|ai|analytics|models|statistics for years|ages|decades|a|so|many|several',
    anchor: 'writer',
  },
  // Know-how and "a lot" known: "I bring broad technical know-how", "I know a lot about machine learning".
  { phrase: `${HOLD} had|up? my|our? ${AMOUNT}? ${AMOUNT}? ${AMOUNT}? know how`, anchor: 'writer' },
  { phrase: `${AMOUNT}? ${AMOUNT}? know how in|with|of|about|across`, anchor: 'start' },
  {
    phrase: 'know~|learn~|understand~ a|quite? lot|lots|plenty|bit|great|good? deal? about|of|on|regarding',
    anchor: 'writer',
    notFollowedBy: ['your', 'you', 'our', 'this', 'the'],
  },
  { phrase: 'am|is|are no stranger|strangers to', anchor: 'writer' },
  { phrase: 'am|is|are|be versed|grounded|seasoned in|with', anchor: 'writer' },
  // A field judged by the writer: "I am quite good at machine learning", "I master the main ML algorithms".
  { phrase: `am|is|are ${DEGREE}? ${DEGREE}? good|strong|great|excellent|proficient|skilled|competent|adept at|in|with ${FIELDS}`, anchor: 'writer' },
  {
    phrase: `master|mastered the? main|key|core|major|basic|common|popular|standard|usual|most|all|many|various ${FIELDS}|algorithms|methods|techniques|tools|frameworks|concepts`,
    anchor: 'writer',
  },
  // "I know Python very well", "I know Python and SQL really well" (the object is a field, not "the dataset": see the rule).
  { phrase: 'know|knew _ _* very|really|extremely|pretty|quite|thoroughly|so well', anchor: 'writer', notFollowedBy: ['enough'] },
  // Non-native: "I know many things about deep learning".
  {
    phrase: 'know|knew|learned|learnt|understand|studied many|various|numerous|lots|several things|aspects|concepts|topics about|of|in|on|regarding',
    anchor: 'writer',
  },
  { phrase: `worked|work|working|works on|upon|with|across|in|through a|an ${RANGE_ADJECTIVES}? ${RANGE} of` },
  { phrase: `${MANY_UNNAMED} ${WORK_ADJECTIVES}? ${WORK_ADJECTIVES}? ${WORK_ADJECTIVES}? ${GENERIC_WORK}` },
  { phrase: `a|an ${RANGE_ADJECTIVES}? ${RANGE} of ${WORK_ADJECTIVES}? ${WORK_ADJECTIVES}? ${WORK_ADJECTIVES}? ${GENERIC_WORK}` },
  { phrase: 'dabbled|dabble|dabbling in|with' },
  { phrase: `touched|touch|touching on|upon ${MANY}|all|every` },
  { phrase: `touched|touch|touching ${MANY} ${WORK_ADJECTIVES}? ${GENERIC_WORK}`, anchor: 'writer' },
  { phrase: 'my|our experience|background includes|included|spans|spanned|covers|covered|encompasses work|projects|exposure with|in|on|across' },
  { phrase: 'worked|work|working @adverb? with llms|ai|ml|data' },
  // Breadth instead of a result: "I have worked extensively with", "worked broadly across".
  { phrase: 'worked|work|working|works extensively|broadly|widely|considerably|substantially with|on|in|across', anchor: 'writer' },
];

/** Words that give the reason a claim holds: "familiar with the workflow because I shadowed its nurses". */
export const REASON_WORDS: readonly string[] = ['because'];
/** Words after "know" that make its object one thing, not a field: "I know the dataset very well". */
export const ONE_THING: readonly string[] = ['the', 'this', 'that', 'these', 'those', 'your', 'its', 'their', 'his', 'her', 'every', 'each'];

/** People worked with: "worked extensively with the nurses" is a fact, not breadth claimed. */
export const PEOPLE_WORKED_WITH: readonly string[] = PEOPLE;
