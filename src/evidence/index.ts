/**
 * Failure evidence: for each failed action of an execution, what explains the failure — the end
 * of the CodeBuild build's log, or the failed events of the CloudFormation deployment — gathered
 * within one time budget. Never throws: whatever cannot be had becomes one note. Loaded (with its
 * SDK clients) only when an execution failed.
 */
import type { ActionExecutionDetail } from '@aws-sdk/client-codepipeline';
import type { AwsSession } from '../aws/session.js';
import type { Clock } from '../clock.js';
import { messageOf } from '../errors.js';
import { stackEventsEvidence } from './cloudformation.js';
import { buildLogEvidence } from './codebuild.js';
import type { Evidence, FailedActionRef } from './model.js';
import { msOf } from '../util/time.js';

export type { Evidence } from './model.js';

/** All evidence of one execution within this long; the outcome is known already and waits for nothing else. */
export const EVIDENCE_BUDGET_MS = 30_000;

export interface GatherOptions {
  clock: Clock;
  /** The job's cancellation. */
  signal?: AbortSignal;
  budgetMs?: number;
}

/** The failed action executions (the latest run of each action), in the order listed. */
export function failedDetails(details: ActionExecutionDetail[]): ActionExecutionDetail[] {
  const latest = new Map<string, ActionExecutionDetail>();
  const start = (a: ActionExecutionDetail): number => ((msOf(a.startTime) ?? 0));
  for (const a of details) {
    const key = `${a.stageName}/${a.actionName}`;
    const prev = latest.get(key);
    if (!prev || start(a) >= start(prev)) latest.set(key, a);
  }
  return [...latest.values()].filter((a) => a.status === 'Failed').sort((a, b) => start(a) - start(b));
}

/** Whether the action is one the evidence knows how to explain. */
export function explainable(a: ActionExecutionDetail): boolean {
  const provider = a.input?.actionTypeId?.provider;
  return provider === 'CodeBuild' || provider === 'CloudFormation';
}

export async function gatherEvidence(session: AwsSession, failed: ActionExecutionDetail[], o: GatherOptions): Promise<Evidence[]> {
  const budget = o.budgetMs ?? EVIDENCE_BUDGET_MS;
  const stop = new AbortController();
  const onCancel = (): void => stop.abort();
  o.signal?.addEventListener('abort', onCancel, { once: true });
  const out: Evidence[] = [];
  const timer = new AbortController();
  const outOfTime = o.clock.sleep(budget, timer.signal).then(() => 'timeout' as const);
  try {
    for (const a of failed.filter(explainable)) {
      const ref = refOf(a);
      if (stop.signal.aborted) break;
      const one = evidenceOf(session, a, ref, { clock: o.clock, signal: stop.signal }).catch((e: unknown): Evidence => ({ ...ref, kind: 'note', text: messageOf(e) }));
      const got = await Promise.race([one, outOfTime]);
      if (got === 'timeout') {
        stop.abort();
        out.push({ ...ref, kind: 'note', text: `Gathering the failure evidence took longer than ${Math.round(budget / 1000)} s; the rest is left out. The links above lead to the logs.` });
        break;
      }
      out.push(got);
    }
  } finally {
    timer.abort();
    o.signal?.removeEventListener('abort', onCancel);
  }
  return out;
}

function refOf(a: ActionExecutionDetail): FailedActionRef {
  return { stage: a.stageName ?? '', action: a.actionName ?? '', provider: a.input?.actionTypeId?.provider ?? '' };
}

function evidenceOf(session: AwsSession, a: ActionExecutionDetail, ref: FailedActionRef, o: { clock: Clock; signal: AbortSignal }): Promise<Evidence> {
  const result = a.output?.executionResult;
  if (ref.provider === 'CodeBuild') {
    const buildId = result?.externalExecutionId;
    if (!buildId) return Promise.resolve({ ...ref, kind: 'note', text: 'CodePipeline names no CodeBuild build for this action (it failed before a build started).' });
    return buildLogEvidence(session, ref, buildId, o);
  }
  const config = { ...(a.input?.configuration ?? {}), ...(a.input?.resolvedConfiguration ?? {}) };
  const stack = config.StackName;
  if (!stack) return Promise.resolve({ ...ref, kind: 'note', text: 'The action names no StackName, so there are no stack events to show.' });
  const since = msOf(a.startTime);
  return stackEventsEvidence(session, ref, stack, since, o);
}
