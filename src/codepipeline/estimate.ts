/**
 * Expected durations learned from recent successful executions, and the remaining time of a
 * running one from per-stage progress. Pure.
 */
import type { ActionExecutionDetail, GetPipelineStateOutput, PipelineExecutionSummary } from '@aws-sdk/client-codepipeline';

export interface Expectation {
  /** Median duration of recent successful executions. */
  totalMs: number | undefined;
  /** Median duration of each stage in recent successful executions. */
  stageMs: Record<string, number>;
  /** Stages with a manual approval: their duration is a person's decision. */
  humanStages: string[];
}

const time = (d: Date | undefined): number | undefined => (d === undefined ? undefined : new Date(d).getTime());

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function learnExpectation(history: PipelineExecutionSummary[], actions: ActionExecutionDetail[], humanStages: string[], sample = 10): Expectation {
  const succeeded = history.filter((h) => h.status === 'Succeeded' && h.startTime && h.lastUpdateTime).slice(0, sample);
  const totals = succeeded.map((h) => (time(h.lastUpdateTime) as number) - (time(h.startTime) as number)).filter((d) => d > 0);
  const ok = new Set(succeeded.map((h) => h.pipelineExecutionId));
  const spans = new Map<string, { start: number; end: number }>();
  for (const a of actions) {
    const start = time(a.startTime);
    const end = time(a.lastUpdateTime);
    if (!ok.has(a.pipelineExecutionId) || a.status !== 'Succeeded' || start === undefined || end === undefined) continue;
    const key = `${a.pipelineExecutionId}\u0000${a.stageName}`;
    const span = spans.get(key);
    spans.set(key, span ? { start: Math.min(span.start, start), end: Math.max(span.end, end) } : { start, end });
  }
  const byStage = new Map<string, number[]>();
  for (const [key, span] of spans) {
    const stage = key.split('\u0000')[1] as string;
    byStage.set(stage, [...(byStage.get(stage) ?? []), span.end - span.start]);
  }
  const stageMs: Record<string, number> = {};
  for (const [stage, list] of byStage) stageMs[stage] = median(list) as number;
  return { totalMs: median(totals), stageMs, humanStages };
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
  const changes = (stage?.actionStates ?? []).map((a) => time(a.latestExecution?.lastStatusChange)).filter((t): t is number => t !== undefined && (p.execStartMs === undefined || t >= p.execStartMs));
  const stageStart = Math.min(p.stageSeenMs[name] ?? p.now, ...changes);
  const current_ = expected - (p.now - stageStart);
  return { remainingMs: later === 0 ? current_ : Math.max(current_, 0) + later, waitingForHuman: false };
}
