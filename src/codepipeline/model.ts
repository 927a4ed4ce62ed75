/** The report of an execution: stages, actions, statuses, durations, links, errors. Pure. */
import type { ActionExecutionDetail, GetPipelineStateOutput } from '@aws-sdk/client-codepipeline';
import { latestPerAction } from './outputs.js';
import { msOf } from '../util/time.js';

export interface ActionReport {
  stage: string;
  action: string;
  /** CodePipeline status, or 'NotRun'. */
  status: string;
  provider?: string;
  durationMs?: number;
  url?: string;
  summary?: string;
  error?: { code?: string; message?: string };
}

export interface StageReport {
  name: string;
  status: string;
  durationMs?: number;
  actions: ActionReport[];
}

export interface ExecutionReport {
  pipelineName: string;
  executionId: string;
  url: string;
  status: string;
  statusSummary?: string;
  stages: StageReport[];
}

export type Layout = { stage: string; actions: string[] }[];

/** Stages and their actions in pipeline order, as GetPipelineState lists them. */
export function layoutOf(state: GetPipelineStateOutput | undefined): Layout {
  return (state?.stageStates ?? []).map((s) => ({ stage: s.stageName ?? '', actions: (s.actionStates ?? []).map((a) => a.actionName ?? '') }));
}


function actionReport(stage: string, name: string, a: ActionExecutionDetail | undefined): ActionReport {
  if (!a) return { stage, action: name, status: 'NotRun' };
  const start = msOf(a.startTime);
  const end = msOf(a.lastUpdateTime);
  const result = a.output?.executionResult;
  const error = result?.errorDetails;
  return {
    stage,
    action: name,
    status: a.status ?? 'Unknown',
    ...(a.input?.actionTypeId?.provider ? { provider: a.input.actionTypeId.provider } : {}),
    ...(start !== undefined && end !== undefined ? { durationMs: Math.max(0, end - start) } : {}),
    ...(result?.externalExecutionUrl ? { url: result.externalExecutionUrl } : {}),
    ...(result?.externalExecutionSummary ? { summary: result.externalExecutionSummary } : {}),
    ...(error ? { error: { code: error.code, message: error.message } } : {}),
  };
}

function stageStatus(actions: ActionReport[]): string {
  const has = (s: string): boolean => actions.some((a) => a.status === s);
  if (has('Failed')) return 'Failed';
  if (has('InProgress')) return 'InProgress';
  if (has('Abandoned')) return 'Stopped';
  if (actions.every((a) => a.status === 'NotRun')) return 'NotRun';
  return has('NotRun') ? 'InProgress' : 'Succeeded';
}

export function buildReport(head: Omit<ExecutionReport, 'stages'>, layout: Layout, details: ActionExecutionDetail[]): ExecutionReport {
  const latest = latestPerAction(details);
  const byKey = new Map(latest.map((a) => [`${a.stageName}/${a.actionName}`, a]));
  const full: Layout = layout.map((l) => ({ stage: l.stage, actions: [...l.actions] }));
  for (const a of latest) {
    // Actions the layout does not know (pipeline changed since): append them.
    let s = full.find((l) => l.stage === a.stageName);
    if (!s) full.push((s = { stage: a.stageName ?? '', actions: [] }));
    if (!s.actions.includes(a.actionName ?? '')) s.actions.push(a.actionName ?? '');
  }
  const stages = full.map((l): StageReport => {
    const actions = l.actions.map((name) => actionReport(l.stage, name, byKey.get(`${l.stage}/${name}`)));
    const runs = l.actions.map((n) => byKey.get(`${l.stage}/${n}`)).filter((a): a is ActionExecutionDetail => a !== undefined);
    const starts = runs.map((a) => msOf(a.startTime)).filter((x): x is number => x !== undefined);
    const ends = runs.map((a) => msOf(a.lastUpdateTime)).filter((x): x is number => x !== undefined);
    const durationMs = starts.length && ends.length ? Math.max(...ends) - Math.min(...starts) : undefined;
    return { name: l.stage, status: stageStatus(actions), ...(durationMs !== undefined ? { durationMs } : {}), actions };
  });
  return { ...head, stages };
}

/** Actions that failed, in pipeline order. */
export function failedActions(report: ExecutionReport): ActionReport[] {
  return report.stages.flatMap((s) => s.actions.filter((a) => a.status === 'Failed'));
}

export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return '';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${s % 60}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}
