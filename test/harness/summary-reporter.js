// Closes the run with lines any CI log reader sees last: one line per test file that skipped
// tests, with the reason the file gave, then the plain count "jest: N passed, N failed".
import path from 'node:path';

/** The reason a file gave for skipping: its console warning that says SKIPPED, else any warning. */
export function skipReason(testResult) {
  const messages = (testResult.console ?? []).filter((m) => m.type === 'warn' || m.type === 'error' || m.type === 'log').map((m) => String(m.message));
  const said = messages.find((m) => /skipp/i.test(m)) ?? (testResult.console ?? []).filter((m) => m.type === 'warn').map((m) => String(m.message))[0];
  if (said) return said.split('\n')[0];
  const titles = [...new Set(testResult.testResults.filter((t) => t.status === 'pending' || t.status === 'todo').map((t) => t.ancestorTitles.join(' > ') || t.title))];
  return `no reason captured (a single-file run prints it above); skipped: ${titles.join('; ')}`;
}

/**
 * One line per file with skipped tests: "skipped: <file> (<n> of <m> tests): <reason>".
 * `reasons` holds the reasons read while each file's console output was still there.
 */
export function skippedLines(results, rootDir, reasons = new Map()) {
  return results.testResults
    .filter((r) => r.numPendingTests + r.numTodoTests > 0)
    .map((r) => {
      const skipped = r.numPendingTests + r.numTodoTests;
      const total = skipped + r.numPassingTests + r.numFailingTests;
      const file = path.relative(rootDir, r.testFilePath);
      return `skipped: ${file} (${skipped} of ${total} tests): ${reasons.get(r.testFilePath) ?? skipReason(r)}`;
    });
}

export default class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig?.rootDir ?? process.cwd();
    this.reasons = new Map();
  }

  // Jest drops each file's console output once the reporters have seen the file: read it here.
  onTestResult(_test, testResult) {
    if (testResult.numPendingTests + testResult.numTodoTests > 0) this.reasons.set(testResult.testFilePath, skipReason(testResult));
  }

  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const lines = skippedLines(results, this.rootDir, this.reasons);
    const count = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed` + (skipped > 0 ? `, ${skipped} skipped` : '');
    const text = `\n${[...lines, count].join('\n')}\n`;
    // Jest prints its own summary (Test Suites: …, Time: …) after every custom reporter; printing
    // when the process exits keeps these lines the last ones (writes to a pipe or file are
    // synchronous there).
    process.once('exit', () => process.stdout.write(text));
  }
}
