/** Words that mark the parts of a letter around its body. */

/** First words of a salutation line ("Dear Priya,", "To whom it may concern,"). */
export const SALUTATION_STARTS: readonly string[] = [
  'dear',
  'hello',
  'hi',
  'hey',
  'greetings',
  'to whom',
  'to the',
  'good morning',
  'good afternoon',
  'good evening',
  'good day',
  'respected',
  // Greetings with no "Dear" ("Sir/Madam,", "Ladies and Gentlemen:", "Attention: Hiring Manager").
  'sir madam',
  'sir or madam',
  'madam',
  'ladies and gentlemen',
  'gentlemen',
  'attention',
];

/** First words of a sign-off ("Best,", "Kind regards,", "With best regards,", "Thank you,"). */
export const SIGN_OFF_STARTS: readonly string[] = [
  'sincerely',
  'best',
  'best regards',
  'best wishes',
  'all the best',
  'all best',
  'kind regards',
  'kindest regards',
  'warm regards',
  'warmest regards',
  'warm wishes',
  'regards',
  'warmly',
  'respectfully',
  'cordially',
  'gratefully',
  'faithfully',
  'yours',
  'yours sincerely',
  'yours truly',
  'yours faithfully',
  'yours respectfully',
  'sincerely yours',
  'respectfully yours',
  'cheers',
  'thanks',
  'thank you',
  'many thanks',
  'with gratitude',
  'with thanks',
  'with appreciation',
  'with best',
  'with kind',
  'with kindest',
  'with warm',
  'with warmest',
  'with many',
  'with respect',
];

/** Sign-offs that are also the start of a closing sentence ("Thank you for your time."): a sign-off only when short or not ended like a sentence. */
export const SENTENCE_LIKE_SIGN_OFFS: readonly string[] = ['thanks', 'thank', 'many', 'with', 'all', 'best'];
