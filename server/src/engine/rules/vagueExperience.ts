import { phraseCheck } from '../checks/phraseCheck';
import { VAGUE_EXPERIENCE } from '../vocabulary/voice';
import { EVIDENCE_TEMPLATE } from '../checks/templates';
import type { Rule } from '../kit/rule';

export const vagueExperience: Rule = {
  id: 'vague-experience',
  name: 'Vague experience',
  defaultSeverity: 'warning',
  summary: '"Worked on various projects", "have experience with", "exposure to", "familiar with".',
  explanation:
    'Having experience with something says you were near it, not what you did with it. ' +
    'Managers hiring ML engineers look for one system you shipped and what it changed; name it.',
  example: {
    before: 'I have experience with recommendation systems and familiarity with Kubernetes.',
    after: 'I rebuilt our recommendation service on Kubernetes and cut p99 latency from 120 ms to 45 ms.',
  },
  examples: {
    fixed: [{ before: 'I have exposure to MLOps.', after: 'I built [system] that [result with a number].' }],
    flagged: [
      'I have worked on various ML projects including classification and NLP.',
      'I have experience with TensorFlow.',
      'I have some exposure to MLOps.',
      'I am familiar with Airflow.',
      'I have worked with LLMs at my last job.',
    ],
    clean: [
      'The experience taught me to write the runbook before the launch.',
      'I ran the migration to Airflow and retired 40 cron jobs.',
      'Customers familiar with the old search page kept using filters.',
    ],
  },
  checkParagraph: phraseCheck({
    sentenceTemplate: EVIDENCE_TEMPLATE,
    entries: VAGUE_EXPERIENCE,
    message: '“{phrase}” says you were near the work, not what you did; name one thing you built and its result.',
  }),
};
