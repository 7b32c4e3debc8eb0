/**
 * Word lists for `subject-verb-agreement` and the other grammar frames: which
 * subjects take which forms of be, have and do, where a clause starts, and the
 * plural-looking words that are singular ("news", "series", "analytics").
 */
import { wordTable } from './wordTable';

const words = (list: string): readonly string[] => list.trim().split(/\s+/);

/** A subject pronoun's person and number: what decides its verb's form. */
export type Person = 'first-singular' | 'third-singular' | 'plural';

/** Subject pronouns and how they agree ("you" agrees like a plural: "you were", "you have"). */
export const SUBJECT_PRONOUNS: Readonly<Record<string, Person>> = wordTable({
  i: 'first-singular',
  he: 'third-singular',
  she: 'third-singular',
  it: 'third-singular',
  // Indefinite pronouns take a singular verb: "everyone have access" is a slip.
  everyone: 'third-singular',
  everybody: 'third-singular',
  someone: 'third-singular',
  somebody: 'third-singular',
  nobody: 'third-singular',
  anyone: 'third-singular',
  anybody: 'third-singular',
  everything: 'third-singular',
  nothing: 'third-singular',
  we: 'plural',
  you: 'plural',
  they: 'plural',
});

/**
 * The forms of be, have and do, and the form each kind of subject takes instead
 * when a form does not agree with it. A missing entry means the form agrees, or
 * that its mismatch is legitimate English ("if he were", "as it were", "he be"
 * after "insist that").
 */
export const AUXILIARY_AGREEMENT: Readonly<Record<string, Partial<Record<Person, string>>>> = wordTable({
  am: { 'third-singular': 'is', plural: 'are' },
  // "I is" is left out: it is nearly always the letter I ("I is next to O on the keyboard").
  is: { plural: 'are' },
  are: { 'first-singular': 'am', 'third-singular': 'is' },
  was: { plural: 'were' },
  were: { 'first-singular': 'was' },
  has: { 'first-singular': 'have', plural: 'have' },
  have: { 'third-singular': 'has' },
  does: { 'first-singular': 'do', plural: 'do' },
  do: { 'third-singular': 'does' },
});

/** The base forms of a third-person subject's verb ("he have", "she do"), which are right in the subjunctive after these words ("I insisted that he have a mentor"). */
export const SUBJUNCTIVE_OPENERS: readonly string[] = words('that if whether lest unless though');

/** Words before "I were" in the sentence that make it a wish or a condition ("if I were", "as though I were", "I wish I were"). */
export const IRREALIS_MARKERS: readonly string[] = words(
  'if wish wished though unless suppose supposing imagine imagined pretend pretended rather whether',
);

/** Words after which a new clause, and so a subject, may start ("…, and they was…", "because I has…"). */
export const CLAUSE_OPENERS: readonly string[] = words(`
  and but or so yet because since although though while whereas when whenever where wherever
  if unless until once as after before that which who whom what how why then than now also
  still`);

/** Adverbs that may stand between a subject and its verb ("I also has", "she still don't"). */
export const SUBJECT_ADVERBS: readonly string[] = words('also still always never often just already even only really now sometimes usually not');

/** Words that make "there is/was" wrong: they count more than one ("there is many reasons"). */
export const PLURAL_QUANTIFIERS: readonly string[] = words(`
  many several numerous multiple various few two three four five six seven eight nine ten
  eleven twelve fifteen twenty thirty dozens hundreds thousands countless`);

/** Units of an amount, which English may count as one quantity ("there was two hours of downtime", "two years is a long time"). */
export const MEASURE_NOUNS: readonly string[] = words(`
  seconds minutes hours days weeks months years decades quarters nights weekends
  dollars pounds euros cents pence percent points miles kilometres kilometers metres meters
  feet inches kilos kilograms grams litres liters tonnes tons gigabytes terabytes megabytes`);

/**
 * Words ending in -s that are singular or not nouns, so a following "is", "was"
 * or "which makes" agrees with them ("the news was", "the bias that has",
 * "sometimes that helps"). Words in -ss, -us and -is are recognised by their
 * ending, and so are words in -ics (fields: "genetics", "econometrics"),
 * except `PLURAL_IN_ICS`.
 */
export const SINGULAR_IN_S: readonly string[] = words(`
  news series species means headquarters whereabouts crossroads kudos lens chaos ethos pathos
  corps innings gallows barracks
  canvas atlas bias alias gas christmas maths measles mumps diabetes herpes rabies
  this his its us yes was has does is as plus thus whereas perhaps always sometimes besides
  towards afterwards backwards forwards upwards downwards nowadays overseas indoors outdoors
  upstairs downstairs sideways anyways regardless nevertheless nonetheless unless less
  thanks pandas kubernetes jenkins keras aws sas ios macos os js kudos kwargs args
  whereas hers ours yours theirs
  analytics statistics biostatistics physics astrophysics geophysics biophysics mathematics
  economics econometrics ethics bioethics logistics politics geopolitics linguistics robotics
  electronics informatics bioinformatics cheminformatics athletics gymnastics acoustics optics
  photonics dynamics thermodynamics aerodynamics mechanics aesthetics semantics phonetics
  pragmatics cybernetics kinematics obstetrics paediatrics pediatrics orthopaedics orthopedics
  forensics ergonomics graphics classics mechatronics hydraulics pneumatics avionics
  telematics`);

/** Determiners that open a plural subject ("these models", "my results"); "that" and "this" are left out (singular), and so is "her" (also an object: "saw her results improve"). */
export const PLURAL_SUBJECT_DETERMINERS: readonly string[] = words('these those the my our your their his several many both various numerous');

/** Prepositions: a noun right after one is inside a phrase whose head may be another noun ("one of the models that was", "a list of skills that makes"). */
export const PREPOSITIONS: readonly string[] = words(`
  of with in on for from among amongst across between about including like through into onto
  to at by over under within without behind beyond besides except per via versus than`);

/**
 * Verbs whose -s form after a plural subject is a slip ("my results shows",
 * "skills that makes me"), and whose -s form is rarely a noun, so the frame
 * needs nothing more. A closed list: an open one would take plural nouns for
 * verbs ("our sales figures").
 */
export const AGREEING_VERBS: readonly string[] = words(`
  make help allow enable give require include provide reduce improve affect depend seem remain
  reflect describe explain demonstrate prove suggest indicate reveal confirm highlight show
  focus rely belong contain produce create generate predict detect define determine inspire
  motivate happen appear apply involve represent consist differ exist follow vary deliver
  teach tell say know think believe want enjoy expect tend become`);

/**
 * Verbs whose -s form is also a common plural noun ("needs", "reports",
 * "costs", "leads"): the frame asks the tagger whether it is a verb there.
 */
export const AGREEING_VERBS_ALSO_NOUNS: readonly string[] = words(`
  need look sound report run work hold cut cost pay rise fall change increase decrease range
  measure track save offer add build use process interest drive lead love like hope set stand
  matter cover serve keep mean support shape push speak grow capture earn bring cause continue
  go get stay come feel take fit own lie`);

/** Verbs that take an indirect question or a "that" clause after their object ("I asked the engineers which was faster", "I told the analysts that was wrong"). */
export const QUESTION_VERBS: readonly string[] = words(`
  ask asked asking tell told telling show showed shown showing know knew known decide decided
  wonder wondered explain explained teach taught learn learned learnt understand understood see
  saw seen check checked test tested find found remind reminded convince convinced assure assured
  warn warned promise promised`);

/**
 * Verbs whose bare form after "he", "she" or "it" opening a clause is a slip
 * ("it give me pleasure", "she want to"): not "need" or "dare", which may stand
 * bare ("he need not"), nor verbs whose past is their base ("it cost us a week",
 * "it let us ship", "she put it live").
 */
export const THIRD_PERSON_BASE_VERBS: readonly string[] = words(`
  give make take help seem mean allow require provide show want like know think believe look
  feel work run come go get become keep say tell lead manage build use love enjoy hope expect
  include remain depend`);

/** Nouns for one person, never a group, so a plural verb after them is a slip ("our lead engineer were"); "team", "staff", "client" and "firm" are not here ("the team are" is British English). */
export const SINGLE_PERSON_NOUNS: readonly string[] = words(`
  manager engineer colleague mentor supervisor director professor advisor adviser teacher boss
  founder analyst scientist developer designer recruiter interviewer tutor lecturer researcher
  father mother sister brother friend husband wife son daughter ceo cto cfo coo`);

/** Words in -ics that are plural nouns ("these metrics was" is a slip); every other word in -ics is read as a field, which is singular ("genetics is"). */
export const PLURAL_IN_ICS: readonly string[] = words(`
  metrics topics lyrics clinics characteristics basics specifics heuristics comics critics tactics
  relics antibiotics demographics psychographics academics mechanics diagnostics`);

/** Plural nouns without an -s, read as plural subjects as the -s ones are ("people that is" → "are"). */
export const IRREGULAR_PLURALS: readonly string[] = [
  'people',
  'children',
  'men',
  'women',
  'salespeople',
  'businesspeople',
  'craftspeople',
  'townspeople',
];
