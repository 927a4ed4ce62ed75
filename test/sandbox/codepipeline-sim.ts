/**
 * A scripted CodePipeline: executions advance through stages and actions in real (fast) time,
 * computed from their start time on every look, so the emulator needs no timers.
 */
import { createHash } from 'node:crypto';

export interface ScriptAction {
  name: string;
  /** How long the action runs. Default 300 ms. */
  durationMs?: number;
  category?: 'Source' | 'Build' | 'Deploy' | 'Test' | 'Approval' | 'Invoke';
  provider?: string;
  namespace?: string;
  configuration?: Record<string, string>;
  /** Output variables on success (only reported when the action has a namespace, as in AWS). */
  outputVariables?: Record<string, string>;
  /** Fail the action at its end with these errorDetails. */
  fail?: { code: string; message: string };
  /** With `fail`: how many attempts fail (a flaky action succeeds when its stage is retried). Default: every attempt. */
  failAttempts?: number;
  /** CodeBuild actions: the lines of the build's log (test/sandbox/evidence.ts serves them). */
  buildLog?: string[];
  /** CloudFormation actions: the resources whose failure failed the deployment (failed stack events). */
  stackFailures?: { resource: string; type: string; reason: string }[];
  summary?: string;
  externalUrl?: string;
  /** Actions of a stage with the same runOrder run in parallel. Default: sequential. */
  runOrder?: number;
}

export interface ScriptStage {
  name: string;
  actions: ScriptAction[];
}

export interface ActionRun {
  stage: string;
  stageIndex: number;
  action: ScriptAction;
  actionExecutionId: string;
  start: number;
  end: number | undefined;
  status: 'InProgress' | 'Succeeded' | 'Failed' | 'Abandoned';
  errorDetails?: { code: string; message: string };
  token?: string;
  /** 1 for the first run, 2 after the stage was retried once, … */
  attempt: number;
  /** externalExecutionId: the CodeBuild build id, or a source action's revision. */
  externalId?: string;
}

export interface Execution {
  id: string;
  startTime: number;
  stages: ScriptStage[];
  token?: string;
  variables: { name: string; value: string }[];
  revisions: Record<string, string>;
  trigger: string;
  stop?: { at: number; abandon: boolean; reason: string };
  supersedeAt?: number;
  approvals: Map<string, { result: 'Approved' | 'Rejected'; summary: string; at: number }>;
  /** RetryStageExecution requests, in order. */
  retries?: { stage: string; at: number; mode: 'FAILED_ACTIONS' | 'ALL_ACTIONS' }[];
  /** STANDARD, or ROLLBACK for an execution RollbackStage started (rollbackTarget: the execution rolled back to). */
  type?: 'STANDARD' | 'ROLLBACK';
  rollbackTarget?: string;
}

export interface Snapshot {
  status: 'InProgress' | 'Stopping' | 'Stopped' | 'Succeeded' | 'Failed' | 'Superseded';
  runs: ActionRun[];
  /** When the status last changed. */
  updated: number;
  summary?: string;
}

export function uuidFrom(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function groups(stage: ScriptStage): ScriptAction[][] {
  const byOrder = new Map<number, ScriptAction[]>();
  stage.actions.forEach((a, i) => {
    const order = a.runOrder ?? i + 1;
    byOrder.set(order, [...(byOrder.get(order) ?? []), a]);
  });
  return [...byOrder.entries()].sort(([a], [b]) => a - b).map(([, g]) => g);
}

/** The latest run of each action among `runs` (a retried stage runs an action again). */
export function latestRuns(runs: ActionRun[]): ActionRun[] {
  const latest = new Map<string, ActionRun>();
  for (const r of runs) latest.set(`${r.stage}/${r.action.name}`, r);
  return [...latest.values()];
}

/** What CodePipeline reports as the action execution's externalExecutionId. */
function externalIdOf(exec: Execution, action: ScriptAction, id: string): string | undefined {
  const category = action.category ?? 'Build';
  if (category === 'Source') return exec.revisions[action.name];
  const provider = action.provider ?? (category === 'Build' || category === 'Test' ? 'CodeBuild' : undefined);
  return provider === 'CodeBuild' ? `${action.configuration?.ProjectName ?? action.name}:${uuidFrom(`build/${id}`)}` : undefined;
}

/** Runs one action of a group from `start`; returns its record as of `now`. */
function runAction(exec: Execution, stage: ScriptStage, stageIndex: number, action: ScriptAction, start: number, now: number, attempt = 1): ActionRun {
  const id = uuidFrom(`${exec.id}/${stage.name}/${action.name}${attempt > 1 ? `#${attempt}` : ''}`);
  const externalId = externalIdOf(exec, action, id);
  const base = { stage: stage.name, stageIndex, action, actionExecutionId: id, start, attempt, ...(externalId ? { externalId } : {}) };
  let end: number | undefined = start + (action.durationMs ?? 300);
  let fail = action.fail && attempt <= (action.failAttempts ?? Infinity) ? action.fail : undefined;
  if (action.category === 'Approval') {
    const decision = exec.approvals.get(`${stage.name}/${action.name}`);
    end = decision ? Math.max(decision.at, start) : undefined;
    if (decision?.result === 'Rejected') fail = { code: 'Rejected', message: decision.summary };
  }
  if (exec.stop?.abandon && exec.stop.at >= start && (end === undefined || exec.stop.at < end)) {
    return { ...base, end: exec.stop.at, status: exec.stop.at <= now ? 'Abandoned' : 'InProgress', ...(exec.stop.at <= now ? {} : { token: `tok-${id}` }) };
  }
  if (end === undefined || end > now) return { ...base, end: undefined, status: 'InProgress', ...(action.category === 'Approval' ? { token: `tok-${id}` } : {}) };
  return fail ? { ...base, end, status: 'Failed', errorDetails: fail } : { ...base, end, status: 'Succeeded' };
}

/** The state of an execution at `now`. */
export function snapshot(exec: Execution, now: number): Snapshot {
  const runs: ActionRun[] = [];
  let t = exec.startTime;
  for (const [stageIndex, stage] of exec.stages.entries()) {
    if (exec.supersedeAt !== undefined && stageIndex > 0 && t >= exec.supersedeAt) {
      return t <= now ? { status: 'Superseded', runs, updated: t } : { status: 'InProgress', runs, updated: exec.startTime };
    }
    if (exec.stop && exec.stop.at <= t) return finalStop(exec, runs, t, now);
    const ran = runStage(exec, stage, stageIndex, t, now, runs);
    if (typeof ran !== 'number') return ran;
    t = ran;
  }
  return { status: 'Succeeded', runs, updated: t };
}

/**
 * Runs a stage's groups from `t` into `runs`; returns when it ended, or the snapshot when the
 * execution is running, failed or stopped there. A failure followed by a RetryStageExecution
 * runs the failed actions again (FAILED_ACTIONS) or the stage from its first group (ALL_ACTIONS).
 */
function runStage(exec: Execution, stage: ScriptStage, stageIndex: number, start: number, now: number, runs: ActionRun[]): number | Snapshot {
  const retries = (exec.retries ?? []).filter((r) => r.stage === stage.name);
  const attempts = new Map<string, number>();
  const order = groups(stage);
  let t = start;
  let only: Set<string> | undefined;
  for (let g = 0; g < order.length; g++) {
    if (t > now) return { status: exec.stop && exec.stop.at <= now ? 'Stopping' : 'InProgress', runs, updated: exec.startTime };
    const group = (order[g] as ScriptAction[]).filter((a) => only === undefined || only.has(a.name));
    only = undefined;
    const done = group.map((a) => runAction(exec, stage, stageIndex, a, t, now, attempts.get(a.name) ?? 1));
    runs.push(...done);
    if (done.some((r) => r.status === 'InProgress')) {
      return { status: exec.stop && exec.stop.at <= now ? 'Stopping' : 'InProgress', runs, updated: exec.stop?.at ?? exec.startTime };
    }
    t = Math.max(...done.map((r) => r.end as number));
    const failed = done.filter((r) => r.status === 'Failed');
    if (failed.length > 0) {
      const retry = retries.shift();
      const first = failed[0] as ActionRun;
      if (!retry || retry.at > now) return { status: 'Failed', runs, updated: t, summary: `${first.stage}.${first.action.name}: ${first.errorDetails?.message ?? ''}` };
      t = Math.max(t, retry.at);
      const again = retry.mode === 'ALL_ACTIONS' ? stage.actions : failed.map((r) => r.action);
      for (const a of again) attempts.set(a.name, (attempts.get(a.name) ?? 1) + 1);
      if (retry.mode === 'ALL_ACTIONS') g = -1;
      else {
        only = new Set(again.map((a) => a.name));
        g--;
      }
      continue;
    }
    if (done.some((r) => r.status === 'Abandoned') || (exec.stop && exec.stop.at <= t)) return finalStop(exec, runs, t, now);
  }
  return t;
}

function finalStop(exec: Execution, runs: ActionRun[], t: number, now: number): Snapshot {
  const at = Math.max(t, exec.stop?.at ?? t);
  return { status: at <= now ? 'Stopped' : 'Stopping', runs, updated: at, summary: exec.stop?.reason };
}
