/**
 * Texts with known findings. The engine flags WEAK_LETTER's first line as
 * `generic-salutation` and its last as `generic-opener`; assertions on those
 * codes need the real rules.
 */
export const WEAK_LETTER = 'To whom it may concern,\n\nI am writing to apply for the role.';

export const WEAK_LETTER_CODES = ['generic-salutation', 'generic-opener'] as const;
