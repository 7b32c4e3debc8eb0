import { phraseCheck } from '../checks/phraseCheck';
import { guarded, mentionGuard, notTheWritersClaim, saidOfOthers, writerJoins } from '../checks/guards';
import { SELF_ASSESSED_TRAITS } from '../vocabulary/cliches';
import { EVIDENCE_TEMPLATE } from '../checks/templates';
import type { Rule } from '../kit/rule';

export const selfAssessedTrait: Rule = {
  id: 'self-assessed-trait',
  name: 'Self-assessed trait',
  defaultSeverity: 'warning',
  summary: 'Telling instead of showing: "team player", "fast learner", "detail-oriented", "results-driven".',
  explanation:
    'A trait you grant yourself is not evidence; the reader skips it. ' +
    'Replace it with the thing you did that made the trait obvious — the outage you traced, the migration you finished early.',
  example: {
    before: 'I am a strong problem-solver and a fast learner.',
    after: 'In my first month I traced a 9% drop in recall to a silent schema change and added a check that has caught two more since.',
  },
  examples: {
    fixed: [{ before: 'I am a team player.', after: 'I built [system] that [result with a number].' }],
    flagged: [
      '⟦As a meticulous researcher⟧, I value rigour.',
      'Your team needs a ⟦detail-oriented⟧ engineer like me.',
      'I am a strong ⟦problem-solver⟧ with a solid mathematical background.',
      'I am a ⟦hard-working⟧ ⟦team player⟧.',
      'As a ⟦fast learner⟧, I pick up new tools quickly.',
      'I am ⟦detail oriented⟧ and ⟦results-driven⟧.',
      'I am a ⟦self-starter⟧.',
      'I ⟦pride myself⟧ on being punctual.',
      'Colleagues ⟦describe me as⟧ calm under pressure.',
      '⟦I am extremely meticulous⟧ with data.',
      '⟦I am a dependable⟧ colleague who keeps promises.',
      'Being extremely ⟦detail-orientated⟧, I catch every mistake.',
      'In my last job I was a ⟦team player⟧ above all.',
    ],
    clean: [
      'I audited the bank’s results-driven bonus scheme and found 12% of payouts rewarded mispriced risk.',
      'My injury model gives each team player a weekly load score that the medical staff act on.',
      'We needed a detail-oriented reviewer for the labels, so I hired two linguists.',
      'A goal-oriented dialogue agent books appointments; I built its slot-filling model.',
      'Our highly motivated volunteers labelled 40,000 images in a weekend with the tool I wrote.',
      'I would not call myself an expert in Rust yet, but I have shipped two small services in it.',
      'I wrote the runbook our team still uses for drift incidents.',
      'I paired with two analysts every week until they could ship features on their own.',
      'The team solved the problem by caching embeddings per user.',
      'In our basketball app, the “team player” badge I designed rewards assists.',
      'Search results driven by the new ranker lifted conversion 4% in a two-week test.',
      'I am responsible for the pricing models behind 3,000 stores.',
      'I am curious about how your team handles late-arriving features.',
      'I am an analytical chemist by training and now build spectra classifiers.',
      'Known for my work on hierarchical forecasting, I gave the 2024 keynote at the forecasting symposium.',
      'I consider myself lucky to have learned the trade from two founders.',
      'Our fraud detector is deliberately detail-oriented: it scores every invoice line, which caught $640K of duplicates.',
      'The board asked for a results-driven roadmap, so I tied each release to a revenue line.',
    ],
  },

  // Quoted ("the “team player” badge"), the words are named, not claimed.
  checkParagraph: guarded(
    mentionGuard(
      phraseCheck({
        sentenceTemplate: EVIDENCE_TEMPLATE,
        entries: SELF_ASSESSED_TRAITS,
        message: '“{phrase}” tells the reader a quality; show it with something you did instead.',
      }),
      { names: true },
    ),
    (f, paragraph, text) =>
      !(saidOfOthers(paragraph, f.offset) && !writerJoins(paragraph, text, f)) &&
      !notTheWritersClaim(paragraph, text, f, { things: true, owners: true }),
  ),
};
