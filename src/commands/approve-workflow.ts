/**
 * approve with workflow-name: answer the approval of `environment` in that Argo Workflow, then
 * (wait) follow it to its end or its next approval. One deadline, timeout-minutes from the start
 * of the command, covers connecting and waiting. (main.ts loads this instead of approve.ts when
 * workflow-name is set.)
 */
import { realClock } from '../clock.js';
import type { CommandContext } from '../context.js';
import { connectCluster, followInStep } from '../cluster-step.js';
import { InputError } from '../errors.js';
import * as wr from '../report/workflow-summary.js';
import { pendingApprovals } from '../workflow/approvals.js';
import { decide, decisionMessage, decisionOf } from '../workflow/decide.js';
import { phaseOf } from '../workflow/model.js';

export default async function approveWorkflowCommand(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  const { namespace, workflowName: name, environment } = s;
  if (environment === '') {
    throw new InputError('environment', 'is empty, and approve with workflow-name answers the approval of one environment', 'the environment whose approval to answer, as named in aphex-config.yaml', 'environment: production');
  }
  const deadline = realClock.now() + s.timeoutMinutes * 60_000;
  const client = await connectCluster(ctx, 'approve', ['workflows']);
  ctx.setOutput('workflow-name', name);
  const decision = decisionOf({ result: s.approvalResult, summary: s.approvalSummary, actor: s.run.actor, runUrl: s.run.runUrl, now: client.clock.now() });
  const answered = await decide({ client, namespace, name, environment, decision, signal: ctx.signal });
  wr.reportDecision(name, answered.approval.environment, decisionMessage(decision));
  if (!s.wait) {
    ctx.setOutput('workflow-status', phaseOf(answered.workflow) || 'Running');
    ctx.setOutput('pending-approval', pendingApprovals(answered.workflow)[0]?.environment ?? '');
    wr.reportNotWaiting(name);
    return;
  }
  await followInStep(ctx, { client, namespace, name, initial: answered.workflow, deadline });
}
