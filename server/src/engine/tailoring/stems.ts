/** Word forms that mean the same thing for matching: "deploy", "deployed", "deployment". */
import { stemmer } from 'stemmer';

/** The Porter stem, with a final "i" read as "y" so "deploy" and "deployed" meet. */
export function stemOf(word: string): string {
  const lower = word.toLowerCase().replace(/'s$/, '');
  return stemmer(lower).replace(/i$/, 'y');
}
