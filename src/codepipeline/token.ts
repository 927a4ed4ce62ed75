/**
 * The default idempotency token of StartPipelineExecution.
 *
 * Same run, same attempt, same job, same pipeline and same inputs -> same token, so a step that
 * is retried (or runs twice) inside one attempt gets the execution it already started. A re-run
 * of the workflow is a new attempt: a deliberate re-deploy that starts a new execution. Matrix
 * legs differ by their variables / source revisions, so each gets its own execution.
 */
import { createHash } from 'node:crypto';
import type { RunContext } from '../inputs/run-context.js';

export interface TokenInputs {
  pipelineName: string;
  variables: { name: string; value: string }[];
  sourceRevisions: { actionName: string; revisionType: string; revisionValue: string }[];
}

/** `gh-<runId>-<attempt>-<hash>`; undefined outside GitHub Actions (no run id). */
export function defaultClientRequestToken(run: Pick<RunContext, 'repository' | 'runId' | 'runAttempt' | 'job'>, inputs: TokenInputs): string | undefined {
  if (run.runId === '') return undefined;
  const material = JSON.stringify([
    run.repository,
    run.job,
    inputs.pipelineName,
    inputs.variables.map((v) => [v.name, v.value]),
    inputs.sourceRevisions.map((r) => [r.actionName, r.revisionType, r.revisionValue]),
  ]);
  const hash = createHash('sha256').update(material).digest('hex').slice(0, 32);
  const safe = (s: string): string => s.replace(/[^a-zA-Z0-9]/g, '').slice(0, 24);
  return `gh-${safe(run.runId)}-${safe(run.runAttempt || '1')}-${hash}`;
}
