/**
 * The job summary of a failed step, written once the failure is known: what failed, the hint,
 * and for a config with problems the table of every problem (file:line:col, rule, message).
 */
import { isActionError, type Problem } from '../errors.js';
import { locationOf, MAX_ANNOTATIONS, UNEXPECTED_HINT, unexpectedLine } from './failure.js';
import { lines, SummaryDoc } from './markdown.js';
import { writeSummary } from './summary.js';

/** At most this many problems in the summary's table (the log lists as many). */
export const MAX_SUMMARY_PROBLEMS = MAX_ANNOTATIONS;

export function problemsTable(doc: SummaryDoc, problems: Problem[]): SummaryDoc {
  const rows = problems.slice(0, MAX_SUMMARY_PROBLEMS).map((p) => [locationOf(p), p.rule ?? '', p.message]);
  doc.table(['Location', 'Rule', 'Message'], rows);
  if (problems.length > MAX_SUMMARY_PROBLEMS) doc.paragraph(`… and ${problems.length - MAX_SUMMARY_PROBLEMS} more (see the step log).`);
  return doc;
}

/** `command` is the command input, or '' when the failure came before it was read. */
export function failureSummary(error: unknown, command: string): SummaryDoc {
  const what = command === '' ? 'aphex-pipeline' : `aphex-pipeline ${command}`;
  if (!isActionError(error)) {
    return new SummaryDoc().heading(`❌ ${what} failed: unexpected error`).paragraph(unexpectedLine(error)).paragraph(UNEXPECTED_HINT);
  }
  const doc = new SummaryDoc().heading(`❌ ${what} failed${error.title ? `: ${error.title}` : ''}`).paragraph(lines(error.message));
  if (error.hint) doc.paragraph(lines(error.hint));
  if (error.problems.length > 0) problemsTable(doc, error.problems);
  return doc;
}

/** Appends the failure to the job summary; never throws (see writeSummary). */
export async function writeFailureSummary(env: NodeJS.ProcessEnv, error: unknown, command: string): Promise<void> {
  await writeSummary(env, failureSummary(error, command));
}
