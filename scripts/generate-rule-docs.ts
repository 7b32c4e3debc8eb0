/**
 * `npm run docs`: rewrites what is generated from the rule registry: the rule
 * reference in README.md and the rule ids the `coverLetter.rules` setting accepts;
 * and the README's accuracy section, from eval/results.json (`npm run eval`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type EvalResults, withAccuracySection } from './eval/accuracyDocs';
import { withRuleIds } from './manifestRules';
import { withRuleReference } from './ruleDocs';

const root = path.resolve(__dirname, '..', '..');

function rewrite(file: string, update: (text: string) => string): void {
  const full = path.join(root, file);
  const before = fs.readFileSync(full, 'utf8');
  const after = update(before);
  if (after !== before) fs.writeFileSync(full, after);
  console.log(`${file}: ${after === before ? 'up to date' : 'updated'}`);
}

const results = JSON.parse(fs.readFileSync(path.join(root, 'eval', 'results.json'), 'utf8')) as EvalResults;
rewrite('README.md', (readme) => withAccuracySection(withRuleReference(readme), results));
rewrite('package.json', withRuleIds);
