/**
 * The Argo side of `await` and `approve` (with workflow-name): short scripts over the workflow
 * modules. The commands branch here at their top; their CodePipeline side is untouched.
 */
import type { CommandContext } from '../context.js';
import { ActionError, InputError } from '../errors.js';
import { ensureArgoInstalled } from '../kube/apply.js';
import { connect } from '../kube/connect.js';
import type { KubePurpose } from '../kube/rbac.js';
import type { KubeClient } from '../kube/transport.js';
import { reportConnecting } from '../report/kube-apply.js';
import { info } from '../report/pipeline-log.js';
import * as wr from '../report/workflow-summary.js';
import { workflowsPath } from './api.js';
import { pendingApprovals } from './approvals.js';
import { decide, decisionMessage, type Decision } from './decide.js';
import { followWorkflow } from './follow.js';
import { phaseOf, type Workflow } from './model.js';

async function open(ctx: CommandContext, purpose: KubePurpose): Promise<{ client: KubeClient; deadline: number }> {
  // One deadline for the command, connecting included (the client's clock is the real one).
  const deadline = Date.now() + ctx.settings.timeoutMinutes * 60_000;
  const client = await connect(ctx, purpose);
  reportConnecting(client.access.server, client.access.source);
  await ensureArgoInstalled(client, ['workflows'], ctx.signal);
  ctx.setOutput('workflow-name', ctx.settings.workflowName);
  return { client, deadline };
}

/** The Workflow, or a clear error when it does not exist (never created, or deleted by its ttlStrategy). */
async function existing(ctx: CommandContext, client: KubeClient): Promise<Workflow> {
  const { namespace, workflowName: name } = ctx.settings;
  const res = await client.call({ op: { verb: 'get', resource: 'workflows', name, namespace }, method: 'GET', path: `${workflowsPath(namespace)}/${name}`, accept: [404], signal: ctx.signal });
  if (res.status === 404) {
    throw new ActionError(`Workflow ${name} does not exist in namespace ${namespace}.`, {
      hint: 'Check workflow-name and namespace (the workflow-name output of the step that submitted it). Finished Workflows of an AphexPipeline are deleted a day after success and a week after failure (ttlStrategy).',
      title: 'workflow not found',
    });
  }
  return JSON.parse(res.body) as Workflow;
}

/** await with workflow-name: follow that Workflow to its end or its next approval. */
export async function awaitWorkflowStep(ctx: CommandContext): Promise<void> {
  const { client, deadline } = await open(ctx, 'follow');
  const initial = await existing(ctx, client);
  info(`Awaiting Workflow ${ctx.settings.namespace}/${ctx.settings.workflowName} (${phaseOf(initial) || 'Pending'}).`);
  await followWorkflow({ ctx, client, namespace: ctx.settings.namespace, name: ctx.settings.workflowName, initial, deadline });
}

/** The approval's record: the default summary (which names the run) is left out, since the record names the run. */
export function decisionOf(ctx: CommandContext, now: number): Decision {
  const s = ctx.settings;
  const summary = s.approvalSummary === `Approved from GitHub run ${s.run.runUrl}` ? '' : s.approvalSummary;
  return { result: s.approvalResult, actor: s.run.actor, runUrl: s.run.runUrl, summary, at: new Date(now).toISOString().replace(/\.\d+Z$/, 'Z') };
}

/** approve with workflow-name: answer the environment's approval, then (wait) follow the Workflow. */
export async function approveWorkflowStep(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  if (s.environment === '') {
    throw new InputError('environment', 'is empty, and approve with workflow-name answers the approval of one environment', 'the environment whose approval to answer, as named in aphex-config.yaml', 'environment: production');
  }
  const { client, deadline } = await open(ctx, 'approve');
  const decision = decisionOf(ctx, client.clock.now());
  const answered = await decide({ client, namespace: s.namespace, name: s.workflowName, environment: s.environment, decision, signal: ctx.signal });
  wr.reportDecision(s.workflowName, answered.approval.environment, decisionMessage(decision));
  if (!s.wait) {
    ctx.setOutput('workflow-status', phaseOf(answered.workflow) || 'Running');
    ctx.setOutput('pending-approval', pendingApprovals(answered.workflow)[0]?.environment ?? '');
    wr.reportNotWaiting(s.workflowName);
    return;
  }
  await followWorkflow({ ctx, client, namespace: s.namespace, name: s.workflowName, initial: answered.workflow, deadline });
}
