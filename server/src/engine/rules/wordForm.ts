import type { Rule } from '../kit/rule';
import { wordFormCheck } from '../checks/wordFormFrames';

export const wordForm: Rule = {
  id: 'word-form',
  name: 'Wrong word form',
  defaultSeverity: 'warning',
  autoFix: true,
  summary: 'A noun where its verb belongs, or the reverse: "I advice you", "to proof my skills", "my believe is", "a good advise".',
  explanation:
    'Pairs such as advice/advise, belief/believe, success/succeed and proof/prove are spelt alike but are different parts of speech, and a ' +
    'spelling checker passes both. The slip reads as careless or non-fluent. Only frames that decide the part of speech are checked: after ' +
    '"I", "we" or "she" opening a clause, after "can" or "will", after "want to" or "able to", and after "my", "a" or "the". Words that are ' +
    'both noun and verb ("support", "work"), and "practice" and "license" (verbs in American English), are left alone.',
  example: { before: 'I would like to advice your team on pricing.', after: 'I would like to advise your team on pricing.' },
  examples: {
    flagged: [
      'I ⟦advice⟧ you to look at my portfolio.',
      'My ⟦believe⟧ is that good data beats clever models.',
      'I received a good ⟦advise⟧ from my first manager.',
      'We ⟦success⟧ in cutting costs by a fifth.',
      'I want to ⟦proof⟧ my skills in your team.',
      'I can ⟦advice⟧ your team on data strategy, and she ⟦advices⟧ me.',
      'I was able to ⟦analysis⟧ ten years of records.',
      'I am ⟦confidence⟧ that I can help your team.',
    ],
    clean: [
      'I practice medicine, and the licence covers the whole team; we license our data from two vendors.',
      'I support the team, and my work covers pricing and forecasting.',
      'My advice to new analysts is to write tests, and I advise founders on data strategy.',
      'The key to success in this role is communication, and I owe my success to good mentors.',
      'I ran a live demo, and life in a startup taught me to prioritise.',
      'I am open to advice, and I look forward to growth in this role; our commitment to growth is why I applied.',
      'I helped her advise founders, and I hold the proof-of-concept budget.',
      'I want to prove my skills, and the proof came in March.',
      'Make-believe was my favourite game, and I proofread every report.',
    ],
    fixed: [
      { before: 'I advice you to look at my portfolio.', after: 'I advise you to look at my portfolio.' },
      { before: 'My believe is simple.', after: 'My belief is simple.' },
      { before: 'She advices me on every step.', after: 'She advises me on every step.' },
      { before: 'I want to proof my skills.', after: 'I want to prove my skills.' },
      { before: 'I would like to emphasis that I learn fast.', after: 'I would like to emphasize that I learn fast.' },
      { before: 'I would like to emphasis that I learn fast.', after: 'I would like to emphasise that I learn fast.', fix: 1 },
    ],
  },
  checkParagraph: wordFormCheck,
};
