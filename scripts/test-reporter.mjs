// Ends the run with a plain "N passed, N failed" line that CI reads, after wtr's own summary, and
// writes every test's outcome to test-results.json, which scripts/hazard-log.mjs checks: each
// control the hazard log names must be a test that ran and passed in every browser.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

function collect(suite, path, out) {
  for (const test of suite.tests ?? []) out.push({ name: [...path, test.name].join(' > '), passed: !!test.passed, skipped: !!test.skipped });
  for (const child of suite.suites ?? []) collect(child, [...path, child.name], out);
}

export function clogReporter({ resultsFile = 'test-results.json' } = {}) {
  let line = '';
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const results = [];
      for (const session of sessions) {
        const tests = [];
        if (session.testResults) collect(session.testResults, [], tests);
        for (const test of tests) {
          if (test.skipped) totals.skipped += 1;
          else if (test.passed) totals.passed += 1;
          else totals.failed += 1;
        }
        // A file that failed to load has no test results but must still count as a failure.
        if (!session.passed && tests.length === 0) totals.failed += 1;
        const file = relative(process.cwd(), session.testFile);
        for (const test of tests) results.push({ file, browser: session.browser.name, ...test });
      }
      writeFileSync(resultsFile, `${JSON.stringify(results, null, 1)}\n`);
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      line = `${totals.passed} passed, ${totals.failed} failed${skipped}`;
    },
    // The default reporter draws its last frame after every reporter's stop(): print on exit.
    start() {
      process.once('exit', () => {
        if (line) process.stdout.write(`\n${line}\n`);
      });
    },
  };
}
