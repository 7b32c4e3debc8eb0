/**
 * The shape of a vocabulary entry: a weak or telling phrase, how to read it,
 * and what to offer instead. text/phrases.ts matches these in sentences.
 */
export interface PhraseEntry {
  phrase: string;
  /** Rewrites offered as fixes, most likely first; an empty string means "remove". */
  replacements?: readonly string[];
  /** Match the words as written (for names that are also common words: Ray, Spark, Feast). */
  matchCase?: boolean;
  /** compromise tag the first word must carry, e.g. `Verb` for "leverage" used as a verb. */
  tag?: string;
  /** Words that, right after the phrase, show it is meant another way ("I think about ..."). */
  notFollowedBy?: readonly string[];
  /** Words that, right before the phrase, show it is meant another way. */
  notPrecededBy?: readonly string[];
  /** Take the phrase word for word, with no `|` or `?` syntax (phrases a user wrote). */
  literal?: boolean;
}
