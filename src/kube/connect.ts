/**
 * Which cluster and how: `cluster-name` (EKS with the action's AWS credentials), else a
 * kubeconfig (the input, KUBECONFIG or ~/.kube/config), else — when none of those files exists
 * and the job runs inside a pod — the pod's service account, as kubectl does.
 */
import type { AwsSession } from '../aws/session.js';
import { inClusterAccess, inClusterPossible } from './in-cluster.js';
import { chooseKubeconfig, kubeconfigAccess } from './kubeconfig.js';
import { neededPermissions, type KubePurpose } from './rbac.js';
import { KubeClient, type KubeAccess } from './transport.js';
import { existsSync } from 'node:fs';

export interface ConnectOptions {
  /** EKS cluster to reach with the action's AWS credentials; '' for a kubeconfig or in-cluster. */
  clusterName: string;
  /** The kubeconfig input ('' for KUBECONFIG or ~/.kube/config). */
  kubeconfig: string;
  kubeContext: string;
  /** The namespace the step works in (named in permission hints). */
  namespace: string;
  env: NodeJS.ProcessEnv;
  /** The folder a relative kubeconfig path is resolved against. */
  workspace: string;
  setSecret(value: string): void;
  /** Opens the AWS session; called only on the EKS path, so pass a function that imports the AWS code lazily. */
  openAwsSession(): Promise<AwsSession>;
}

/** `purpose` decides the permissions a 401/403 hint lists. */
export async function connect(o: ConnectOptions, purpose: KubePurpose): Promise<KubeClient> {
  const setSecret = (v: string): void => o.setSecret(v);
  let access: KubeAccess;
  if (o.clusterName !== '') {
    // Lazy: the AWS SDK is loaded only on the EKS path.
    const { eksAccess } = await import('./eks.js');
    const session = await o.openAwsSession();
    access = await eksAccess({ session, clusterName: o.clusterName, env: o.env, setSecret });
  } else {
    const choice = chooseKubeconfig(o.kubeconfig, o.env, o.workspace);
    const explicit = o.kubeconfig !== '';
    if (!explicit && !choice.files.some((f) => existsSync(f)) && inClusterPossible(o.env)) access = inClusterAccess(o.env, setSecret);
    else access = kubeconfigAccess({ choice, context: o.kubeContext, env: o.env, setSecret });
  }
  return new KubeClient(access, { server: access.server, source: access.source, eks: access.eks, needs: neededPermissions(purpose), namespace: o.namespace });
}
