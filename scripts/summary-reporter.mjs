// Ends the run with a plain "N passed, N failed" line that CI reads, after wtr's own summary.
function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  let line = '';
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load has no test results but must still count as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          totals.failed += 1;
        }
      }
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
