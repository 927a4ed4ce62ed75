/** Waiting until a manual-approval action of an execution is pending, then answering it. */
import type { GetPipelineStateOutput } from './api.js';
import { ActionError } from '../errors.js';
import { awsErrorName } from './aws-errors.js';
import { failureText, LoopFailures, type PipelineLoop } from './looks.js';
import { once } from './once.js';
import { pollUntil } from './poll.js';
import { isFinished } from './status.js';
import { msOf } from '../util/time.js';

export interface ApprovalTarget {
  executionId: string;
  execStartMs: number | undefined;
  stage: string;
  action: string;
}

export type ApprovalLook = { kind: 'pending'; token: string } | { kind: 'waiting' } | { kind: 'answered'; status: string };

/** What the state says about the approval action of the execution. Throws when it does not exist. Pure. */
export function lookAtApproval(state: GetPipelineStateOutput, t: ApprovalTarget): ApprovalLook {
  const stages = state.stageStates ?? [];
  const stage = stages.find((s) => s.stageName === t.stage);
  if (!stage) {
    throw new ActionError(`Pipeline ${state.pipelineName ?? ''} has no stage '${t.stage}'.`, { hint: `Set approval-stage to one of: ${stages.map((s) => s.stageName).join(', ')}.` });
  }
  const action = (stage.actionStates ?? []).find((a) => a.actionName === t.action);
  if (!action) {
    const names = (stage.actionStates ?? []).map((a) => a.actionName).join(', ');
    throw new ActionError(`Stage '${t.stage}' of pipeline ${state.pipelineName ?? ''} has no action '${t.action}'.`, { hint: `Set approval-action to one of: ${names}.` });
  }
  if (stage.latestExecution?.pipelineExecutionId !== t.executionId) return { kind: 'waiting' };
  const ex = action.latestExecution;
  const changed = msOf(ex?.lastStatusChange);
  const current = changed !== undefined && (t.execStartMs === undefined || changed >= t.execStartMs);
  if (ex?.status === 'InProgress' && ex.token) return { kind: 'pending', token: ex.token };
  if (current && ex?.status && ex.status !== 'InProgress') return { kind: 'answered', status: ex.status };
  return { kind: 'waiting' };
}

export type ApprovalWait = PipelineLoop;

/** How often a wait for an approval checks that the execution still runs. */
const CHECK_RUNNING_MS = 30_000;

/** The token of the pending approval; throws, saying why, when it does not come. */
export async function waitForPendingApproval(t: ApprovalTarget, o: ApprovalWait): Promise<string> {
  const name = `${t.stage}.${t.action}`;
  let lastCheck = o.clock.now();
  const failures = new LoopFailures({ what: `${name} of execution ${t.executionId} to ask for approval`, timeoutMs: o.timeoutMinutes * 60_000, clock: o.clock, warn: o.warn, note: o.info });
  const look = async (n: number): Promise<string | undefined> => {
    const found = lookAtApproval(await o.api.getState(o.signal), t);
    if (found.kind === 'pending') return found.token;
    if (found.kind === 'answered') {
      throw new ActionError(`The approval ${name} of execution ${t.executionId} was already answered (${found.status}).`, { hint: 'Nothing to approve: an approval can be answered once per execution.' });
    }
    if (n === 0) o.info(`Waiting for ${name} of execution ${t.executionId} to ask for approval.`);
    if (o.clock.now() - lastCheck > CHECK_RUNNING_MS) {
      const exec = await o.api.getExecution(t.executionId, o.signal);
      lastCheck = o.clock.now();
      if (isFinished(exec.status)) {
        throw new ActionError(`Execution ${t.executionId} ended (${exec.status}) before ${name} asked for approval.`, { hint: 'Approve a running execution: pass its execution-id, or leave it empty for the latest one.' });
      }
    }
    return undefined;
  };
  const result = await pollUntil(look, { deadline: o.deadline, signal: o.signal, clock: o.clock, failures });
  if ('found' in result) return result.found;
  if (result.end === 'cancelled') throw new ActionError(`The job was cancelled while waiting for ${name} of execution ${t.executionId}.`, { title: 'cancelled' });
  if (result.failing) {
    const f = result.failing;
    throw new ActionError(`timeout-minutes (${o.timeoutMinutes}) ran out while waiting for ${name} of execution ${t.executionId}, and the looks were failing (${f.summary}): ${f.text}`, { cause: f.error, title: f.error.title, hint: f.error.hint });
  }
  throw new ActionError(`${name} of execution ${t.executionId} did not ask for approval within timeout-minutes (${o.timeoutMinutes}).`, { hint: 'Raise timeout-minutes, or check the execution in the console.' });
}

export interface Answer {
  token: string;
  status: 'Approved' | 'Rejected';
  summary: string;
}

/**
 * PutApprovalResult, retried under the one-off policy. When a retry finds the approval already
 * answered, the state tells whether it holds the answer asked for (the earlier attempt went
 * through and only its response was lost): then that is said and it counts as done.
 */
export async function answerApproval(t: ApprovalTarget, a: Answer, o: Omit<ApprovalWait, 'deadline' | 'timeoutMinutes'>): Promise<void> {
  let firstFailure: unknown;
  let attempts = 0;
  try {
    await once(
      'PutApprovalResult',
      async (attempt) => {
        attempts = attempt;
        try {
          await o.api.putApproval(t.stage, t.action, a.token, a.status, a.summary);
        } catch (e) {
          if (attempt === 1) firstFailure = e;
          throw e;
        }
      },
      { clock: o.clock, signal: o.signal, log: o.info },
    );
  } catch (e) {
    if (attempts < 2 || awsErrorName(e) !== 'ApprovalAlreadyCompletedException') throw e;
    const look = lookAtApproval(await o.api.getState(o.signal), t);
    const want = a.status === 'Approved' ? 'Succeeded' : 'Failed';
    if (look.kind !== 'answered' || look.status !== want) throw e;
    o.info(`The first PutApprovalResult failed (${failureText(firstFailure)}), and its retry found ${t.stage}.${t.action} already answered with the status asked for (${want}).`);
  }
}
