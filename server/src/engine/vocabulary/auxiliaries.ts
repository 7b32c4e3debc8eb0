/**
 * Word lists for `missing-auxiliary`: adjectives that need "be" after a modal
 * or a subject ("I would delighted", "I confident that"), and the bare verbs
 * written after "am"/"is"/"are" where another form belongs ("I am agree", "I
 * am interest in").
 */
import { wordTable } from './wordTable';

const words = (list: string): readonly string[] => list.trim().split(/\s+/);

/** Modals: a word of `BE_ADJECTIVES` right after one lacks "be" ("I would delighted" → "I would be delighted"). */
export const MODALS: readonly string[] = words('would will could should can may might must shall');

/**
 * Adjectives (and participles used as adjectives) that only follow a form of
 * "be": never right after a modal, and after a subject only with "am", "is" or
 * "are" between ("I am glad"). Words that are also verbs ("open", "ready",
 * "welcome", "free", "fit", "humble") are left out: "I would welcome", "we fit".
 * Each maps to the words that may follow it in the frame "I confident that…",
 * so a verb reading ("I excited the crowd", "I delighted in it") does not match.
 */
export const BE_ADJECTIVES: Readonly<Record<string, readonly string[]>> = wordTable({
  delighted: words('to that with by'),
  glad: words('to that'),
  happy: words('to that with about'),
  pleased: words('to that with'),
  honoured: words('to by'),
  honored: words('to by'),
  grateful: words('for to that'),
  thankful: words('for to that'),
  thrilled: words('to about by with that'),
  excited: words('about to by'),
  eager: words('to'),
  keen: words('to on'),
  interested: words('in'),
  willing: words('to'),
  able: words('to'),
  unable: words('to'),
  sure: words('that of about'),
  confident: words('that in of about'),
  proud: words('of to that'),
  privileged: words('to'),
  fortunate: words('to'),
  capable: words('of'),
  comfortable: words('with'),
  passionate: words('about'),
  enthusiastic: words('about'),
  familiar: words('with'),
  aware: words('of that'),
  fluent: words('in'),
  proficient: words('in'),
  responsible: words('for'),
  available: words('to for from'),
  motivated: words('to by'),
  appreciative: words('of'),
});

/** Subject pronouns and the form of "be" each takes, for "I looking forward" → "I am looking forward". */
export const BE_FOR_PRONOUN: Readonly<Record<string, string>> = wordTable({ i: 'am', we: 'are', they: 'are', you: 'are', he: 'is', she: 'is' });

/** Subject pronouns and the form of "have" each takes, for "I been working" → "I have been working". */
export const HAVE_FOR_PRONOUN: Readonly<Record<string, string>> = wordTable({
  i: 'have',
  we: 'have',
  they: 'have',
  you: 'have',
  he: 'has',
  she: 'has',
});

/** Words in -ing that are not a verb's -ing form after a pronoun ("I being", "the thing"), or whose absolute use is right ("we having agreed…"). */
export const NOT_PROGRESSIVE: readonly string[] = words(`
  being having thing nothing something anything everything king ring spring string sing bring
  sting swing wing cling fling sling wring ping ceiling during morning evening pudding wedding
  sibling darling sterling according regarding including concerning considering notwithstanding
  pending following icing owing thing ageing aging`);

/** Adverbs that may stand between the subject, "be" and the verb ("I currently working", "I am very interest in"). */
export const FRAME_ADVERBS: readonly string[] = words('also still always just already even now really very so not truly most currently');

/**
 * Verbs written bare after "am"/"is"/"are" where English uses the verb alone:
 * "I am agree" → "I agree". Each maps to its past form, for "I was agree" → "I agreed".
 */
export const STATIVE_AFTER_BE: Readonly<Record<string, string>> = wordTable({
  agree: 'agreed',
  believe: 'believed',
  hope: 'hoped',
  think: 'thought',
  know: 'knew',
  want: 'wanted',
  need: 'needed',
  prefer: 'preferred',
  understand: 'understood',
  enjoy: 'enjoyed',
  wish: 'wished',
  intend: 'intended',
  appreciate: 'appreciated',
});

/** Verbs written bare after "am"/"is"/"are" where the -ing form belongs: "I am work at" → "I am working at". */
export const PROGRESSIVE_AFTER_BE: Readonly<Record<string, string>> = wordTable({
  work: 'working',
  study: 'studying',
  look: 'looking',
  write: 'writing',
  apply: 'applying',
  learn: 'learning',
  seek: 'seeking',
  try: 'trying',
  pursue: 'pursuing',
  search: 'searching',
  develop: 'developing',
  plan: 'planning',
});

/**
 * Verbs written bare after "am"/"is"/"are" where the participle (an adjective)
 * belongs: "I am interest in" → "I am interested in". Each maps to the
 * participle and the words that may follow, so a noun reading stays silent
 * ("the key is focus", "they were interest-rate swaps").
 */
export const PARTICIPLE_AFTER_BE: Readonly<Record<string, { participle: string; before: readonly string[] }>> = wordTable({
  interest: { participle: 'interested', before: words('in to by') },
  focus: { participle: 'focused', before: words('on') },
  concern: { participle: 'concerned', before: words('about by with that') },
  involve: { participle: 'involved', before: words('in with') },
  excite: { participle: 'excited', before: words('about to by') },
  motivate: { participle: 'motivated', before: words('to by') },
  dedicate: { participle: 'dedicated', before: words('to') },
  commit: { participle: 'committed', before: words('to') },
  specialize: { participle: 'specialized', before: words('in') },
  specialise: { participle: 'specialised', before: words('in') },
  qualify: { participle: 'qualified', before: words('for to') },
  experience: { participle: 'experienced', before: words('in with') },
  please: { participle: 'pleased', before: words('to with') },
  satisfy: { participle: 'satisfied', before: words('with') },
  delight: { participle: 'delighted', before: words('to') },
  thrill: { participle: 'thrilled', before: words('to') },
});
