/**
 * Workflow life in the Kubernetes emulator: a script of timed steps moves a Workflow from
 * Pending through Running to Succeeded/Failed, filling status.nodes and status.outputs as
 * Argo's controller does. Terminate (spec.shutdown=Terminate) stops it. A step may leave an
 * approval waiting (a Suspend node Running): the script pauses until a client marks that node
 * Succeeded (resume) or Failed (stop), as `argo resume` / `argo stop --node-field-selector` do.
 * Pod nodes may carry the main container's log, served under Argo's pod name (POD_NAMES v2).
 */

export interface ScriptNode {
  /** Step name inside the Workflow, e.g. `build` or `env-prod.deploy`. */
  name: string;
  template: string;
  phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Error' | 'Skipped';
  message?: string;
  type?: string;
  /** Input parameters Argo records on the node (an approval's `environment`). */
  inputs?: Record<string, string>;
  /** The main container's log (a Pod node). */
  logs?: string[];
}

export interface ScriptStep {
  /** Delay after the previous step (after creation for the first). */
  afterMs: number;
  phase?: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Error';
  message?: string;
  nodes?: ScriptNode[];
  /** Global output parameters (status.outputs.parameters). */
  outputs?: { name: string; value: string }[];
  /** After this step the script pauses until this node (e.g. `env-prod.approve`) is no longer Running. */
  awaitNode?: string;
}

/** Argo's node id hash: fnv-1a 32-bit of the node name. */
export function fnv32a(s: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export type Obj = Record<string, unknown>;

interface WfStatus {
  phase?: string;
  message?: string;
  startedAt?: string;
  finishedAt?: string;
  nodes?: Record<string, Obj>;
  outputs?: { parameters: { name: string; value: string }[] };
}

const iso = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

/** Applies one step to a Workflow object (mutates it). */
export function applyStep(wf: Obj, step: ScriptStep): void {
  const name = (wf.metadata as { name: string }).name;
  const status = (wf.status ??= {}) as WfStatus;
  if (step.phase) {
    if (status.phase !== step.phase && (step.phase === 'Running' || !status.startedAt)) status.startedAt ??= iso();
    status.phase = step.phase;
    if (['Succeeded', 'Failed', 'Error'].includes(step.phase)) status.finishedAt = iso();
  }
  if (step.message !== undefined) status.message = step.message;
  const nodes = (status.nodes ??= {});
  if (!nodes[name]) nodes[name] = { id: name, name, displayName: name, type: 'DAG', templateName: 'pipeline', phase: 'Running', startedAt: iso() };
  for (const n of step.nodes ?? []) {
    const nodeName = `${name}.${n.name}`;
    const id = `${name}-${fnv32a(nodeName)}`;
    const old = (nodes[id] ?? {}) as Obj;
    nodes[id] = {
      id,
      name: nodeName,
      displayName: n.name.split('.').pop(),
      type: n.type ?? 'Pod',
      templateName: n.template,
      phase: n.phase,
      boundaryID: name,
      startedAt: old.startedAt ?? iso(),
      ...(['Succeeded', 'Failed', 'Error', 'Skipped'].includes(n.phase) ? { finishedAt: iso() } : {}),
      ...(n.message ? { message: n.message } : {}),
      ...(n.inputs ? { inputs: { parameters: Object.entries(n.inputs).map(([k, v]) => ({ name: k, value: v })) } } : {}),
    };
  }
  if (step.phase && ['Succeeded', 'Failed', 'Error'].includes(step.phase)) {
    const root = nodes[name] as Obj;
    root.phase = step.phase;
    root.finishedAt = iso();
  }
  if (step.outputs) status.outputs = { parameters: step.outputs };
}

/** What `argo terminate` leads to: running nodes fail, the Workflow fails. */
export function terminate(wf: Obj): void {
  const status = (wf.status ??= {}) as WfStatus;
  for (const n of Object.values(status.nodes ?? {})) {
    if (n.phase === 'Running' || n.phase === 'Pending') {
      n.phase = 'Failed';
      n.message = "Stopped with strategy 'Terminate'";
      n.finishedAt = iso();
    }
  }
  status.phase = 'Failed';
  status.message = "Stopped with strategy 'Terminate'";
  status.finishedAt = iso();
}

export const stackOutputs = (env: string, stacks: Record<string, Record<string, string>>): { name: string; value: string } => ({
  name: `stack-outputs-${env}`,
  value: JSON.stringify(stacks),
});

/** A short successful run: validate, build, one environment deploy. */
export function succeedingScript(outputs: { name: string; value: string }[] = [], stepMs = 250): ScriptStep[] {
  return [
    { afterMs: stepMs, phase: 'Running', nodes: [{ name: 'validate', template: 'validate', phase: 'Running' }] },
    { afterMs: stepMs, nodes: [{ name: 'validate', template: 'validate', phase: 'Succeeded' }, { name: 'build', template: 'build', phase: 'Running' }] },
    { afterMs: stepMs, nodes: [{ name: 'build', template: 'build', phase: 'Succeeded' }, { name: 'env-prod.deploy', template: 'deploy-stacks', phase: 'Running' }] },
    { afterMs: stepMs, phase: 'Succeeded', nodes: [{ name: 'env-prod.deploy', template: 'deploy-stacks', phase: 'Succeeded' }], outputs },
  ];
}

/** A run whose deploy step fails with `message` (its main container logged `logs`). */
export function failingScript(message: string, stepMs = 250, logs?: string[]): ScriptStep[] {
  return [
    { afterMs: stepMs, phase: 'Running', nodes: [{ name: 'build', template: 'build', phase: 'Running' }] },
    { afterMs: stepMs, nodes: [{ name: 'build', template: 'build', phase: 'Succeeded' }, { name: 'env-prod.deploy', template: 'deploy-stacks', phase: 'Running' }] },
    { afterMs: stepMs, phase: 'Failed', message: 'child failed', nodes: [{ name: 'env-prod.deploy', template: 'deploy-stacks', phase: 'Failed', message, ...(logs ? { logs } : {}) }] },
  ];
}

/** A run that stays Running until terminated. */
export function endlessScript(stepMs = 200): ScriptStep[] {
  return [{ afterMs: stepMs, phase: 'Running', nodes: [{ name: 'build', template: 'build', phase: 'Running' }] }];
}

/** Argo's pod name of a script node (POD_NAMES v2): `<workflow>-<template>-<fnv32a(<workflow>.<node>)>`. */
export function scriptPodName(workflow: string, node: Pick<ScriptNode, 'name' | 'template'>): string {
  return `${workflow}-${node.template}-${fnv32a(`${workflow}.${node.name}`)}`;
}

/** The approval node of an environment, waiting (Running) or in the phase given. */
export function approvalNode(env: string, phase: ScriptNode['phase'] = 'Running', message?: string): ScriptNode {
  return { name: `env-${env}.approve`, template: 'approval', type: 'Suspend', phase, inputs: { environment: env }, ...(message ? { message } : {}) };
}

/** What Argo does after an approval node was stopped (Failed): the environment fails, then the Workflow. */
export function rejectedSteps(env: string, stepMs = 200): ScriptStep[] {
  return [{ afterMs: stepMs, phase: 'Failed', message: `child 'env-${env}' failed`, nodes: [{ name: `env-${env}`, template: 'environment', type: 'Steps', phase: 'Failed', message: `child 'env-${env}.approve' failed` }] }];
}

/**
 * dev deploys, then production waits for approval; once approved it deploys and the Workflow
 * succeeds with both environments' outputs.
 */
export function approvalScript(stepMs = 200, outputs: { name: string; value: string }[] = []): ScriptStep[] {
  return [
    { afterMs: stepMs, phase: 'Running', nodes: [{ name: 'build', template: 'build', phase: 'Running' }] },
    { afterMs: stepMs, nodes: [{ name: 'build', template: 'build', phase: 'Succeeded' }, { name: 'env-dev.deploy', template: 'deploy-stacks', phase: 'Running' }] },
    {
      afterMs: stepMs,
      nodes: [{ name: 'env-dev.deploy', template: 'deploy-stacks', phase: 'Succeeded' }, approvalNode('production')],
      outputs: outputs.filter((o) => o.name === 'stack-outputs-dev'),
      awaitNode: 'env-production.approve',
    },
    { afterMs: stepMs, nodes: [{ name: 'env-production.deploy', template: 'deploy-stacks', phase: 'Running' }] },
    { afterMs: stepMs, phase: 'Succeeded', nodes: [{ name: 'env-production.deploy', template: 'deploy-stacks', phase: 'Succeeded' }, { name: 'finish', template: 'finish', type: 'Suspend', phase: 'Succeeded' }], outputs },
  ];
}

/** The pipeline deployment step fails; the environments still deploy; the Workflow ends Failed (finish omitted). */
export function pipelineDeploymentFailureScript(logs: string[], stepMs = 200): ScriptStep[] {
  return [
    { afterMs: stepMs, phase: 'Running', nodes: [{ name: 'build', template: 'build', phase: 'Succeeded' }, { name: 'deploy-pipeline', template: 'deploy-pipeline', phase: 'Running' }] },
    { afterMs: stepMs, nodes: [{ name: 'deploy-pipeline', template: 'deploy-pipeline', phase: 'Failed', message: 'Error (exit code 1)', logs }, { name: 'env-dev.deploy', template: 'deploy-stacks', phase: 'Running' }] },
    {
      afterMs: stepMs,
      phase: 'Failed',
      message: "child 'finish' failed",
      nodes: [{ name: 'env-dev.deploy', template: 'deploy-stacks', phase: 'Succeeded' }, { name: 'finish', template: 'finish', type: 'Skipped', phase: 'Skipped', message: 'omitted: depends condition not met' }],
      outputs: [stackOutputs('dev', { ShopApi: { ApiUrl: 'https://dev.shop.example.com' } })],
    },
  ];
}

/**
 * examples/aphex-config.yaml run by Argo with its two approvals: dev and staging deploy, then
 * production and production-us both wait; each goes on once approved; the Workflow succeeds with
 * every environment's outputs.
 */
export function exampleApprovalRun(stepMs = 250): ScriptStep[] {
  const api = (env: string) => stackOutputs(env, { ShopNetwork: { VpcId: `vpc-${env}` }, ShopApi: { ApiUrl: `https://api.${env}.shop.example.com` } });
  const pod = (name: string, template: string, phase: ScriptNode['phase']): ScriptNode => ({ name, template, phase });
  return [
    { afterMs: stepMs, phase: 'Running', nodes: [pod('validate', 'validate', 'Succeeded'), pod('build', 'build', 'Running')] },
    { afterMs: stepMs, nodes: [pod('build', 'build', 'Succeeded'), pod('deploy-pipeline', 'deploy-pipeline', 'Succeeded'), pod('env-dev.deploy', 'deploy-stacks', 'Running')] },
    { afterMs: stepMs, nodes: [pod('env-dev.deploy', 'deploy-stacks', 'Succeeded'), pod('env-dev.test', 'test', 'Succeeded'), pod('env-staging.deploy', 'deploy-stacks', 'Running')], outputs: [api('dev')] },
    {
      afterMs: stepMs,
      nodes: [pod('env-staging.deploy', 'deploy-stacks', 'Succeeded'), pod('env-staging.test', 'test', 'Succeeded'), approvalNode('production'), approvalNode('production-us')],
      outputs: [api('dev'), api('staging')],
      awaitNode: 'env-production.approve',
    },
    { afterMs: stepMs, nodes: [pod('env-production.deploy', 'deploy-stacks', 'Running')] },
    { afterMs: stepMs, nodes: [pod('env-production.deploy', 'deploy-stacks', 'Succeeded')], outputs: [api('dev'), api('staging'), api('production')], awaitNode: 'env-production-us.approve' },
    { afterMs: stepMs, nodes: [pod('env-production-us.deploy', 'deploy-stacks', 'Running')] },
    {
      afterMs: stepMs,
      phase: 'Succeeded',
      nodes: [pod('env-production-us.deploy', 'deploy-stacks', 'Succeeded'), { name: 'finish', template: 'finish', type: 'Suspend', phase: 'Succeeded' }],
      outputs: ['dev', 'staging', 'production', 'production-us'].map(api),
    },
  ];
}
