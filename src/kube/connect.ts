/**
 * Which cluster and how: `cluster-name` (EKS with the action's AWS credentials), else a
 * kubeconfig (the input, KUBECONFIG or ~/.kube/config), else — when none of those files exists
 * and the job runs inside a pod — the pod's service account, as kubectl does.
 */
import type { CommandContext } from '../context.js';
import { inClusterAccess, inClusterPossible } from './in-cluster.js';
import { chooseKubeconfig, kubeconfigAccess } from './kubeconfig.js';
import { neededPermissions, type KubePurpose } from './rbac.js';
import { KubeClient, type KubeAccess } from './transport.js';
import { existsSync } from 'node:fs';

/** `purpose` decides the permissions a 401/403 hint lists. */
export async function connect(ctx: CommandContext, purpose: KubePurpose): Promise<KubeClient> {
  const s = ctx.settings;
  const setSecret = (v: string): void => ctx.setSecret(v);
  let access: KubeAccess;
  if (s.clusterName !== '') {
    // Lazy: the AWS SDK is loaded only on the EKS path.
    const { openAwsSession } = await import('../aws/session.js');
    const { eksAccess } = await import('./eks.js');
    const session = await openAwsSession(ctx);
    access = await eksAccess({ session, clusterName: s.clusterName, env: ctx.env, setSecret });
  } else {
    const choice = chooseKubeconfig(s.kubeconfig, ctx.env, ctx.workspace);
    const explicit = s.kubeconfig !== '';
    if (!explicit && !choice.files.some((f) => existsSync(f)) && inClusterPossible(ctx.env)) access = inClusterAccess(ctx.env, setSecret);
    else access = kubeconfigAccess({ choice, context: s.kubeContext, env: ctx.env, setSecret });
  }
  return new KubeClient(access, { server: access.server, source: access.source, eks: access.eks, needs: neededPermissions(purpose), namespace: s.namespace });
}
