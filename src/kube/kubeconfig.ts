/**
 * Connection from a kubeconfig: the `kubeconfig` input, else KUBECONFIG (a path list), else
 * ~/.kube/config. Authentication (tokens, client certificates, exec plugins such as
 * `aws eks get-token`, OIDC) is whatever the kubeconfig says, done by @kubernetes/client-node.
 */
import { existsSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { ActionError, messageOf } from '../errors.js';
import type { KubeAccess } from './transport.js';

export interface KubeconfigChoice {
  files: string[];
  /** Which setting chose them (for messages). */
  from: string;
}

/** Pure: which kubeconfig file(s) to read. */
export function chooseKubeconfig(input: string, env: NodeJS.ProcessEnv, workspace: string): KubeconfigChoice {
  if (input !== '') return { files: [path.resolve(workspace, input)], from: "the 'kubeconfig' input" };
  const list = (env.KUBECONFIG ?? '').split(path.delimiter).filter((p) => p.trim() !== '');
  if (list.length > 0) return { files: list.map((p) => path.resolve(workspace, p)), from: 'KUBECONFIG' };
  const home = env.HOME || env.USERPROFILE || '';
  return { files: [path.join(home, '.kube', 'config')], from: '~/.kube/config' };
}

const NO_CONFIG_HINT =
  "Set cluster-name to connect to an EKS cluster with the action's AWS credentials, or give a kubeconfig file with the kubeconfig input (or KUBECONFIG).";

export async function kubeconfigAccess(input: string, env: NodeJS.ProcessEnv, workspace: string): Promise<KubeAccess> {
  const choice = chooseKubeconfig(input, env, workspace);
  const files = choice.files.filter((f) => existsSync(f));
  if (files.length === 0) {
    throw new ActionError(`No kubeconfig found: ${choice.files.join(', ')} (from ${choice.from}) does not exist.`, { hint: NO_CONFIG_HINT, title: 'kubeconfig' });
  }
  const { KubeConfig } = await import('@kubernetes/client-node');
  const kc = new KubeConfig();
  try {
    kc.loadFromFile(files[0] as string);
    for (const f of files.slice(1)) {
      const more = new KubeConfig();
      more.loadFromFile(f);
      kc.mergeConfig(more, true);
    }
  } catch (e) {
    throw new ActionError(`Cannot read kubeconfig ${files.join(', ')}: ${messageOf(e)}`, { hint: 'Check that the file is a valid kubeconfig (apiVersion: v1, kind: Config).', title: 'kubeconfig', cause: e });
  }
  const contextName = kc.getCurrentContext();
  const cluster = kc.getCurrentCluster();
  if (!contextName || !cluster) {
    throw new ActionError(`Kubeconfig ${files.join(', ')} has no usable current-context${contextName ? ` ('${contextName}' names no cluster)` : ''}.`, {
      hint: 'Set current-context to a context whose cluster and user are defined in the file.',
      title: 'kubeconfig',
    });
  }
  const source = `kubeconfig context "${contextName}" from ${files.join(', ')}`;
  return {
    server: cluster.server.replace(/\/+$/, ''),
    source,
    eks: false,
    async prepare() {
      const opts: http.RequestOptions & { headers?: Record<string, string> } = {};
      try {
        await kc.applyToHTTPSOptions(opts);
      } catch (e) {
        throw new ActionError(`Cannot get credentials from the ${source}: ${messageOf(e)}`, {
          hint: 'An exec plugin in the kubeconfig must be installed on the runner and able to run non-interactively; client certificate and key files must exist.',
          title: 'kubeconfig',
          cause: e,
        });
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(opts.headers ?? {})) headers[k.toLowerCase()] = String(v);
      if (typeof opts.auth === 'string') headers.authorization = `Basic ${Buffer.from(opts.auth).toString('base64')}`;
      return { agent: opts.agent instanceof Object ? (opts.agent as http.Agent) : undefined, headers };
    },
  };
}
