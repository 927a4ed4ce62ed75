/**
 * await with workflow-name: follow that Argo Workflow to its end or its next approval. One
 * deadline, timeout-minutes from the start of the command, covers connecting and waiting.
 * (main.ts loads this instead of await.ts when workflow-name is set.)
 */
import { realClock } from '../clock.js';
import type { CommandContext } from '../context.js';
import { connectCluster, followInStep } from '../cluster-step.js';
import { info } from '../report/pipeline-log.js';
import { existingWorkflow } from '../workflow/api.js';
import { phaseOf } from '../workflow/model.js';

export default async function awaitWorkflowCommand(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  const { namespace, workflowName: name } = s;
  const deadline = realClock.now() + s.timeoutMinutes * 60_000;
  const client = await connectCluster(ctx, 'follow', ['workflows']);
  ctx.setOutput('workflow-name', name);
  const initial = await existingWorkflow(client, namespace, name, ctx.signal);
  info(`Awaiting Workflow ${namespace}/${name} (${phaseOf(initial) || 'Pending'}).`);
  await followInStep(ctx, { client, namespace, name, initial, deadline });
}
