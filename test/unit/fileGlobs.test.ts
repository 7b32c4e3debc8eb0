/**
 * `coverLetter.files` globs come from workspace settings, even in an untrusted
 * workspace (issue 18): a pattern that would backtrack for minutes is refused with
 * a settings warning, and the patterns that are accepted match in linear time.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import picomatch from 'picomatch';
import { DEFAULT_FILE_GLOBS, DEFAULT_SETTINGS } from '../../shared/src/settings';
import { globProblem, matchesFileGlobs, simpleGlobMatcher } from '../../server/src/server/documentFilter';
import { validateSettings } from '../../server/src/server/settingsValidation';

const PATHOLOGICAL = '**/*a*a*a*a*a*a*a*a*a*a*b';
const LONG_NAME = `/home/me/letters/${'a'.repeat(250)}.md`;

describe('coverLetter.files globs', function () {
  it('refuses the pathological glob with a settings warning, keeping the defaults', function () {
    const { settings, warnings } = validateSettings({ files: ['**/*.md', PATHOLOGICAL] });
    assert.deepEqual(settings.files, DEFAULT_SETTINGS.files);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /^coverLetter\.files\[1\]: expected a pattern with at most 10 wildcards/);
  });

  it('refuses long patterns and star-heavy ones that need picomatch', function () {
    assert.match(globProblem(`**/${'x'.repeat(300)}`)!, /at most 200 characters/);
    assert.match(globProblem('**/{a,b}*a*a*a*b')!, /at most 3 \*/);
    for (const glob of [...DEFAULT_FILE_GLOBS, '**/*.md', '**/{drafts,letters}/*.md', 'letters/[a-z]*.txt'])
      assert.equal(globProblem(glob), undefined, glob);
  });

  it('matches quickly: a refused glob never matches, an accepted star-heavy one is linear', function () {
    const start = process.hrtime.bigint();
    assert.equal(matchesFileGlobs(LONG_NAME, [PATHOLOGICAL]), false);
    const stars = '**/*a*a*a*a*a*a*a*a*b'; // 10 wildcards: accepted
    assert.equal(globProblem(stars), undefined);
    assert.equal(matchesFileGlobs(LONG_NAME, [stars]), false);
    assert.equal(matchesFileGlobs(`/x/${'a'.repeat(250)}b`, [stars]), true);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    assert.ok(ms < 1000, `took ${ms} ms`);
  });

  it('matches as picomatch does (nocase, dot) for literal text, * , ? and **', function () {
    const glob = fc
      .array(fc.constantFrom('a', 'b', '.', '-', '*', '?', '**', 'A'), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join(''))
      .chain((segment) =>
        fc.array(fc.oneof(fc.constant(segment), fc.constant('**'), fc.constantFrom('a', 'b*', '.b', '*.md')), { minLength: 1, maxLength: 4 }),
      )
      .map((segments) => segments.join('/'))
      // Where picomatch is inconsistent (see simpleGlobMatcher): a final /** after a segment with wildcards.
      .filter((g) => !/[*?][^/]*\/\*\*$/.test(g));
    // Paths as filePathOfUri gives them: absolute or not, no empty, '.' or '..' parts.
    const path = fc
      .tuple(
        fc.boolean(),
        fc.array(
          fc.stringMatching(/^[abAB.-]{1,5}(\.md)?$/).filter((part) => part !== '.' && part !== '..'),
          { minLength: 1, maxLength: 5 },
        ),
      )
      .map(([absolute, parts]) => (absolute ? '/' : '') + parts.join('/'));
    fc.assert(
      fc.property(glob, path, (g, p) => {
        assert.equal(simpleGlobMatcher(g)(p), picomatch(g, { nocase: true, dot: true })(p), `${g} on ${p}`);
      }),
      { numRuns: 2000 },
    );
  });
});
