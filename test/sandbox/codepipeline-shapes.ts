/** Wire shapes of the CodePipeline emulator's answers (awsJson1_1: timestamps in epoch seconds). */
import type { ActionRun, Execution } from './codepipeline-sim.ts';

export const secs = (ms: number | undefined): number | undefined => (ms === undefined ? undefined : ms / 1000);

export function typeId(a: { category?: string; provider?: string }): unknown {
  const category = a.category ?? 'Build';
  const provider = a.provider ?? { Source: 'CodeStarSourceConnection', Build: 'CodeBuild', Deploy: 'CloudFormation', Test: 'CodeBuild', Approval: 'Manual', Invoke: 'Lambda' }[category];
  return { category, owner: 'AWS', provider, version: '1' };
}

export function stageStatus(runs: ActionRun[], execStatus: string): string {
  if (runs.some((r) => r.status === 'Failed')) return 'Failed';
  if (runs.some((r) => r.status === 'Abandoned')) return 'Stopped';
  if (runs.some((r) => r.status === 'InProgress')) return execStatus === 'Stopping' ? 'Stopping' : 'InProgress';
  return execStatus === 'Stopped' ? 'Stopped' : 'Succeeded';
}

export function actionExecution(r: ActionRun): unknown {
  return {
    actionExecutionId: r.actionExecutionId,
    status: r.status,
    lastStatusChange: secs(r.end ?? r.start),
    ...(r.token ? { token: r.token } : {}),
    ...(r.action.summary ? { summary: r.action.summary } : {}),
    ...(r.action.externalUrl ? { externalExecutionUrl: r.action.externalUrl } : {}),
    ...(r.externalId ? { externalExecutionId: r.externalId } : {}),
    ...(r.errorDetails ? { errorDetails: r.errorDetails } : {}),
  };
}

export function actionDetail(e: Execution, r: ActionRun, now: number): { startTime: number } & Record<string, unknown> {
  const outputVariables = r.status === 'Succeeded' && r.action.namespace ? r.action.outputVariables ?? {} : undefined;
  return {
    pipelineExecutionId: e.id,
    actionExecutionId: r.actionExecutionId,
    pipelineVersion: 1,
    stageName: r.stage,
    actionName: r.action.name,
    startTime: secs(r.start) as number,
    lastUpdateTime: secs(r.end ?? now),
    status: r.status,
    input: { actionTypeId: typeId(r.action), configuration: r.action.configuration ?? {}, resolvedConfiguration: r.action.configuration ?? {}, ...(r.action.namespace ? { namespace: r.action.namespace } : {}) },
    output: {
      executionResult: {
        ...(r.action.summary ? { externalExecutionSummary: r.action.summary } : {}),
        ...(r.action.externalUrl ? { externalExecutionUrl: r.action.externalUrl } : {}),
        ...(r.externalId ? { externalExecutionId: r.externalId } : {}),
        ...(r.errorDetails ? { errorDetails: r.errorDetails } : {}),
      },
      ...(outputVariables ? { outputVariables } : {}),
    },
  };
}
