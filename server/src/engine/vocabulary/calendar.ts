/** The names of the calendar, shared by every list that needs a time word. */

export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Months that are also common words ("march", "may"): a list reading ordinary prose leaves them out. */
export const MONTHS_ALSO_WORDS: readonly string[] = ['march', 'may'];

export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
