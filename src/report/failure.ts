/** Turns anything thrown into one clear message: annotations, hint, no stack unless debugging. */
import * as core from '@actions/core';
import { isActionError, messageOf, type Problem } from '../errors.js';

/** How many problems become annotations; the readable list says how many more there were. */
export const MAX_ANNOTATIONS = 50;

export function isStepDebug(env: NodeJS.ProcessEnv): boolean {
  return env.RUNNER_DEBUG === '1' || env.ACTIONS_STEP_DEBUG === 'true';
}

export function reportFailure(error: unknown, env: NodeJS.ProcessEnv): void {
  const debug = isStepDebug(env);
  if (!isActionError(error)) {
    core.error(
      `Unexpected error: ${messageOf(error)}\n` +
        'This is a defect in aphex-pipeline-action, not in your configuration. ' +
        'Re-run the job with debug logging (secret ACTIONS_STEP_DEBUG=true) for a stack trace and report it.',
    );
    if (debug && error instanceof Error && error.stack) core.info(error.stack);
    return;
  }
  if (error.problems.length > 0) reportProblems(error.problems);
  const text = error.hint ? `${error.message}\n${error.hint}` : error.message;
  const pos = error.position;
  core.error(text, {
    title: error.title ?? 'aphex-pipeline',
    ...(pos ? { file: pos.file, startLine: pos.line, startColumn: pos.col } : {}),
  });
  if (debug && error.stack) core.info(error.stack);
}

export function reportProblems(problems: Problem[]): void {
  problems.slice(0, MAX_ANNOTATIONS).forEach((p) => {
    core.error(p.message, {
      title: p.rule ?? 'aphex-config',
      file: p.file,
      startLine: p.line,
      startColumn: p.col,
      ...(p.endLine !== undefined ? { endLine: p.endLine } : {}),
      ...(p.endCol !== undefined && p.endLine === p.line ? { endColumn: p.endCol } : {}),
    });
  });
  const lines = problems.slice(0, MAX_ANNOTATIONS).map((p) => `  ${p.file}:${p.line}:${p.col}  ${p.message}${p.rule ? `  [${p.rule}]` : ''}`);
  if (problems.length > MAX_ANNOTATIONS) lines.push(`  ... and ${problems.length - MAX_ANNOTATIONS} more`);
  core.info(`${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
}
