/**
 * The whole local sandbox in one call: GitHub's OIDC token endpoint, STS, CodePipeline, EKS and
 * a Kubernetes API server with Argo's kinds, all on 127.0.0.1, plus the runner environment and
 * kubeconfig that point the bundled action at them through standard configuration only.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startOidc, type OidcSandbox } from './oidc.ts';
import { startSts, type StsSandbox } from './sts.ts';
import { startCodePipeline, type CodePipelineEmulator, type PipelineScript } from './codepipeline.ts';
import { startEvidence, type EvidenceSandbox } from './evidence.ts';
import { startEks, type EksEmulator } from './eks.ts';
import { kubeconfigYaml, startKube, stackOutputs, type KubeEmulator, type ScriptStep } from './kube.ts';
import type { LoopbackServer } from './server.ts';

export const REGION = 'eu-west-1';
export const ROLE = 'arn:aws:iam::123456789012:role/github-deploy';
export const CLUSTER = 'platform-prod';
export const KUBE_TOKEN = 'sandbox-kube-token-0123456789abcdef';

export interface Sandbox {
  oidc: OidcSandbox;
  sts: StsSandbox;
  codepipeline: { server: LoopbackServer; emulator: CodePipelineEmulator };
  /** CodeBuild, CloudWatch Logs and CloudFormation, fed by the CodePipeline emulator (failure evidence). */
  evidence: EvidenceSandbox;
  eks: { server: LoopbackServer; eks: EksEmulator };
  kube: { server: LoopbackServer; kube: KubeEmulator };
  /** Runner + AWS configuration pointing at the emulators. */
  env: Record<string, string>;
  /** Writes a kubeconfig for the Kubernetes emulator into folder; returns its path. */
  writeKubeconfig(folder: string): string;
  urls(): Record<string, string>;
  close(): Promise<void>;
}

export async function startSandbox(pipeline: PipelineScript): Promise<Sandbox> {
  const oidc = await startOidc();
  const sts = await startSts();
  sts.sts.validTokens = () => oidc.oidc.issued;
  const codepipeline = await startCodePipeline(pipeline);
  const evidence = await startEvidence(codepipeline.emulator);
  const kube = await startKube({ eks: { clusterName: CLUSTER, region: REGION } });
  kube.kube.script = () => exampleRun(250);
  const eks = await startEks();
  eks.eks.addCluster({ name: CLUSTER, endpoint: kube.server.url });
  const env = {
    ...oidc.env,
    ...sts.env,
    AWS_REGION: REGION,
    AWS_ENDPOINT_URL_CODEPIPELINE: codepipeline.server.url,
    AWS_ENDPOINT_URL_EKS: eks.server.url,
    ...evidence.env,
  };
  return {
    oidc,
    sts,
    codepipeline,
    evidence,
    eks,
    kube,
    env,
    writeKubeconfig(folder: string): string {
      const file = path.join(folder, 'kubeconfig.yaml');
      writeFileSync(file, kubeconfigYaml(kube.server.url, { token: KUBE_TOKEN }));
      return file;
    },
    urls: () => ({
      'GitHub OIDC token endpoint': oidc.server.url,
      STS: sts.server.url,
      CodePipeline: codepipeline.server.url,
      'CodeBuild / CloudWatch Logs': `${evidence.codebuild.server.url} / ${evidence.logs.server.url}`,
      CloudFormation: evidence.cloudformation.server.url,
      EKS: eks.server.url,
      'Kubernetes API (Argo kinds)': kube.server.url,
    }),
    async close() {
      kube.kube.dispose();
      await Promise.all([oidc.server, sts.server, codepipeline.server, eks.server, kube.server].map((s) => s.close()));
      await evidence.close();
    },
  };
}

/** What Argo would do with examples/aphex-config.yaml: the DAG's tasks in order, then the outputs. */
export function exampleRun(stepMs: number): ScriptStep[] {
  const node = (name: string, phase: 'Running' | 'Succeeded', template = name) => ({ name, template, phase });
  const api = (env: string) => ({ ShopNetwork: { VpcId: `vpc-${env}` }, ShopApi: { ApiUrl: `https://api.${env}.shop.example.com` } });
  return [
    { afterMs: stepMs, phase: 'Running', nodes: [node('validate', 'Running')] },
    { afterMs: stepMs, nodes: [node('validate', 'Succeeded'), node('build', 'Running')] },
    { afterMs: stepMs, nodes: [node('build', 'Succeeded'), node('deploy-pipeline', 'Running')] },
    { afterMs: stepMs, nodes: [node('deploy-pipeline', 'Succeeded'), node('env-dev', 'Running', 'environment')] },
    { afterMs: stepMs, nodes: [node('env-dev', 'Succeeded', 'environment'), node('env-staging', 'Running', 'environment')] },
    { afterMs: stepMs, nodes: [node('env-staging', 'Succeeded', 'environment'), node('env-production', 'Running', 'environment'), node('env-production-us', 'Running', 'environment')] },
    {
      afterMs: stepMs,
      phase: 'Succeeded',
      nodes: [node('env-production', 'Succeeded', 'environment'), node('env-production-us', 'Succeeded', 'environment')],
      outputs: ['dev', 'staging', 'production', 'production-us'].map((env) => stackOutputs(env, api(env))),
    },
  ];
}
