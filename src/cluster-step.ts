/**
 * The step's side of working on the cluster, shared by apply, delete and the Argo halves of
 * await and approve: connecting with the step's inputs (EKS with the action's AWS session, loaded
 * only on that path, or a kubeconfig / in-cluster), and following a Workflow with the step's
 * timeout, cancellation and outputs. The work itself is kube/'s and workflow/'s.
 */
import type { CommandContext } from './context.js';
import { ensureArgoInstalled } from './kube/apply.js';
import { connect } from './kube/connect.js';
import type { KubePurpose } from './kube/rbac.js';
import type { KubeClient } from './kube/transport.js';
import { reportConnecting } from './report/kube-apply.js';
import { followWorkflow, type FollowOptions } from './workflow/follow.js';

/** Connects for `purpose`, says where, and checks that the Argo kinds it needs are installed. */
export async function connectCluster(ctx: CommandContext, purpose: KubePurpose, kinds: string[]): Promise<KubeClient> {
  const s = ctx.settings;
  const client = await connect(
    {
      clusterName: s.clusterName,
      kubeconfig: s.kubeconfig,
      kubeContext: s.kubeContext,
      namespace: s.namespace,
      env: ctx.env,
      workspace: ctx.workspace,
      setSecret: (v) => ctx.setSecret(v),
      openAwsSession: () => import('./aws/session.js').then((m) => m.openAwsSession(ctx)),
    },
    purpose,
  );
  reportConnecting(client.access.server, client.access.source);
  await ensureArgoInstalled(client, kinds, ctx.signal);
  return client;
}

/** Follows a Workflow to its end (or an approval) with the step's timeout, cancellation and outputs. */
export function followInStep(ctx: CommandContext, run: Pick<FollowOptions, 'client' | 'namespace' | 'name' | 'initial' | 'deadline'>): Promise<void> {
  const s = ctx.settings;
  return followWorkflow({ ...run, timeoutMinutes: s.timeoutMinutes, stopOnCancel: s.stopOnCancel, signal: ctx.signal, env: ctx.env, connection: s, outputs: ctx });
}
