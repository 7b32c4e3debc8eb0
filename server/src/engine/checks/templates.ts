/**
 * Sentence templates offered as fixes: a weak sentence becomes a frame that
 * asks for evidence. Its [bracketed slots] are then flagged by
 * `unfilled-placeholder` until the writer fills them, which leads them on.
 */
import type { Sentence } from '../structure/model';
import type { CheckContext } from '../kit/rule';
import type { Fix } from '../types';

export interface SentenceTemplate {
  title: string;
  /** `{company}` becomes the company from the front matter, or a slot to fill. */
  text: string;
}

/** Shows what was built and what it changed. */
export const EVIDENCE_TEMPLATE: SentenceTemplate = {
  title: 'Replace the sentence with an evidence template',
  text: 'I built [system] that [result with a number].',
};

/** Opens with a result tied to the reader's team. */
export const HOOK_TEMPLATE: SentenceTemplate = {
  title: 'Replace the sentence with an opening hook template',
  text: 'At [previous company] I [result with a number], the same problem {company} is working on in [team or product].',
};

export function templateFix(sentence: Sentence, template: SentenceTemplate, context: Pick<CheckContext, 'company'>): Fix {
  const filled = template.text.replace(/\{company\}/g, context.company ?? '[Company]');
  return { title: template.title, edits: [{ offset: sentence.start, length: sentence.end - sentence.start, newText: filled }], template: true };
}
