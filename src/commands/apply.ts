/**
 * apply: render, server-side apply the WorkflowTemplate (or dry-run it), and with submit:
 * true run a Workflow from it and await the result.
 */
import type { CommandContext } from '../context.js';
import { ActionError } from '../errors.js';
import { applyTemplate, ensureArgoInstalled, ownershipLabels } from '../kube/apply.js';
import { connect } from '../kube/connect.js';
import { FIELD_MANAGER } from '../kube/rbac.js';
import { CancelledError, type KubeClient } from '../kube/transport.js';
import { awaitWorkflow } from '../workflow/wait.js';
import { submitWorkflow, terminateWorkflow, SUBMISSION_ANNOTATION } from '../workflow/api.js';
import { buildWorkflow, failingNode, isTerminal, logCommands, nodeLabel, phaseOf, stackOutputsOf, stepRows, transitions, workflowName, type Workflow } from '../workflow/model.js';
import { submitParameters } from '../workflow/parameters.js';
import { reportApplied, reportApplying, reportConnecting, writeApplySummary } from '../report/kube-apply.js';
import { info } from '../report/pipeline-log.js';
import * as wr from '../report/workflow-summary.js';
import { setStackOutputs } from '../stack-outputs.js';
import { renderTemplate, type RenderedTemplate } from '../pipeline-template.js';

export default async function applyCommand(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  const template = await renderTemplate(ctx);
  const client = await connect(ctx);
  reportConnecting(client.access.server, client.access.source);
  await ensureArgoInstalled(client, s.submit && !s.dryRun ? ['workflowtemplates', 'workflows'] : ['workflowtemplates'], ctx.signal);
  reportApplying({ name: template.name, namespace: template.namespace, fieldManager: FIELD_MANAGER, dryRun: s.dryRun });
  const outcome = await applyTemplate(client, template, s.dryRun, ctx.signal);
  ctx.setOutput('apply-result', outcome.result);
  const report = { name: template.name, namespace: template.namespace, server: client.access.server, source: client.access.source, fieldManager: FIELD_MANAGER, digest: template.digest, ...outcome };
  reportApplied(report);
  await writeApplySummary(report, ctx.env);
  if (!s.submit) return;
  if (s.dryRun) {
    wr.reportDryRunNoSubmit();
    return;
  }
  await runWorkflow(ctx, client, template);
}

async function runWorkflow(ctx: CommandContext, client: KubeClient, template: RenderedTemplate): Promise<void> {
  const s = ctx.settings;
  const parameters = submitParameters(template.object, s, ctx.env, (msg) => wr.reportParameterWarning(msg));
  const name = workflowName(template.name.replace(/-template$/, ''));
  const manifest = buildWorkflow({
    name,
    namespace: template.namespace,
    templateName: template.name,
    labels: ownershipLabels(template),
    annotations: { [SUBMISSION_ANNOTATION]: `${s.run.runId || 'local'}-${s.run.runAttempt}-${Date.now().toString(36)}`, ...(s.run.runUrl ? { 'aphex-pipeline/run-url': s.run.runUrl } : {}) },
    parameters,
  });
  let submitted: Workflow;
  try {
    submitted = await submitWorkflow(client, manifest, ctx.signal);
  } catch (e) {
    // Cancelled while the create was in flight: it may have landed, so stop it by name.
    if ((e instanceof CancelledError || ctx.signal.aborted) && s.stopOnCancel) await terminateWorkflow(client, template.namespace, name).catch(() => undefined);
    throw e;
  }
  ctx.setOutput('workflow-name', name);
  wr.reportSubmitted(template.namespace, name, template.name, parameters);
  if (!s.wait) {
    ctx.setOutput('workflow-status', phaseOf(submitted) || 'Pending');
    wr.reportNotWaiting(name);
    return;
  }
  let last: Workflow = submitted;
  const onUpdate = (prev: Workflow | undefined, next: Workflow): void => {
    wr.reportTransitions(transitions(prev, next));
    if (prev === undefined || phaseOf(prev) !== phaseOf(next)) wr.reportPhase(name, phaseOf(next), next.status?.message);
    last = next;
  };
  let result;
  try {
    result = await awaitWorkflow({ client, namespace: template.namespace, name, timeoutMs: s.timeoutMinutes * 60_000, signal: ctx.signal, onUpdate, onRetry: info, initial: submitted });
  } catch (e) {
    if (e instanceof CancelledError || ctx.signal.aborted) return cancelled(ctx, client, template.namespace, name, last);
    ctx.setOutput('workflow-status', phaseOf(last) || 'Running');
    throw e;
  }
  await finish(ctx, template.namespace, result.workflow, result.timedOut);
}

async function cancelled(ctx: CommandContext, client: KubeClient, namespace: string, name: string, last: Workflow): Promise<never> {
  ctx.setOutput('workflow-status', phaseOf(last) || 'Running');
  if (!ctx.settings.stopOnCancel) {
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

async function finish(ctx: CommandContext, namespace: string, wf: Workflow, timedOut: boolean): Promise<void> {
  const name = wf.metadata.name;
  const phase = phaseOf(wf);
  ctx.setOutput('workflow-status', timedOut && !isTerminal(phase) ? 'Running' : phase);
  const { outputs, invalid } = stackOutputsOf(wf);
  const plan = setStackOutputs(ctx, outputs);
  if (Object.keys(outputs).length > 0) wr.reportStackOutputs(plan.json, plan.perKey.length, plan.ambiguous);
  if (invalid.length > 0) wr.reportInvalidOutputs(invalid);
  const failed = phase === 'Failed' || phase === 'Error';
  const node = failed ? failingNode(wf) : undefined;
  const logs = failed ? logCommands(namespace, name, node) : undefined;
  await wr.writeWorkflowSummary({ namespace, name, phase: timedOut ? `${phase || 'Pending'} (timed out)` : phase, message: wf.status?.message, rows: stepRows(wf), logs }, ctx.env);
  if (timedOut) {
    wr.reportTimeout(name, ctx.settings.timeoutMinutes, phase);
    throw new ActionError(`Workflow ${name} did not finish within timeout-minutes (${ctx.settings.timeoutMinutes}); it keeps running.`, {
      hint: `Raise timeout-minutes, or follow it with: argo watch -n ${namespace} ${name}`,
      title: 'workflow timeout',
    });
  }
  if (!failed) return;
  const where = node ? `step ${nodeLabel(node)} ${node.phase === 'Error' ? 'errored' : 'failed'}: ${node.message ?? '(no message)'}` : wf.status?.message ?? '(no message)';
  throw new ActionError(`Workflow ${name} ${phase}: ${where}`, { hint: `Read its logs:\n  ${(logs ?? []).join('\n  ')}`, title: 'workflow failed' });
}
