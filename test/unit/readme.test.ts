/** The README is the front door: it must document every rule, setting and command. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_INFO } from '../../server/src/engine';
import { type EvalResults, withAccuracySection } from '../../scripts/eval/accuracyDocs';
import { withRuleReference } from '../../scripts/ruleDocs';
import { REPO_ROOT } from '../helpers/paths';

/** The parts of package.json these checks read. */
interface Manifest {
  scripts: { demo?: string; test?: string };
  contributes: {
    commands: Array<{ command: string; title: string; category: string }>;
    configuration: { properties: { 'coverLetter.rules': { propertyNames: { enum: string[] } } } };
  };
}

const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;

describe('README', () => {
  it('holds the rule reference as generated from the registry (run `npm run docs`)', () => {
    assert.equal(readme, withRuleReference(readme));
  });

  it('quotes the accuracy measured in eval/results.json (run `npm run eval`, then `npm run docs`)', () => {
    const results = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'eval', 'results.json'), 'utf8')) as EvalResults;
    assert.equal(readme, withAccuracySection(readme, results));
  });

  it('has a section, and so a link target, for every rule', () => {
    for (const rule of RULE_INFO) assert.ok(readme.includes(`\n### ${rule.id}\n`), rule.id);
  });

  it('documents every setting and command the extension contributes', () => {
    for (const key of Object.keys(manifest.contributes.configuration.properties)) {
      assert.ok(readme.includes(`\`${key}\``), `setting ${key}`);
    }
    for (const command of manifest.contributes.commands) {
      assert.ok(readme.includes(`${command.category}: ${command.title}`), `command ${command.command}`);
    }
  });

  it('gives the two commands a newcomer needs, and they exist', () => {
    assert.match(readme, /npm run demo/);
    assert.match(readme, /npm test/);
    assert.ok(manifest.scripts.demo && manifest.scripts.test);
    const demoFile = /samples\/[\w-]+\.md/.exec(manifest.scripts.demo)?.[0];
    assert.ok(demoFile && fs.existsSync(path.join(REPO_ROOT, demoFile)), 'the demo letter ships with the repository');
  });

  it('lets the rules setting accept exactly the registered rule ids', () => {
    const rules = manifest.contributes.configuration.properties['coverLetter.rules'];
    assert.deepEqual([...rules.propertyNames.enum].sort(), RULE_INFO.map((r) => r.id).sort());
  });
});
