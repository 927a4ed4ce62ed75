/** Shared set-up of the Kubernetes / EKS end-to-end tests: emulators, workspace, kubeconfig. */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../harness/run-action.ts';
import { kubeconfigYaml, startKube, type KubeEmulator, type KubeEmulatorOptions } from '../sandbox/kube.ts';
import type { LoopbackServer } from '../sandbox/server.ts';

export interface KubeSandbox {
  kube: KubeEmulator;
  server: LoopbackServer;
  workspace: string;
  /** Relative to the workspace. */
  kubeconfig: string;
  close(): Promise<void>;
}

export const TOKEN = 'sandbox-token-0123456789abcdef';

export async function kubeSandbox(opts: KubeEmulatorOptions = { token: TOKEN }): Promise<KubeSandbox> {
  const { kube, server } = await startKube(opts);
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'aphex-kube-'));
  copyFileSync(path.join(ROOT, 'examples/aphex-config.yaml'), path.join(workspace, 'aphex-config.yaml'));
  writeFileSync(path.join(workspace, 'kubeconfig.yaml'), kubeconfigYaml(server.url, { token: TOKEN }));
  return {
    kube,
    server,
    workspace,
    kubeconfig: 'kubeconfig.yaml',
    close: async () => {
      kube.dispose();
      await server.close();
    },
  };
}

export function applyInputs(sb: KubeSandbox, extra: Record<string, string> = {}): Record<string, string> {
  return { command: 'apply', pipeline: 'shop', namespace: 'argo', kubeconfig: sb.kubeconfig, ...extra };
}
