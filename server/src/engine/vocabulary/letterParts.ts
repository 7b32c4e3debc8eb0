/** Words that mark the parts of a letter around its body. */

/** First words of a salutation line ("Dear Priya,", "To whom it may concern,"). */
export const SALUTATION_STARTS: readonly string[] = ['dear', 'hello', 'hi', 'greetings', 'to whom', 'good morning', 'good afternoon'];

/** First words of a sign-off ("Best,", "Kind regards,", "Thank you,"). */
export const SIGN_OFF_STARTS: readonly string[] = [
  'sincerely',
  'best',
  'best regards',
  'best wishes',
  'all the best',
  'kind regards',
  'warm regards',
  'warmest regards',
  'regards',
  'warmly',
  'respectfully',
  'yours',
  'yours sincerely',
  'yours truly',
  'yours faithfully',
  'cheers',
  'thanks',
  'thank you',
  'many thanks',
  'with gratitude',
  'with thanks',
];
