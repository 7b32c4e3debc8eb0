/** The forms of "be", which many lists start from: auxiliaries, the words before a passive or a predicate. */
export const FORMS_OF_BE: readonly string[] = ['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'];
