/** The `output-variables` and `stack-outputs` of an execution, from its action executions. Pure. */
import type { ActionExecutionDetail } from '@aws-sdk/client-codepipeline';
import type { StackOutputs } from '../stack-outputs.js';
import { msOf } from '../util/time.js';

export type OutputVariables = Record<string, Record<string, string>>;

const started = (a: ActionExecutionDetail): number => ((msOf(a.startTime) ?? 0));

/** The latest execution of each stage/action (a retried stage runs an action again). */
export function latestPerAction(actions: ActionExecutionDetail[]): ActionExecutionDetail[] {
  const latest = new Map<string, ActionExecutionDetail>();
  for (const a of actions) {
    const key = `${a.stageName}/${a.actionName}`;
    const prev = latest.get(key);
    if (!prev || started(a) >= started(prev)) latest.set(key, a);
  }
  return [...latest.values()];
}

/** {"<namespace or Stage.Action>": {"<name>": "<value>"}} for actions that produced variables. */
export function outputVariables(actions: ActionExecutionDetail[]): OutputVariables {
  const out: OutputVariables = {};
  for (const a of latestPerAction(actions)) {
    const vars = a.output?.outputVariables;
    if (!vars || Object.keys(vars).length === 0) continue;
    const key = a.input?.namespace || `${a.stageName}.${a.actionName}`;
    out[key] = { ...(out[key] ?? {}), ...vars };
  }
  return out;
}

export function isCloudFormationDeploy(a: ActionExecutionDetail): boolean {
  const t = a.input?.actionTypeId;
  return t?.category === 'Deploy' && t.provider === 'CloudFormation';
}

/**
 * Stack outputs of the CloudFormation deploy actions that succeeded, keyed by StackName: their
 * output variables are the stack's outputs.
 */
export function stackOutputsOf(actions: ActionExecutionDetail[]): StackOutputs {
  const out: StackOutputs = {};
  for (const a of latestPerAction(actions)) {
    if (!isCloudFormationDeploy(a) || a.status !== 'Succeeded') continue;
    const config = { ...(a.input?.configuration ?? {}), ...(a.input?.resolvedConfiguration ?? {}) };
    const stack = config.StackName;
    const vars = a.output?.outputVariables;
    if (!stack || !vars) continue;
    out[stack] = { ...(out[stack] ?? {}), ...vars };
  }
  return out;
}
