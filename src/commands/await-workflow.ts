/**
 * await with workflow-name: follow that Argo Workflow to its end or its next approval. One
 * deadline, timeout-minutes from the start of the command, covers connecting and waiting.
 * (main.ts loads this instead of await.ts when workflow-name is set.)
 */
import { realClock } from '../clock.js';
import type { CommandContext } from '../context.js';
import { ensureArgoInstalled } from '../kube/apply.js';
import { connect } from '../kube/connect.js';
import { reportConnecting } from '../report/kube-apply.js';
import { info } from '../report/pipeline-log.js';
import { existingWorkflow } from '../workflow/api.js';
import { followWorkflow } from '../workflow/follow.js';
import { phaseOf } from '../workflow/model.js';

export default async function awaitWorkflowCommand(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  const { namespace, workflowName: name } = s;
  const deadline = realClock.now() + s.timeoutMinutes * 60_000;
  const client = await connect(
    {
      clusterName: s.clusterName,
      kubeconfig: s.kubeconfig,
      kubeContext: s.kubeContext,
      namespace,
      env: ctx.env,
      workspace: ctx.workspace,
      setSecret: (v) => ctx.setSecret(v),
      openAwsSession: () => import('../aws/session.js').then((m) => m.openAwsSession(ctx)),
    },
    'follow',
  );
  reportConnecting(client.access.server, client.access.source);
  await ensureArgoInstalled(client, ['workflows'], ctx.signal);
  ctx.setOutput('workflow-name', name);
  const initial = await existingWorkflow(client, namespace, name, ctx.signal);
  info(`Awaiting Workflow ${namespace}/${name} (${phaseOf(initial) || 'Pending'}).`);
  await followWorkflow({
    client,
    namespace,
    name,
    initial,
    deadline,
    timeoutMinutes: s.timeoutMinutes,
    stopOnCancel: s.stopOnCancel,
    signal: ctx.signal,
    env: ctx.env,
    connection: s,
    outputs: ctx,
  });
}
