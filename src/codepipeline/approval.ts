/** Waiting until a manual-approval action of an execution is pending, then answering it. */
import type { GetPipelineStateOutput, PipelineApi } from './api.js';
import { ActionError } from '../errors.js';
import { pollUntil } from './poll.js';
import { isFinished } from './status.js';
import type { Clock } from '../clock.js';

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
  const changed = ex?.lastStatusChange ? new Date(ex.lastStatusChange).getTime() : undefined;
  const current = changed !== undefined && (t.execStartMs === undefined || changed >= t.execStartMs);
  if (ex?.status === 'InProgress' && ex.token) return { kind: 'pending', token: ex.token };
  if (current && ex?.status && ex.status !== 'InProgress') return { kind: 'answered', status: ex.status };
  return { kind: 'waiting' };
}

export async function waitForPendingApproval(api: PipelineApi, t: ApprovalTarget, deadline: number, signal: AbortSignal, clock: Clock, onWaiting: (m: string) => void): Promise<string | undefined> {
  let lastCheck = clock.now();
  const look = async (n: number): Promise<string | undefined> => {
    const found = lookAtApproval(await api.getState(signal), t);
    if (found.kind === 'pending') return found.token;
    if (found.kind === 'answered') {
      throw new ActionError(`The approval ${t.stage}.${t.action} of execution ${t.executionId} was already answered (${found.status}).`, { hint: 'Nothing to approve: an approval can be answered once per execution.' });
    }
    if (n === 0) onWaiting(`Waiting for ${t.stage}.${t.action} of execution ${t.executionId} to ask for approval.`);
    if (clock.now() - lastCheck > 30_000) {
      lastCheck = clock.now();
      const exec = await api.getExecution(t.executionId, signal);
      if (isFinished(exec.status)) {
        throw new ActionError(`Execution ${t.executionId} ended (${exec.status}) before ${t.stage}.${t.action} asked for approval.`, { hint: 'Approve a running execution: pass its execution-id, or leave it empty for the latest one.' });
      }
    }
    return undefined;
  };
  return pollUntil(look, deadline, signal, clock);
}
