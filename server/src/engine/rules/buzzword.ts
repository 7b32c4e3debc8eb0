import { phraseCheck } from '../checks/phraseCheck';
import { guarded, mentionGuard, notTheWritersClaim, tokenAt } from '../checks/guards';
import { BLADE_WORDS, BUZZWORDS, LEVERAGE_FORMS, OBJECT_CUES, TRACK_RECORD_FINANCE, VERB_CUES } from '../vocabulary/cliches';
import type { ParagraphCheck, RawFinding, Rule } from '../kit/rule';
import type { Paragraph } from '../structure/model';

const MESSAGE = '“{phrase}” is a buzzword that says little; name the technique, system or result itself.';
const VERB_BEFORE = new Set(VERB_CUES);
const OBJECT_AFTER = new Set(OBJECT_CUES);
const LENDING = new Set(TRACK_RECORD_FINANCE);
const BLADE = new Set(BLADE_WORDS);

/** A lender's "track record of repayment", or a blade's "cutting edge": the words meant literally. */
function literal(f: RawFinding, paragraph: Paragraph): boolean {
  const at = tokenAt(paragraph, f.offset);
  if (!at) return false;
  const tokens = at.sentence.tokens;
  const first = tokens[at.index]!.norm;
  if (first === 'cutting') return BLADE.has(tokens[at.index - 1]?.norm ?? '');
  const end = tokens.findIndex((t, k) => k >= at.index && t.end >= f.offset + f.length);
  if (tokens[end]?.norm === 'record') return tokens[end + 1]?.norm === 'of' && LENDING.has(tokens[end + 2]?.norm ?? '');
  return false;
}

/**
 * "Leverage" that the tagger read as a noun but stands where a verb does: after
 * "to", "we" or a modal, or before an object ("leverage my skills"). "Higher
 * leverage on the balance sheet" has neither.
 */
const leverageAsVerb: ParagraphCheck = guarded(phraseCheck({ entries: LEVERAGE_FORMS, message: MESSAGE }), (f, paragraph) => {
  const at = tokenAt(paragraph, f.offset);
  if (!at) return false;
  const before = at.sentence.tokens[at.index - 1]?.norm ?? '';
  const after = at.sentence.tokens[at.index + 1]?.norm ?? '';
  return VERB_BEFORE.has(before) || OBJECT_AFTER.has(after);
});

const buzzwords: ParagraphCheck = phraseCheck({ entries: BUZZWORDS, message: MESSAGE });

/** Both, a span once: the tagged entries first. */
const check: ParagraphCheck = (paragraph, letter, context) => {
  const found = buzzwords(paragraph, letter, context);
  const more = leverageAsVerb(paragraph, letter, context).filter((f) => !found.some((g) => g.offset === f.offset));
  return [...found, ...more].sort((a, b) => a.offset - b.offset);
};

export const buzzword: Rule = {
  id: 'buzzword',
  name: 'Buzzword',
  defaultSeverity: 'warning',
  autoFix: true,
  summary: '"Cutting-edge", "synergy", "leverage" as a verb, "world-class", "game-changer", "proven track record", "drive innovation".',
  explanation:
    'Corporate buzzwords stand in for a claim the writer did not make. ' + 'Name the thing itself: which technique, which result, which system.',
  example: {
    before: 'I leveraged cutting-edge AI to drive synergy across teams.',
    after: 'I used a distilled ranking model to give search and ads one shared feature pipeline.',
  },
  examples: {
    fixed: [
      { before: 'Leveraging Ray, we cut cost.', after: 'Using Ray, we cut cost.' },
      { before: 'I leveraged Spark to join the logs.', after: 'I used Spark to join the logs.' },
      { before: 'I want to leverage my statistics background.', after: 'I want to use my statistics background.' },
    ],
    flagged: [
      'I am excited to work on ⟦cutting-edge⟧ AI technology.',
      'I ⟦leveraged⟧ Spark to process clickstream data.',
      'I have a ⟦proven track record⟧ of delivering models.',
      'Our team built a ⟦world-class⟧ recommendation engine.',
      'We found real ⟦synergy⟧ between the search and ads teams.',
      'I want to ⟦leverage⟧ my statistics background in your team.',
      'My goal is to ⟦drive innovation⟧ and ⟦unlock value⟧ across the business.',
      'I ⟦thrive in fast-paced teams⟧.',
    ],
    clean: [
      'In drug combination studies, synergy means a larger effect than either drug alone; my model predicts it from gene expression.',
      'Our client, a world-class orchestra, needed ticket demand forecasts, which I delivered weekly.',
      'The vendor’s brochure called its engine cutting-edge, yet it lost to our BM25 baseline.',
      'Synergy Health hired me to forecast ward occupancy, and overflow nights fell by a third.',
      'Their best-of-breed claim did not survive our load test at 5,000 requests a second.',
      'The drug synergy screen tested 2,000 compound pairs, and I wrote the scoring model for it.',
      'Higher leverage on the balance sheet raised the default risk in our model.',
      'I used Spark and Feast to backfill 18 months of history overnight.',
      'The model runs on the edge devices in each store.',
      'The renewal model I built for Synergy Mutual kept 2,400 policies that would have lapsed.',
      'Our customers called the old scoring tool a “game changer” until it broke in March.',
      'I cut the fund’s leverage ratio model’s run time from six hours to forty minutes.',
      'The growth of 12% came from two new store formats, not from markdowns.',
      'The model drives value-based pricing for 3,000 products.',
      'The bank wanted a proven track record of repayment, so I built a model for applicants with none.',
      'Our vision model spots when the drill’s cutting edge starts to chip.',
      'I thrive in fast-paced kitchens, and my demand model there cut food waste by 18%.',
    ],
  },

  // Quoted, the words are named; capitalised inside a sentence, they are a name ("Synergy Mutual").
  checkParagraph: guarded(
    mentionGuard(check, { names: true }),
    (f, paragraph, text) => !literal(f, paragraph) && !notTheWritersClaim(paragraph, text, f, { owners: true, sought: false }),
  ),
};
