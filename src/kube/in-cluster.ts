/**
 * In-cluster configuration, as client-go's rest.InClusterConfig: inside a pod, the API server
 * is https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT, the service account's token
 * and CA are mounted under /var/run/secrets/kubernetes.io/serviceaccount. The token file is read
 * again before each request (projected tokens rotate). The three paths can be redirected with
 * APHEX_SA_TOKEN_FILE, APHEX_SA_CA_FILE and APHEX_SA_NAMESPACE_FILE.
 *
 * Standalone on purpose: programs other than the action (the pipeline image's scripts) call
 * inClusterConfig() / inClusterAccess() to reach the API server from a Workflow pod.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ActionError } from '../errors.js';
import { AgentFactory } from './agent.js';
import { readSetting, TokenFile } from './credentials.js';
import type { KubeAccess } from './transport.js';

export const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

/** Environment variables that redirect the mounted service-account files. */
export const IN_CLUSTER_VARS = { token: 'APHEX_SA_TOKEN_FILE', ca: 'APHEX_SA_CA_FILE', namespace: 'APHEX_SA_NAMESPACE_FILE' } as const;

export interface InClusterPaths {
  tokenFile: string;
  caFile: string;
  namespaceFile: string;
}

export function inClusterPaths(env: NodeJS.ProcessEnv): InClusterPaths {
  const pick = (name: string, file: string): string => env[name]?.trim() || path.join(SERVICE_ACCOUNT_DIR, file);
  return { tokenFile: pick(IN_CLUSTER_VARS.token, 'token'), caFile: pick(IN_CLUSTER_VARS.ca, 'ca.crt'), namespaceFile: pick(IN_CLUSTER_VARS.namespace, 'namespace') };
}

/** Whether this process runs in a pod (client-go's test): the service variables are set and the token file exists. */
export function inClusterPossible(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.KUBERNETES_SERVICE_HOST?.trim() && env.KUBERNETES_SERVICE_PORT?.trim() && existsSync(inClusterPaths(env).tokenFile));
}

export interface InClusterConfig {
  /** https://host:port (an IPv6 host in brackets). */
  server: string;
  paths: InClusterPaths;
  /** The CA to trust; undefined when the CA file is absent (then the system's CAs are used, as client-go does). */
  ca?: Buffer;
  /** POD_NAMESPACE, else the namespace file, else "default". */
  namespace: string;
  /** Reads the token file now. */
  readToken(): string;
}

/** The in-cluster configuration; throws an ActionError saying what is missing. */
export function inClusterConfig(env: NodeJS.ProcessEnv, setSecret: (value: string) => void = () => undefined): InClusterConfig {
  const host = env.KUBERNETES_SERVICE_HOST?.trim() ?? '';
  const port = env.KUBERNETES_SERVICE_PORT?.trim() ?? '';
  if (host === '' || port === '') {
    throw new ActionError('Not running inside a Kubernetes pod: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set.', {
      hint: 'Give a kubeconfig (kubeconfig input or KUBECONFIG), or set cluster-name for EKS.',
      title: 'in-cluster',
    });
  }
  const paths = inClusterPaths(env);
  const token = new TokenFile({ path: paths.tokenFile, setting: `the service account token (${IN_CLUSTER_VARS.token})`, where: 'the in-cluster configuration', setSecret });
  token.read();
  const ca = existsSync(paths.caFile) ? readSetting(paths.caFile, `the cluster CA (${IN_CLUSTER_VARS.ca})`, 'the in-cluster configuration') : undefined;
  let namespace = env.POD_NAMESPACE?.trim() ?? '';
  if (namespace === '' && existsSync(paths.namespaceFile)) namespace = readSetting(paths.namespaceFile, `the namespace (${IN_CLUSTER_VARS.namespace})`, 'the in-cluster configuration').toString('utf8').trim();
  return {
    server: `https://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`,
    paths,
    ...(ca ? { ca } : {}),
    namespace: namespace || 'default',
    readToken: () => token.read(),
  };
}

/** A KubeAccess for the pod's service account. */
export function inClusterAccess(env: NodeJS.ProcessEnv, setSecret: (value: string) => void): KubeAccess {
  const cfg = inClusterConfig(env, setSecret);
  const agents = new AgentFactory(cfg.server, { ca: cfg.ca, insecureSkipTlsVerify: false }, env);
  let used = '';
  return {
    server: cfg.server,
    source: `in-cluster service account (${cfg.paths.tokenFile})`,
    eks: false,
    async prepare() {
      used = cfg.readToken();
      return { agent: agents.agent(), headers: { authorization: `Bearer ${used}` } };
    },
    async renew() {
      try {
        return cfg.readToken() !== used;
      } catch {
        return false;
      }
    },
  };
}
