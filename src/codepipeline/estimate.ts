/**
 * Expected durations learned from recent successful executions, and the remaining time of a
 * running one from per-stage progress. Pure.
 */
import type { ActionExecutionDetail, GetPipelineStateOutput } from '@aws-sdk/client-codepipeline';
import { msOf } from '../util/time.js';

export interface Expectation {
  /** Median duration of recent successful executions. */
  totalMs: number | undefined;
  /** Median duration of each stage in recent successful executions. */
  stageMs: Record<string, number>;
  /** Stages with a manual approval: their duration is a person's decision. */
  humanStages: string[];
}


export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Learns from the pipeline's most recent action executions (one ListActionExecutions page):
 * executions other than `exclude` whose actions all succeeded and that reached the last stage.
 */
export function learnExpectation(actions: ActionExecutionDetail[], stageNames: string[], exclude: string, sample = 10): Expectation {
  const byExec = new Map<string, ActionExecutionDetail[]>();
  for (const a of actions) {
    const id = a.pipelineExecutionId ?? '';
    if (id !== exclude && a.startTime && a.lastUpdateTime) byExec.set(id, [...(byExec.get(id) ?? []), a]);
  }
  const lastStage = stageNames[stageNames.length - 1];
  const complete = [...byExec.values()]
    .filter((list) => list.every((a) => a.status === 'Succeeded') && (lastStage === undefined || list.some((a) => a.stageName === lastStage)))
    .sort((x, y) => Math.max(...y.map((a) => msOf(a.startTime) as number)) - Math.max(...x.map((a) => msOf(a.startTime) as number)))
    .slice(0, sample);
  const totals: number[] = [];
  const byStage = new Map<string, number[]>();
  for (const list of complete) {
    totals.push(spanOf(list));
    const stages = new Set(list.map((a) => a.stageName ?? ''));
    for (const stage of stages) byStage.set(stage, [...(byStage.get(stage) ?? []), spanOf(list.filter((a) => a.stageName === stage))]);
  }
  const stageMs: Record<string, number> = {};
  for (const [stage, list] of byStage) stageMs[stage] = median(list) as number;
  const humanStages = [...new Set(actions.filter((a) => a.input?.actionTypeId?.category === 'Approval').map((a) => a.stageName ?? ''))];
  return { totalMs: median(totals), stageMs, humanStages };
}

function spanOf(list: ActionExecutionDetail[]): number {
  const starts = list.map((a) => msOf(a.startTime) as number);
  const ends = list.map((a) => msOf(a.lastUpdateTime) as number);
  return Math.max(...ends) - Math.min(...starts);
}

/** Start of an execution: its earliest action start in `actions`, if any. */
export function startOf(actions: ActionExecutionDetail[], executionId: string): number | undefined {
  const starts = actions.filter((a) => a.pipelineExecutionId === executionId && a.startTime).map((a) => msOf(a.startTime) as number);
  return starts.length > 0 ? Math.min(...starts) : undefined;
}

/**
 * Without history for some stages, guess each of them takes as long as this execution's own
 * finished stages took on average (better than no estimate at all for a first execution).
 */
export function withOwnProgress(exp: Expectation, layout: { stage: string }[], took: Record<string, number>): Expectation {
  const own = Object.values(took);
  if (own.length === 0 || layout.every((l) => exp.stageMs[l.stage] !== undefined)) return exp;
  const guess = own.reduce((a, b) => a + b, 0) / own.length;
  const stageMs = { ...exp.stageMs };
  for (const l of layout) stageMs[l.stage] ??= took[l.stage] ?? guess;
  return { ...exp, stageMs };
}

export interface Progress {
  now: number;
  /** Start of the awaited execution (AWS clock), when known. */
  execStartMs: number | undefined;
  /** When the wait first saw the execution in each stage. */
  stageSeenMs: Record<string, number>;
}

export interface Estimate {
  remainingMs: number | undefined;
  waitingForHuman: boolean;
}

export function estimateRemaining(exp: Expectation, state: GetPipelineStateOutput, executionId: string, p: Progress): Estimate {
  const stages = state.stageStates ?? [];
  let current = -1;
  stages.forEach((s, i) => {
    if (s.latestExecution?.pipelineExecutionId === executionId) current = i;
  });
  const byTotal = exp.totalMs !== undefined && p.execStartMs !== undefined ? exp.totalMs - (p.now - p.execStartMs) : undefined;
  if (current < 0) return { remainingMs: byTotal, waitingForHuman: false };
  const stage = stages[current];
  const name = stage?.stageName ?? '';
  const running = stage?.latestExecution?.status === 'InProgress';
  if (running && exp.humanStages.includes(name)) return { remainingMs: undefined, waitingForHuman: true };
  let later = 0;
  for (const s of stages.slice(current + 1)) {
    const n = s.stageName ?? '';
    if (exp.humanStages.includes(n)) break;
    const ms = exp.stageMs[n];
    if (ms === undefined) return { remainingMs: byTotal, waitingForHuman: false };
    later += ms;
  }
  if (!running) return { remainingMs: later, waitingForHuman: false };
  const expected = exp.stageMs[name];
  if (expected === undefined) return { remainingMs: byTotal, waitingForHuman: false };
  const changes = (stage?.actionStates ?? []).map((a) => msOf(a.latestExecution?.lastStatusChange)).filter((t): t is number => t !== undefined && (p.execStartMs === undefined || t >= p.execStartMs));
  const stageStart = Math.min(p.stageSeenMs[name] ?? p.now, ...changes);
  const current_ = expected - (p.now - stageStart);
  return { remainingMs: later === 0 ? current_ : Math.max(current_, 0) + later, waitingForHuman: false };
}
