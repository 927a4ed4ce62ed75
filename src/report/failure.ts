/** Turns anything thrown into one clear message: annotations, hint, no stack unless debugging. */
import * as core from '@actions/core';
import { isActionError, messageOf, type Problem, type SourcePosition } from '../errors.js';

/** How many problems become annotations; the readable list says how many more there were. */
export const MAX_ANNOTATIONS = 50;

/** Longest "what happened" line of an unexpected error. */
const MAX_UNEXPECTED = 300;

export function isStepDebug(env: NodeJS.ProcessEnv): boolean {
  return env.RUNNER_DEBUG === '1' || env.ACTIONS_STEP_DEBUG === 'true';
}

/**
 * Where an annotation points, within the toolkit's contract: columns only when the position is
 * on one line (startColumn/endColumn "cannot be sent when startLine and endLine are different").
 * An end at column 1 ends with the line before it (the end is exclusive).
 */
export function annotationOf(pos: SourcePosition): core.AnnotationProperties {
  let endLine = pos.endLine ?? pos.line;
  if (endLine > pos.line && pos.endCol === 1) endLine -= 1;
  if (endLine > pos.line) return { file: pos.file, startLine: pos.line, endLine };
  const endColumn = endLine === pos.endLine && pos.endCol !== undefined && pos.endCol > pos.col ? { endColumn: pos.endCol } : {};
  return { file: pos.file, startLine: pos.line, startColumn: pos.col, ...endColumn };
}

/** One line saying what happened, for an error that is not an ActionError. */
export function unexpectedLine(error: unknown): string {
  const named = error instanceof Error && error.name !== 'Error' && !error.message.startsWith(error.name) ? `${error.name}: ` : '';
  const obj = error !== null && typeof error === 'object' && !(error instanceof Error) ? (error as { message?: unknown }) : undefined;
  const raw = typeof obj?.message === 'string' ? obj.message : messageOf(error);
  const first = raw.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const line = `${named}${first.trim()}`.replace(/\s+/g, ' ') || '(no message)';
  return `Unexpected error: ${line.length > MAX_UNEXPECTED ? `${line.slice(0, MAX_UNEXPECTED - 1)}…` : line}`;
}

/** How to get the stack trace of an unexpected error. */
export const UNEXPECTED_HINT =
  'This is a defect in aphex-pipeline-action, not in your configuration: for its stack trace, re-run the job with debug logging ' +
  '(Re-run jobs → Enable debug logging, or the secret ACTIONS_STEP_DEBUG=true), then report it with that trace.';

/** The stack trace and its causes, only when step debugging is on. */
function debugStack(error: unknown, env: NodeJS.ProcessEnv): void {
  if (!isStepDebug(env)) return;
  let e: unknown = error;
  for (let depth = 0; e instanceof Error && depth < 5; depth++, e = e.cause) {
    if (e.stack) core.info(`${depth === 0 ? '' : 'Caused by: '}${e.stack}`);
  }
}

export function reportFailure(error: unknown, env: NodeJS.ProcessEnv): void {
  if (!isActionError(error)) {
    core.error(`${unexpectedLine(error)}\n${UNEXPECTED_HINT}`, { title: 'aphex-pipeline defect' });
    debugStack(error, env);
    return;
  }
  if (error.problems.length > 0) reportProblems(error.problems);
  const text = error.hint ? `${error.message}\n${error.hint}` : error.message;
  core.error(text, { title: error.title ?? 'aphex-pipeline', ...(error.position ? annotationOf(error.position) : {}) });
  debugStack(error, env);
}

/** `file:line:col` of a problem, as the readable list and the summary show it. */
export function locationOf(p: SourcePosition): string {
  return `${p.file}:${p.line}:${p.col}`;
}

export function reportProblems(problems: Problem[]): void {
  const shown = problems.slice(0, MAX_ANNOTATIONS);
  for (const p of shown) core.error(p.message, { title: p.rule ?? 'aphex-config', ...annotationOf(p) });
  const lines = shown.map((p) => `  ${locationOf(p)}  ${p.message}${p.rule ? `  [${p.rule}]` : ''}`);
  if (problems.length > MAX_ANNOTATIONS) lines.push(`  ... and ${problems.length - MAX_ANNOTATIONS} more`);
  core.info(`${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
}
