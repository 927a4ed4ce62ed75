/** The default STS role session name: traceable to the run, and always valid for STS. */
import type { RunContext } from '../inputs/run-context.js';

const MAX = 64;
const INVALID = /[^\w+=,.@-]+/g;

/** `gh-<owner>-<repo>-<run id>-<attempt>`, at most 64 characters of [\w+=,.@-]. */
export function defaultSessionName(run: RunContext, now: Date = new Date()): string {
  const clean = (s: string): string => s.replace(INVALID, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  const tail = run.runId !== '' ? `-${clean(run.runId)}-${clean(run.runAttempt || '1')}` : `-${now.getTime()}`;
  const head = clean(run.repository.replace('/', '-')) || 'aphex-pipeline';
  const room = MAX - 'gh-'.length - tail.length;
  const trimmed = head.slice(0, Math.max(0, room)).replace(/-$/, '');
  return `gh-${trimmed}${tail}`.slice(0, MAX);
}
