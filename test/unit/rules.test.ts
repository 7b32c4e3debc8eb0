/**
 * Tests generated from every rule's own examples: each flagged text raises the
 * rule, each clean text does not, and each fix gives the promised text.
 */
import * as assert from 'node:assert/strict';
import { analyze, NOTICES, RULE_INFO, RULES } from '../../server/src/engine';
import { applyEdits } from '../helpers/applyEdits';
import { testDictionary } from '../helpers/dictionary';
import { parseMarked, unmarked } from '../helpers/markedSpans';

const KEBAB = /^[a-z]+(?:-[a-z]+)*$/;

describe('rule registry', () => {
  it('has unique kebab-case ids in alphabetical order', () => {
    for (const list of [RULES, RULE_INFO]) {
      const ids = list.map((r) => r.id);
      for (const id of ids) assert.match(id, KEBAB);
      assert.equal(new Set(ids).size, ids.length);
      assert.deepEqual(ids, [...ids].sort());
    }
    // RULE_INFO lists every rule and every notice, once.
    assert.deepEqual(
      RULE_INFO.map((r) => r.id),
      [...RULES, ...NOTICES].map((r) => r.id).sort(),
    );
  });

  it('gives every rule a name, summary, explanation, before/after example and examples both ways', () => {
    /** How many examples each way a rule ships, at least: enough to pin its class and its traps. */
    const MIN_EXAMPLES = 5;

    describe('rule examples', () => {
      it(`give every rule ${MIN_EXAMPLES} flagged examples marking where their findings are, and ${MIN_EXAMPLES} clean ones`, () => {
        const short: string[] = [];
        for (const rule of [...RULES, ...NOTICES]) {
          // A notice the language server raises has nothing `analyze` could flag.
          if ('raisedBy' in rule && rule.raisedBy !== undefined) continue;
          const { flagged, clean } = rule.examples;
          const unmarkedCount = flagged.filter((example) => parseMarked(example).spans.length === 0).length;
          if (flagged.length < MIN_EXAMPLES) short.push(`${rule.id}: ${flagged.length} flagged`);
          if (unmarkedCount > 0) short.push(`${rule.id}: ${unmarkedCount} flagged without ⟦spans⟧`);
          if (clean.length < MIN_EXAMPLES) short.push(`${rule.id}: ${clean.length} clean`);
        }
        assert.deepEqual(short, []);
      });
    });

    for (const rule of [...RULES, ...NOTICES]) {
      assert.ok(rule.name && rule.summary && rule.explanation, rule.id);
      assert.ok(rule.example.before && rule.example.after, rule.id);
      // A notice the language server raises has nothing `analyze` could flag.
      if (!('raisedBy' in rule)) assert.ok(rule.examples.flagged.length > 0, `${rule.id} has no flagged example`);
      assert.ok(rule.examples.clean.length > 0, `${rule.id} has no clean example`);
    }
  });
});

for (const rule of [...RULES, ...NOTICES]) {
  describe(`rule ${rule.id}`, () => {
    // Here as well as in the registry test, so that `--grep <rule-id>` shows a rule without examples.
    const raisedOutside = 'raisedBy' in rule && rule.raisedBy !== undefined;
    it('has flagged and clean examples', () => {
      if (raisedOutside) assert.equal(rule.examples.flagged.length, 0, `${rule.id} is raised outside analyze: it has no flagged example`);
      else assert.ok(rule.examples.flagged.length > 0, `${rule.id} has no flagged example`);
      assert.ok(rule.examples.clean.length > 0, `${rule.id} has no clean example: every rule ships sentences it must not flag`);
    });
    // Every example is read with the spelling dictionary loaded, as the editor reads it.
    const options = { spelling: testDictionary(), ...rule.examples.options };
    for (const example of rule.examples.flagged) {
      it(`flags: ${JSON.stringify(example).slice(0, 90)}`, () => {
        const { text, spans } = parseMarked(example);
        const found = analyze(text, options).findings.filter((f) => f.ruleId === rule.id);
        assert.ok(found.length > 0, `expected ${rule.id} in ${JSON.stringify(text)}`);
        // Where the example marks its spans, the rule raises exactly those.
        if (spans.length > 0) {
          const quote = (s: { start: number; end: number }) => `${s.start}-${s.end} “${text.slice(s.start, s.end)}”`;
          assert.deepEqual(
            found.map((f) => quote({ start: f.offset, end: f.offset + f.length })).sort(),
            spans.map(quote).sort(),
            `${rule.id} findings in ${JSON.stringify(example)}`,
          );
        }
        for (const f of found) {
          assert.equal(f.severity, rule.defaultSeverity);
          assert.ok(f.offset >= 0 && f.length > 0 && f.offset + f.length <= text.length, 'range inside the text');
          assert.ok(f.message.length > 0);
        }
      });
    }
    const cleanOptions = { spelling: testDictionary(), ...(rule.examples.cleanOptions ?? rule.examples.options) };
    for (const example of rule.examples.clean) {
      const text = unmarked(example);
      it(`does not flag: ${JSON.stringify(text).slice(0, 90)}`, () => {
        const found = analyze(text, cleanOptions).findings.filter((f) => f.ruleId === rule.id);
        assert.deepEqual(
          found.map((f) => text.slice(f.offset, f.offset + f.length)),
          [],
          `unexpected ${rule.id} in ${JSON.stringify(text)}`,
        );
      });
    }
    for (const { before, after, fix: index = 0 } of rule.examples.fixed ?? []) {
      it(`fixes: ${JSON.stringify(before)} → ${JSON.stringify(after)}`, () => {
        const finding = analyze(before, options).findings.find((f) => f.ruleId === rule.id);
        assert.ok(finding, `expected ${rule.id} in ${JSON.stringify(before)}`);
        const fix = finding.fixes[index];
        assert.ok(fix, `expected a fix for ${rule.id}`);
        assert.equal(applyEdits(before, fix.edits), after);
      });
    }
    it('shows every fix it offers in a fixed example', () => {
      const offers = rule.examples.flagged.some((example) =>
        analyze(unmarked(example), options).findings.some((f) => f.ruleId === rule.id && f.fixes.length > 0),
      );
      if (offers) assert.ok((rule.examples.fixed ?? []).length > 0, `${rule.id} offers fixes but has no fixed example`);
    });

    // A notice the language server raises is turned off there: test/protocol/checkBudget.test.ts and diagnosticsBound.test.ts.
    if (raisedOutside) return;
    it('can be turned off', function () {
      const text = unmarked(rule.examples.flagged[0]!);
      const found = analyze(text, { ...options, rules: { [rule.id]: 'off' } }).findings.filter((f) => f.ruleId === rule.id);
      assert.equal(found.length, 0);
    });
  });
}
