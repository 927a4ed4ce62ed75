/**
 * Workflow model: the object we submit, and what we read back from its status. Pure.
 */
import { environmentOutputs } from '../argo/outputs.js';
import { GLOBAL_OUTPUT_PREFIX } from '../argo/templates.js';
import { parseStackOutputs, type StackOutputs } from '../stack-outputs.js';
import { ARGO_API } from '../kube/rbac.js';
import type { WorkflowRow } from '../report/workflow-summary.js';

export type Phase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Error' | '';
export const TERMINAL: readonly string[] = ['Succeeded', 'Failed', 'Error'];

export interface WorkflowNode {
  id: string;
  name: string;
  displayName?: string;
  type?: string;
  templateName?: string;
  templateRef?: { name?: string; template?: string };
  phase?: string;
  message?: string;
  startedAt?: string;
  finishedAt?: string;
  /** Ids of the nodes that follow this one in the graph. */
  children?: string[];
  /** The node's input parameters as Argo resolved them (the approval's `environment`). */
  inputs?: { parameters?: { name: string; value?: string }[] };
}

export interface Workflow {
  metadata: { name: string; namespace?: string; resourceVersion?: string; uid?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: Record<string, unknown>;
  status?: {
    phase?: string;
    message?: string;
    startedAt?: string;
    finishedAt?: string;
    nodes?: Record<string, WorkflowNode>;
    outputs?: { parameters?: { name: string; value?: string }[] };
    /** Set when Argo keeps the nodes in its database (node status offloading) instead of here. */
    offloadNodeStatusVersion?: string;
    /** Set when Argo compressed the nodes into one string (very large Workflows). */
    compressedNodes?: string;
    /** The WorkflowTemplate's spec as the Workflow runs it (workflowTemplateRef). */
    storedWorkflowTemplateSpec?: Record<string, unknown>;
  };
}

export interface Parameter {
  name: string;
  value: string;
}

export interface SubmitSpec {
  name: string;
  namespace: string;
  templateName: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  parameters: Parameter[];
}

export function buildWorkflow(s: SubmitSpec): Record<string, unknown> {
  return {
    apiVersion: ARGO_API,
    kind: 'Workflow',
    metadata: { name: s.name, namespace: s.namespace, labels: s.labels, annotations: s.annotations },
    spec: {
      workflowTemplateRef: { name: s.templateName },
      arguments: { parameters: s.parameters.map((p) => ({ name: p.name, value: p.value })) },
    },
  };
}

/** `<base>-<5 random chars>`, like generateName, but chosen before the POST so a retry is idempotent. */
export function workflowName(base: string, random: () => number = Math.random): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let suffix = '';
  for (let i = 0; i < 5; i++) suffix += alphabet[Math.floor(random() * alphabet.length)];
  return `${base.slice(0, 63 - 6).replace(/-+$/, '')}-${suffix}`;
}

export function phaseOf(wf: Workflow): string {
  return wf.status?.phase ?? '';
}

export function isTerminal(phase: string): boolean {
  return TERMINAL.includes(phase);
}

/** Nodes a user thinks of as steps: pods and suspend/approval nodes. */
export function isStepNode(n: WorkflowNode): boolean {
  return n.type === 'Pod' || n.type === 'Suspend' || n.type === 'Container' || n.type === 'HTTP' || n.type === 'Plugin';
}

export function nodeLabel(n: WorkflowNode): string {
  return n.name && n.name.includes('.') ? n.name.slice(n.name.indexOf('.') + 1) : n.displayName || n.name || n.id;
}

export interface Transition {
  node: string;
  from: string;
  to: string;
  message?: string;
}

/** Phase changes of step nodes between two snapshots, in start order. */
export function transitions(prev: Workflow | undefined, next: Workflow): Transition[] {
  const before = prev?.status?.nodes ?? {};
  const out: (Transition & { at: string })[] = [];
  for (const n of Object.values(next.status?.nodes ?? {})) {
    if (!isStepNode(n) || !n.phase) continue;
    const old = before[n.id]?.phase ?? '';
    if (old === n.phase) continue;
    out.push({ node: nodeLabel(n), from: old, to: n.phase, ...(n.message && n.phase !== 'Running' ? { message: n.message } : {}), at: n.finishedAt ?? n.startedAt ?? '' });
  }
  return out.sort((a, b) => a.at.localeCompare(b.at) || a.node.localeCompare(b.node)).map(({ at: _at, ...t }) => t);
}

/** The step node that failed first (Pod/Suspend/... with Failed or Error), else any failed node. */
export function failingNode(wf: Workflow): WorkflowNode | undefined {
  const failed = Object.values(wf.status?.nodes ?? {}).filter((n) => n.phase === 'Failed' || n.phase === 'Error');
  const byTime = (a: WorkflowNode, b: WorkflowNode): number => (a.finishedAt ?? '~').localeCompare(b.finishedAt ?? '~');
  return failed.filter(isStepNode).sort(byTime)[0] ?? failed.filter((n) => n.message).sort(byTime)[0];
}

/** FNV-1a, 32 bits: Argo's hash of a node name in node ids and pod names. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(text, 'utf8')) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h >>> 0;
}

/** The annotation Argo records the pod naming scheme in (v1: the node id; v2: template and hash). */
export const POD_NAME_FORMAT_ANNOTATION = 'workflows.argoproj.io/pod-name-format';

/**
 * Argo's pod name for a Pod node. POD_NAMES v2 (the default since Argo 3.2, and whatever the
 * Workflow's pod-name-format annotation does not say otherwise):
 * `<workflow>-<template>-<fnv-1a 32 of the node's full name>`, the prefix cut to 242 characters;
 * v1: the node id.
 */
export function podName(wf: Workflow | string, node: WorkflowNode): string {
  const workflow = typeof wf === 'string' ? wf : wf.metadata.name;
  const format = typeof wf === 'string' ? undefined : wf.metadata.annotations?.[POD_NAME_FORMAT_ANNOTATION];
  if (format === 'v1') return node.id;
  if (node.name === workflow) return workflow;
  const template = node.templateRef?.template || node.templateName || '';
  const prefix = (template ? `${workflow}-${template}` : workflow).slice(0, 253 - 10 - 1);
  return `${prefix}-${fnv1a32(node.name)}`;
}

export function logCommands(namespace: string, workflow: Workflow | string, node: WorkflowNode | undefined): string[] {
  const name = typeof workflow === 'string' ? workflow : workflow.metadata.name;
  const lines = [`argo logs -n ${namespace} ${name}`];
  if (node && node.type === 'Pod') lines.push(`kubectl logs -n ${namespace} ${podName(workflow, node)} -c main`);
  lines.push(`kubectl logs -n ${namespace} -l workflows.argoproj.io/workflow=${name} -c main --prefix --tail=-1`);
  return lines;
}

/**
 * Merges the stack outputs of a finished Workflow: the renderer's per-environment
 * `stack-outputs-<environment>` parameters (malformed ones are reported in `invalid`), plus any
 * other global output parameter whose value is JSON {"<Stack>": {"<Key>": "<value>"}}.
 * A stack name deployed by several environments (the same stack in dev and prod) is keyed
 * `<environment>/<Stack>` so no environment's outputs hide another's.
 */
export function stackOutputsOf(wf: Workflow): { outputs: StackOutputs; invalid: string[] } {
  const params = (wf.status?.outputs?.parameters ?? []).filter((p) => typeof p?.name === 'string');
  const { environments, invalid } = environmentOutputs(params);
  const sources: { environment?: string; outputs: StackOutputs }[] = environments.map((e) => ({ environment: e.environment, outputs: e.outputs }));
  for (const p of params) {
    if (p.name.startsWith(GLOBAL_OUTPUT_PREFIX) || typeof p.value !== 'string' || !p.value.trimStart().startsWith('{')) continue;
    const outputs = parseStackOutputs(p.value);
    if (outputs) sources.push({ outputs });
  }
  const envCount = new Map<string, number>();
  for (const s of sources) if (s.environment !== undefined) for (const stack of Object.keys(s.outputs)) envCount.set(stack, (envCount.get(stack) ?? 0) + 1);
  const merged: StackOutputs = {};
  for (const { environment, outputs } of sources) {
    for (const [stack, keys] of Object.entries(outputs)) {
      const key = environment !== undefined && (envCount.get(stack) ?? 0) > 1 ? `${environment}/${stack}` : stack;
      merged[key] = { ...(merged[key] ?? {}), ...keys };
    }
  }
  return { outputs: merged, invalid };
}

/** Each node's depth in the graph: the longest path to it from a node nothing leads to (linear, cycles ignored). */
function depths(nodes: Record<string, WorkflowNode>): Map<string, number> {
  const indegree = new Map<string, number>(Object.keys(nodes).map((id) => [id, 0]));
  for (const n of Object.values(nodes)) for (const c of n.children ?? []) if (indegree.has(c)) indegree.set(c, (indegree.get(c) as number) + 1);
  const depth = new Map<string, number>();
  const queue = [...indegree].filter(([, d]) => d === 0).map(([id]) => id);
  for (const id of queue) {
    for (const c of nodes[id]?.children ?? []) {
      if (!indegree.has(c)) continue;
      depth.set(c, Math.max(depth.get(c) ?? 0, (depth.get(id) ?? 0) + 1));
      indegree.set(c, (indegree.get(c) as number) - 1);
      if (indegree.get(c) === 0) queue.push(c);
    }
  }
  return depth;
}

/** Earlier first; not started (no time) last. ISO times compare as strings. */
function byStart(a: WorkflowNode, b: WorkflowNode): number {
  const x = a.startedAt || undefined;
  const y = b.startedAt || undefined;
  if (x === y) return 0;
  if (x === undefined || y === undefined) return x === undefined ? 1 : -1;
  return x < y ? -1 : 1;
}

/** The summary's step rows in execution order: by start time, then in dependency order (so steps not started yet follow the graph). */
export function stepRows(wf: Workflow): WorkflowRow[] {
  const nodes = wf.status?.nodes ?? {};
  const depth = depths(nodes);
  return Object.values(nodes)
    .filter(isStepNode)
    .sort((a, b) => byStart(a, b) || (depth.get(a.id) ?? 0) - (depth.get(b.id) ?? 0) || nodeLabel(a).localeCompare(nodeLabel(b)))
    .map((n) => ({ step: nodeLabel(n), phase: n.phase ?? '', started: n.startedAt ?? '', finished: n.finishedAt ?? '', message: n.message ?? '' }));
}
