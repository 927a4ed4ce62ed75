/**
 * status: what one execution is now, without waiting — from GetPipelineExecution, GetPipelineState
 * and its action executions (ListActionExecutions). Pure: the outputs started-at, ended-at,
 * artifact-revisions and stages, and the report the job summary shows.
 */
import type { ActionExecutionDetail, GetPipelineStateOutput, PipelineExecution } from './api.js';
import { buildReport, layoutOf, type ExecutionReport } from './model.js';
import { latestPerAction } from './outputs.js';
import { isFinished } from './status.js';
import { msOf } from '../util/time.js';

export interface Revision {
  revisionId?: string;
  summary?: string;
  url?: string;
}

export interface StageStatus {
  status: string;
  actions: Record<string, { status: string; summary?: string; url?: string }>;
}

export interface StatusSnapshot {
  report: ExecutionReport;
  startedAt?: string;
  endedAt?: string;
  /** Source action (or artifact, when no source action ran) → revision. */
  artifactRevisions: Record<string, Revision>;
  stages: Record<string, StageStatus>;
}

const iso = (ms: number): string => new Date(ms).toISOString();
const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;

/** Revisions by source action (their execution result names the revision), else by artifact as GetPipelineExecution lists them. */
export function revisionsOf(execution: PipelineExecution, details: ActionExecutionDetail[]): Record<string, Revision> {
  const out: Record<string, Revision> = {};
  for (const a of latestPerAction(details)) {
    if (a.input?.actionTypeId?.category !== 'Source') continue;
    const r = a.output?.executionResult;
    out[a.actionName ?? ''] = clean({ revisionId: r?.externalExecutionId, summary: r?.externalExecutionSummary, url: r?.externalExecutionUrl });
  }
  if (Object.keys(out).length > 0) return out;
  for (const r of execution.artifactRevisions ?? []) out[r.name ?? ''] = clean({ revisionId: r.revisionId, summary: r.revisionSummary, url: r.revisionUrl });
  return out;
}

/** Start: the first action's start; end (once finished): the last action's last update. */
function timesOf(status: string | undefined, details: ActionExecutionDetail[]): { startedAt?: string; endedAt?: string } {
  const starts = details.map((a) => ((msOf(a.startTime) ?? NaN))).filter((n) => !Number.isNaN(n));
  const ends = details.map((a) => ((msOf(a.lastUpdateTime) ?? NaN))).filter((n) => !Number.isNaN(n));
  return {
    ...(starts.length > 0 ? { startedAt: iso(Math.min(...starts)) } : {}),
    ...(isFinished(status) && ends.length > 0 ? { endedAt: iso(Math.max(...ends)) } : {}),
  };
}

/** Stages of this execution as GetPipelineState shows them, for when its action executions could not be read. */
function stateOnly(state: GetPipelineStateOutput, id: string): ActionExecutionDetail[] {
  return (state.stageStates ?? []).flatMap((s) =>
    s.latestExecution?.pipelineExecutionId !== id
      ? []
      : (s.actionStates ?? []).flatMap((a) => {
          const e = a.latestExecution;
          if (!e) return [];
          const result = { externalExecutionSummary: e.summary, externalExecutionUrl: e.externalExecutionUrl, errorDetails: e.errorDetails };
          return [{ pipelineExecutionId: id, stageName: s.stageName, actionName: a.actionName, status: e.status, lastUpdateTime: e.lastStatusChange, output: { executionResult: result } } as ActionExecutionDetail];
        }),
  );
}

export function statusSnapshot(head: { pipelineName: string; executionId: string; url: string }, execution: PipelineExecution, state: GetPipelineStateOutput, details: ActionExecutionDetail[] | undefined): StatusSnapshot {
  const runs = details ?? stateOnly(state, head.executionId);
  const report = buildReport({ ...head, status: execution.status ?? 'Unknown', ...(execution.statusSummary ? { statusSummary: execution.statusSummary } : {}) }, layoutOf(state), runs);
  const stages: Record<string, StageStatus> = {};
  for (const s of report.stages) {
    const actions: StageStatus['actions'] = {};
    for (const a of s.actions) actions[a.action] = clean({ status: a.status, summary: a.error ? `${a.error.code ?? 'Error'}: ${a.error.message ?? ''}` : a.summary, url: a.url });
    stages[s.name] = { status: s.status, actions };
  }
  return { report, ...timesOf(execution.status, details ?? []), artifactRevisions: revisionsOf(execution, details ?? []), stages };
}
