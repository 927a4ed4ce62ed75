/**
 * Following a Workflow until it ends or an approval waits, and what the step then reports and
 * sets: shared by apply (after submit), await (workflow-name) and approve (after answering).
 *
 * - An approval waiting (a suspend node): reported at once with the step that approves it; the
 *   step ends successfully with workflow-status (the phase) and pending-approval.
 * - The end: workflow-status, stack-outputs; on Failed/Error the failed steps' log tails, and
 *   the step fails naming the cause.
 * - The deadline: the step fails, workflow-status Running, the Workflow keeps running.
 * - The job cancelled: with stop-on-cancel the Workflow is terminated, else left running.
 */
import type { Clock } from '../clock.js';
import type { OutputName } from '../context.js';
import { ActionError } from '../errors.js';
import { CancelledError, type KubeClient } from '../kube/transport.js';
import { info } from '../report/pipeline-log.js';
import { logStepLogs } from '../report/workflow-logs.js';
import * as wr from '../report/workflow-summary.js';
import { setStackOutputs } from '../stack-outputs.js';
import { terminateWorkflow } from './api.js';
import { pendingApprovals } from './approvals.js';
import { failureReason } from './failure.js';
import { failedStepLogs } from './logs.js';
import { failingNode, isTerminal, logCommands, phaseOf, stackOutputsOf, stepRows, transitions, type Workflow } from './model.js';
import { actionReference, approveStep, type SnippetInput } from './snippet.js';
import { awaitWorkflow, type AwaitResult } from './wait.js';

/** How the step that found an approval waiting reached the cluster: the approve snippet reuses it. */
export type ClusterConnection = Pick<SnippetInput, 'clusterName' | 'awsRegion' | 'roleToAssume' | 'kubeconfig' | 'kubeContext'>;

/** Where the step's outputs go (a CommandContext is one). */
export interface WorkflowOutputs {
  setOutput(name: OutputName, value: string): void;
  setDynamicOutput(name: string, value: string): void;
}

export interface FollowOptions {
  client: KubeClient;
  namespace: string;
  name: string;
  /** The Workflow as last seen (what the create or the answer returned). */
  initial?: Workflow;
  /** The command's one deadline (clock time, ms). */
  deadline: number;
  clock?: Clock;
  /** timeout-minutes, as the timeout message names it. */
  timeoutMinutes: number;
  /** On cancel: terminate the Workflow (true) or leave it running. */
  stopOnCancel: boolean;
  /** Aborted when the job is cancelled. */
  signal: AbortSignal;
  /** For the job summary and the action reference in the approve snippet. */
  env: NodeJS.ProcessEnv;
  connection: ClusterConnection;
  outputs: WorkflowOutputs;
}

export async function followWorkflow(o: FollowOptions): Promise<void> {
  const { outputs, name } = o;
  const clock = o.clock ?? o.client.clock;
  let last = o.initial;
  // Changes since what the step already knew (the create's answer, the Workflow read or answered).
  const onUpdate = (prev: Workflow | undefined, next: Workflow): void => {
    const before = prev ?? o.initial;
    wr.reportTransitions(transitions(before, next));
    if (before === undefined || phaseOf(before) !== phaseOf(next)) wr.reportPhase(name, phaseOf(next), next.status?.message);
    last = next;
  };
  let result: AwaitResult;
  try {
    result = await awaitWorkflow({
      client: o.client,
      namespace: o.namespace,
      name,
      timeoutMs: Math.max(0, o.deadline - clock.now()),
      signal: o.signal,
      onUpdate,
      onRetry: info,
      ...(o.initial ? { initial: o.initial } : {}),
      stopWhen: (wf) => pendingApprovals(wf).length > 0,
      clock,
    });
  } catch (e) {
    if (e instanceof CancelledError || o.signal.aborted) return cancelled(o, last);
    outputs.setOutput('workflow-status', phaseOf(last ?? { metadata: { name } }) || 'Running');
    throw e;
  }
  setOutcomeOutputs(outputs, result.workflow, result.timedOut);
  if (result.stopped) return reportApprovalWait(o, result.workflow);
  await conclude(o, result.workflow, result.timedOut);
}

function setOutcomeOutputs(sink: WorkflowOutputs, wf: Workflow, timedOut: boolean): void {
  const phase = phaseOf(wf);
  sink.setOutput('workflow-status', timedOut && !isTerminal(phase) ? 'Running' : phase || 'Pending');
  sink.setOutput('pending-approval', pendingApprovals(wf)[0]?.environment ?? '');
  const { outputs, invalid } = stackOutputsOf(wf);
  const plan = setStackOutputs(sink, outputs);
  if (Object.keys(outputs).length > 0) wr.reportStackOutputs(plan.json, plan.perKey.length, plan.ambiguous);
  if (invalid.length > 0) wr.reportInvalidOutputs(invalid);
}

async function reportApprovalWait(o: FollowOptions, wf: Workflow): Promise<void> {
  const c = o.connection;
  const [first, ...others] = pendingApprovals(wf);
  if (!first) return;
  const snippet = approveStep(
    { workflowName: o.name, environment: first.environment, namespace: o.namespace, clusterName: c.clusterName, awsRegion: c.awsRegion, roleToAssume: c.roleToAssume, kubeconfig: c.kubeconfig, kubeContext: c.kubeContext },
    actionReference(o.env),
  );
  const pending = { environment: first.environment, since: first.node.startedAt ?? '', others: others.map((a) => a.environment), snippet };
  wr.reportPending(o.name, pending);
  const phase = `${phaseOf(wf) || 'Running'} (waiting for approval of ${first.environment})`;
  await wr.writeWorkflowSummary({ namespace: o.namespace, name: o.name, phase, message: wf.status?.message, rows: stepRows(wf), pending }, o.env);
}

async function conclude(o: FollowOptions, wf: Workflow, timedOut: boolean): Promise<void> {
  const { name, namespace, timeoutMinutes } = o;
  const phase = phaseOf(wf);
  const failed = phase === 'Failed' || phase === 'Error';
  const logs = failed ? logCommands(namespace, wf, failingNode(wf)) : undefined;
  const stepLogs = failed ? await failedStepLogs(o.client, namespace, wf, o.signal) : [];
  logStepLogs(stepLogs);
  await wr.writeWorkflowSummary({ namespace, name, phase: timedOut ? `${phase || 'Pending'} (timed out)` : phase, message: wf.status?.message, rows: stepRows(wf), logs, stepLogs }, o.env);
  if (timedOut) {
    wr.reportTimeout(name, timeoutMinutes, phase);
    throw new ActionError(`Workflow ${name} did not finish within timeout-minutes (${timeoutMinutes}); it keeps running.`, {
      hint: `Raise timeout-minutes, or follow it with: argo watch -n ${namespace} ${name}`,
      title: 'workflow timeout',
    });
  }
  if (!failed) return;
  const shown = stepLogs.some((l) => l.kind === 'log') ? 'The end of the failed steps\' logs is in the log group above and in the job summary. ' : '';
  throw new ActionError(`Workflow ${name} ${phase}: ${failureReason(wf)}`, { hint: `${shown}Read all logs with:\n  ${(logs ?? []).join('\n  ')}`, title: 'workflow failed' });
}

async function cancelled(o: FollowOptions, last: Workflow | undefined): Promise<never> {
  const { client, namespace, name } = o;
  o.outputs.setOutput('workflow-status', (last && phaseOf(last)) || 'Running');
  if (!o.stopOnCancel) {
    wr.reportCancel(name, false);
    throw new ActionError(`The job was cancelled while waiting for Workflow ${name}; it keeps running.`, { hint: `Follow it with: argo watch -n ${namespace} ${name}`, title: 'cancelled' });
  }
  try {
    await terminateWorkflow(client, namespace, name);
    wr.reportCancel(name, true);
  } catch (e) {
    wr.reportCancel(name, false, (e as Error).message);
  }
  throw new ActionError(`The job was cancelled; Workflow ${name} was asked to terminate.`, { hint: `Check it with: argo get -n ${namespace} ${name}`, title: 'cancelled' });
}
