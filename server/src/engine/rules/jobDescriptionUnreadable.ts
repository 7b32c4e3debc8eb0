import type { Rule } from '../kit/rule';

export const jobDescriptionUnreadable: Rule = {
  id: 'job-description-unreadable',
  name: 'Job description not read',
  defaultSeverity: 'warning',
  summary: 'The job description the letter names could not be read (missing file, not text, or outside an untrusted workspace).',
  explanation:
    'Matching a letter to its job needs the description. The letter is still checked; fix the path in `job:` (relative to the letter), ' +
    'or the `coverLetter.jobDescription` setting, to bring the job match back.',
  example: { before: 'job: ./jobs/acme.md   (no such file)', after: 'job: ./job.md' },
  examples: {
    options: { job: { problem: 'Cannot read ./job.md: no such file.' } },
    // The finding sits on the front matter's `job:` line, or on the letter's first line when the job was named elsewhere.
    flagged: [
      '---\n⟦job: ./job.md⟧\n---\n\nI own the ranking model.',
      '---\ncompany: Lumen\n⟦job: ./job.md⟧\n---\n\nI own the ranking model.',
      '---\n⟦job: ../postings/lumen.txt⟧\n---\n\nI own it.',
      '⟦Dear Ms. Lee,⟧\n\nI own the ranking model.',
      '⟦---⟧\ntarget: 250\n---\n\nI own the ranking model.',
    ],
    cleanOptions: { job: { text: 'We hire ML engineers to own ranking.' } },
    clean: [
      '---\njob: ./job.md\n---\n\nI own the ranking model.',
      '---\ncompany: Lumen\njob: ./job.md\n---\n\nI own the ranking model.',
      'Dear Ms. Lee,\n\nI own the ranking model.',
      '---\ntarget: 250\n---\n\nI own the ranking model.',
      'I own it.',
    ],
  },
  check: (letter, context) => {
    if (!context.jobProblem) return [];
    // On the `job:` line of the front matter when the letter names the file there, else on the first line.
    const named = /^job[ \t]*:.*$/m.exec(letter.text.slice(0, letter.frontMatter?.end ?? 0));
    const lineEnd = letter.text.indexOf('\n');
    const [offset, length] = named ? [named.index, named[0].length] : [0, lineEnd < 0 ? letter.text.length : lineEnd];
    return [{ offset, length, message: context.jobProblem }];
  },
};
