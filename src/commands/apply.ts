/**
 * apply: render, server-side apply the WorkflowTemplate (or dry-run it), and with submit:
 * true run a Workflow from it and await the result.
 */
import type { CommandContext } from '../context.js';
import { connectCluster, followInStep } from '../cluster-step.js';
import { applyTemplate, ownershipLabels } from '../kube/apply.js';
import { FIELD_MANAGER } from '../kube/rbac.js';
import { CancelledError, type KubeClient } from '../kube/transport.js';
import { submitWorkflow, terminateWorkflow, SUBMISSION_ANNOTATION } from '../workflow/api.js';
import { buildWorkflow, phaseOf, workflowName, type Workflow } from '../workflow/model.js';
import { submitParameters } from '../workflow/parameters.js';
import { reportApplied, reportApplying, writeApplySummary } from '../report/kube-apply.js';
import * as wr from '../report/workflow-summary.js';
import { renderTemplate, type RenderedTemplate } from '../pipeline-template.js';

export default async function applyCommand(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  const template = await renderTemplate(ctx);
  const client = await connectCluster(ctx, s.submit && !s.dryRun ? 'submit' : 'apply', s.submit && !s.dryRun ? ['workflowtemplates', 'workflows'] : ['workflowtemplates']);
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
  const parameters = submitParameters(template.object, { commitSha: s.commitSha, run: s.run, workflowParameters: s.workflowParameters }, ctx.env, (msg) => wr.reportParameterWarning(msg));
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
  await followInStep(ctx, { client, namespace: template.namespace, name, initial: submitted, deadline: client.clock.now() + s.timeoutMinutes * 60_000 });
}
