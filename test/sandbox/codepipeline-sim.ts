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

/** Runs one action of a group from `start`; returns its record as of `now`. */
function runAction(exec: Execution, stage: ScriptStage, stageIndex: number, action: ScriptAction, start: number, now: number): ActionRun {
  const id = uuidFrom(`${exec.id}/${stage.name}/${action.name}`);
  const base = { stage: stage.name, stageIndex, action, actionExecutionId: id, start };
  let end: number | undefined = start + (action.durationMs ?? 300);
  let fail = action.fail;
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
    for (const group of groups(stage)) {
      if (t > now) return { status: exec.stop && exec.stop.at <= now ? 'Stopping' : 'InProgress', runs, updated: exec.startTime };
      const done = group.map((a) => runAction(exec, stage, stageIndex, a, t, now));
      runs.push(...done);
      if (done.some((r) => r.status === 'InProgress')) {
        return { status: exec.stop && exec.stop.at <= now ? 'Stopping' : 'InProgress', runs, updated: exec.stop?.at ?? exec.startTime };
      }
      t = Math.max(...done.map((r) => r.end as number));
      const failed = done.find((r) => r.status === 'Failed');
      if (failed) return { status: 'Failed', runs, updated: t, summary: `${failed.stage}.${failed.action.name}: ${failed.errorDetails?.message ?? ''}` };
      if (done.some((r) => r.status === 'Abandoned') || (exec.stop && exec.stop.at <= t)) return finalStop(exec, runs, t, now);
    }
  }
  return { status: 'Succeeded', runs, updated: t };
}

function finalStop(exec: Execution, runs: ActionRun[], t: number, now: number): Snapshot {
  const at = Math.max(t, exec.stop?.at ?? t);
  return { status: at <= now ? 'Stopped' : 'Stopping', runs, updated: at, summary: exec.stop?.reason };
}
