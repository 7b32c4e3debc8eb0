/**
 * Words that, right after a weak phrase, deny it instead of claiming it: "I
 * participated in no hackathons", "I lack nothing in stubbornness", "I helped
 * design nothing by committee".
 */
export const NEGATING_OBJECTS: readonly string[] = ['no', 'nothing', 'none', 'neither', 'nobody', 'nowhere', 'never'];
