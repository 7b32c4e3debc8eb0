/**
 * What `kaggle-flex` reads: competition ranks and online-course certificates
 * offered as proof, and what shows the work went on to run for real.
 */
import type { PhraseEntry } from './phraseEntry';
import { phrases } from './phraseList';

/** Competitions, leaderboards and course platforms: proof from a fixed dataset or a syllabus. */
export const NOTEBOOK_PROOF: readonly PhraseEntry[] = [
  ...phrases(
    'grandmaster, competition ranking, drivendata, zindi, aicrowd, codalab, analytics vidhya, leetcode, hackerrank, ' +
      'coursera, udemy, udacity, edx, datacamp, pluralsight, linkedin learning, fast ai, deeplearning ai, mooc, moocs, nanodegree, ' +
      'online course~, online certificate~, online certification~, course certificate~, certificate~ of completion, ' +
      'gold|silver|bronze medal~, google data analytics, ibm data science, datathon~, ' +
      'forecasting|modelling|modeling|prediction|analytics|vision|nlp|ml|kaggle competition~|challenge~, data science competition~|challenge~, ' +
      'machine learning competition~|challenge~, online|public|global|international competition~|challenge~|hackathon~, deep learning specialization|specialisation, machine learning specialization|specialisation, andrew ng',
  ),
  { phrase: 'Specialization|Specialisation', matchCase: true },
  // A Kaggle rank or medal, not a public dataset taken from it.
  // …nor work that went past it ('projects beyond Kaggle competitions').
  {
    phrase: 'kaggle',
    notFollowedBy: ['dataset', 'datasets', 'data', 'api', 'corpus'],
    notPrecededBy: ['beyond', 'than', 'past', 'outside', 'unlike'],
  },
  // "Top of the leaderboard", not the leaderboard the writer built to rank their own models.
  {
    phrase: 'leaderboard|leaderboards',
    notPrecededBy: ['internal', 'our', 'team', 'evaluation', 'eval', 'offline', 'company', 'shared', 'regression', 'model'],
    notFollowedBy: ['that', 'which', 'for', 'i', 'we'],
  },
];

/** Credentials that are proof from a course only when the sentence says so (COURSE_CONTEXT). */
export const COURSE_CREDENTIALS: readonly PhraseEntry[] = phrases('certificate~, certification~, certified');

/** What makes a credential a course's: "an online certificate", "completed the specialization". */
export const COURSE_CONTEXT: readonly PhraseEntry[] = phrases(
  'online course~|program~|programme~|class~|degree~|certificate~|certification~|training|learning|platform~, learning platform~, course~, specialization~, specialisation~, self paced, tutorial~, ' +
    'bootcamp~, boot camp~, career track, e learning, mooc~',
);

/** Professional credentials, earned by exams and experience: they are not coursework (CFA, FRM, AWS, board certification). */
export const PROFESSIONAL_CREDENTIALS: readonly PhraseEntry[] = phrases(
  'cfa, frm, cpa, acca, cima, pmp, caia, cissp, cisa, cka, ckad, aws, gcp, azure, google cloud, board, chartered, actuar~, fsa, fia, asa, ' +
    'licensed, licence~, license~, professional engineer, six sigma, itil, prince2',
);

/** Signs the notebook went on to run for real: it serves, someone uses it, it runs on a schedule. */
export const REAL_USE: readonly PhraseEntry[] = [
  ...phrases(
    'turn~ into, turned it into, grew into, evolved into, became the|our|a|my, baseline of|for, service, services, scoring service, ' +
      'now run~|use~|plan~|score~|serve~|rank~|flag~|route~|power~|handle~|process~|set~|drive~|feed~|price~|forecast~, ' +
      'used by, in use, adopted by, relies|rely|relied on, runs on|in, transactions, ' +
      'per|each|every day|week|month|night|hour|quarter, ' +
      // The writer ran the competition or the course rather than sat it.
      'coach~, mentor~, taught, teach~, organise~, organize~, host~, judge~, internal, wrote|write|written|design~ the|our|an|a? exam|course|curriculum|questions|competition|challenge, ' +
      // …or stood beside it: sponsored it, reviewed its notebooks, ran it, wrote its scoring; or built the thing itself ("the leaderboard in our app, which I built").
      'sponsor~, review~ @determiner? kaggle? notebooks|solutions|submissions|entries, run|ran|running the|a|our|its competition|challenge|hackathon, ' +
      'wrote|write|built|build|design~ @determiner? scoring|evaluation|metric|baseline|leaderboard, which|that i built|wrote|designed|maintain|run',
  ),
  ...['a day', 'a week', 'a month', 'a night', 'an hour', 'a quarter'].map((phrase) => ({
    phrase,
    notPrecededBy: ['in', 'within', 'over', 'for', 'after', 'than', 'about', 'under', 'inside'],
  })),
];
