/** `npm run docs`: rewrites the rule reference in README.md from the rule registry. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { withRuleReference } from './ruleDocs';

const readmePath = path.resolve(__dirname, '..', '..', 'README.md');
const before = fs.readFileSync(readmePath, 'utf8');
const after = withRuleReference(before);
if (after !== before) fs.writeFileSync(readmePath, after);
console.log(after === before ? 'README.md rule reference is up to date.' : 'README.md rule reference updated.');
