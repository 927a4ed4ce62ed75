/**
 * Connection from a kubeconfig: the `kubeconfig` input, else KUBECONFIG (a path list, merged
 * as kubectl merges it), else ~/.kube/config. The context is `kube-context` or current-context.
 * Authentication is what the user entry says: token, tokenFile, client certificate, basic auth
 * or an exec plugin (see credentials.ts). No Kubernetes client library is involved.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ActionError } from '../errors.js';
import { readRegularFileSync, UnreadableFile } from '../util/regular-file.js';
import { AgentFactory, checkProxyUrl } from './agent.js';
import { readSetting, userAuth } from './credentials.js';
import { mergeKubeconfigs, parseKubeconfig, selectContext, type MergedKubeconfig, type Selection } from './kubeconfig-model.js';
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

/** A kubeconfig is a few kilobytes; one with hundreds of clusters stays well under this. */
export const MAX_KUBECONFIG_BYTES = 4 * 1024 * 1024;

/** Reads and merges the files that exist (kubectl skips missing ones in a KUBECONFIG list). */
export function loadKubeconfig(files: string[]): MergedKubeconfig {
  const parsed = files.filter((f) => existsSync(f)).map((f) => {
    let text: string;
    try {
      text = readRegularFileSync(f, MAX_KUBECONFIG_BYTES).toString('utf8');
    } catch (e) {
      const why = e instanceof UnreadableFile ? e.message : String(e);
      throw new ActionError(`Cannot read kubeconfig ${f}: ${why}.`, { hint: 'Name a kubeconfig file (the kubeconfig input or KUBECONFIG); check the path and the file permissions.', title: 'kubeconfig' });
    }
    return parseKubeconfig(f, text);
  });
  return mergeKubeconfigs(parsed);
}

export interface KubeconfigAccessOptions {
  choice: KubeconfigChoice;
  /** kube-context; '' for current-context. */
  context: string;
  env: NodeJS.ProcessEnv;
  /** Mask a secret (tokens, passwords, exec plugin tokens) before it is used. */
  setSecret(value: string): void;
}

function clusterCa(sel: Selection): Buffer | undefined {
  const c = sel.cluster.value;
  const where = `cluster "${sel.clusterName}" in ${sel.cluster.file}`;
  if (c.insecureSkipTlsVerify && (c.certificateAuthority || c.certificateAuthorityData)) {
    throw new ActionError(`The kubeconfig ${where} sets both insecure-skip-tls-verify and a certificate-authority; kubectl refuses that too.`, {
      hint: 'Remove insecure-skip-tls-verify (preferred) or the certificate authority.',
      title: 'kubeconfig',
    });
  }
  return c.certificateAuthorityData ?? (c.certificateAuthority ? readSetting(c.certificateAuthority, 'certificate-authority', where) : undefined);
}

function checkServer(sel: Selection): string {
  const c = sel.cluster.value;
  const where = `cluster "${sel.clusterName}" in ${sel.cluster.file}`;
  let u: URL;
  try {
    u = new URL(c.server);
  } catch {
    throw new ActionError(`The kubeconfig ${where} has server "${c.server}", which is not a URL.`, { hint: 'Use https://host:port.', title: 'kubeconfig' });
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new ActionError(`The kubeconfig ${where} has server "${c.server}"; expected an https:// URL.`, { hint: 'Use https://host:port.', title: 'kubeconfig' });
  if (c.proxyUrl) checkProxyUrl(c.proxyUrl, `The kubeconfig ${where}`);
  return c.server.replace(/\/+$/, '');
}

export function kubeconfigAccess(o: KubeconfigAccessOptions): KubeAccess {
  const found = o.choice.files.filter((f) => existsSync(f));
  if (found.length === 0) {
    throw new ActionError(`No kubeconfig found: ${o.choice.files.join(', ')} (from ${o.choice.from}) does not exist.`, {
      hint: "Set cluster-name to connect to an EKS cluster with the action's AWS credentials, or give a kubeconfig file with the kubeconfig input (or KUBECONFIG).",
      title: 'kubeconfig',
    });
  }
  const sel = selectContext(loadKubeconfig(found), o.context);
  const server = checkServer(sel);
  const ca = clusterCa(sel);
  const c = sel.cluster.value;
  const auth = userAuth({ name: sel.userName, user: sel.user, cluster: c, clusterCa: ca, env: o.env, setSecret: o.setSecret });
  const agents = new AgentFactory(server, { ca, insecureSkipTlsVerify: c.insecureSkipTlsVerify, tlsServerName: c.tlsServerName, proxyUrl: c.proxyUrl }, o.env);
  const renew = auth.renew;
  return {
    server,
    source: `kubeconfig context "${sel.contextName}" from ${found.join(', ')}`,
    eks: false,
    async prepare() {
      const cred = await auth.get();
      return { agent: agents.agent(cred.cert), headers: cred.headers };
    },
    ...(renew ? { renew: () => renew() } : {}),
  };
}
