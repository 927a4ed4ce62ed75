/** Which cluster and how: `cluster-name` (EKS with the action's AWS credentials) or a kubeconfig. */
import type { CommandContext } from '../context.js';
import { eksAccess } from './eks.js';
import { kubeconfigAccess } from './kubeconfig.js';
import { KubeClient, type KubeAccess } from './transport.js';

export async function connect(ctx: CommandContext): Promise<KubeClient> {
  const s = ctx.settings;
  let access: KubeAccess;
  if (s.clusterName !== '') {
    const { openAwsSession } = await import('../aws/session.js');
    const session = await openAwsSession(ctx);
    access = await eksAccess({ session, clusterName: s.clusterName, env: ctx.env, setSecret: (v) => ctx.setSecret(v) });
  } else {
    access = await kubeconfigAccess(s.kubeconfig, ctx.env, ctx.workspace);
  }
  return new KubeClient(access, { server: access.server, source: access.source, eks: access.eks, submit: s.submit, namespace: s.namespace });
}
