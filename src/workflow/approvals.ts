/**
 * Approvals in a running Workflow: the rendered template's `approval` step is an Argo suspend
 * node, one per environment with `approval: true`. A suspend node of type Suspend in phase
 * Running is waiting; `argo resume` (and `approve`) marks it Succeeded, `argo stop` with a node
 * field selector (and `approve` with Rejected) marks it Failed. Pure.
 */
import { environmentId } from '../aphex/names.js';
import { TEMPLATE } from '../argo/templates.js';
import { isTerminal, phaseOf, type Workflow, type WorkflowNode } from './model.js';

export interface ApprovalNode {
  /** The environment's name as in aphex-config.yaml (the node's `environment` input). */
  environment: string;
  /** Its normalised id (task env-<id>). */
  id: string;
  node: WorkflowNode;
}

/** What `approve` finds for an environment. */
export type ApprovalState =
  | { kind: 'waiting'; approval: ApprovalNode }
  | { kind: 'approved' | 'rejected'; approval: ApprovalNode }
  | { kind: 'finished'; phase: string }
  | { kind: 'no-approval'; environment: string }
  | { kind: 'unknown'; environment: string; known: string[] }
  | { kind: 'not-reached'; environment: string; pending: ApprovalNode[] }
  | { kind: 'unreadable'; why: 'offloaded' | 'compressed' };

export function isWaiting(node: WorkflowNode): boolean {
  return node.type === 'Suspend' && node.phase === 'Running';
}

function environmentOf(node: WorkflowNode): { environment: string; id: string } | undefined {
  const input = node.inputs?.parameters?.find((p) => p.name === 'environment')?.value;
  if (input !== undefined && input !== '') return { environment: input, id: environmentId(input) };
  const fromName = /\.env-([a-z0-9-]+)\.approve$/.exec(node.name)?.[1];
  return fromName ? { environment: fromName, id: fromName } : undefined;
}

/** Every approval node (waiting, answered or skipped) with its environment. */
export function approvalNodes(wf: Workflow): ApprovalNode[] {
  const out: ApprovalNode[] = [];
  for (const node of Object.values(wf.status?.nodes ?? {})) {
    if (node.templateName !== TEMPLATE.approval && node.templateRef?.template !== TEMPLATE.approval) continue;
    const env = environmentOf(node);
    if (env) out.push({ ...env, node });
  }
  return out;
}

/** Approvals waiting now, the longest-waiting first (then by environment name). */
export function pendingApprovals(wf: Workflow): ApprovalNode[] {
  const since = (a: ApprovalNode): string => a.node.startedAt || '~';
  return approvalNodes(wf)
    .filter((a) => isWaiting(a.node))
    .sort((a, b) => since(a).localeCompare(since(b)) || a.environment.localeCompare(b.environment));
}

export interface PipelineEnvironment {
  name: string;
  id: string;
  approval: boolean;
}

/** The environments of the Workflow's pipeline, from the template it runs (when Argo stored it). */
export function pipelineEnvironments(wf: Workflow): PipelineEnvironment[] | undefined {
  const spec = wf.status?.storedWorkflowTemplateSpec as { templates?: { name?: string; dag?: { tasks?: { template?: string; arguments?: { parameters?: { name: string; value?: string }[] } }[] } }[] } | undefined;
  const main = spec?.templates?.find((t) => t.name === TEMPLATE.main);
  if (!main?.dag?.tasks) return undefined;
  return main.dag.tasks
    .filter((t) => t.template === TEMPLATE.environment)
    .map((t) => {
      const arg = (n: string): string => t.arguments?.parameters?.find((p) => p.name === n)?.value ?? '';
      return { name: arg('environment'), id: arg('environment-id') || environmentId(arg('environment')), approval: arg('approval') === 'true' };
    });
}

const sameEnvironment = (given: string, name: string, id: string): boolean => given === name || environmentId(given) === id;

export function approvalState(wf: Workflow, environment: string): ApprovalState {
  if (wf.status?.offloadNodeStatusVersion) return { kind: 'unreadable', why: 'offloaded' };
  if (wf.status?.compressedNodes) return { kind: 'unreadable', why: 'compressed' };
  const approval = approvalNodes(wf).find((a) => sameEnvironment(environment, a.environment, a.id));
  if (approval) {
    if (isWaiting(approval.node)) return { kind: 'waiting', approval };
    if (approval.node.phase === 'Succeeded') return { kind: 'approved', approval };
    if (approval.node.phase === 'Failed' || approval.node.phase === 'Error') return { kind: 'rejected', approval };
    if (approval.node.phase === 'Skipped' || approval.node.phase === 'Omitted') return { kind: 'no-approval', environment: approval.environment };
  }
  const envs = pipelineEnvironments(wf);
  const known = envs?.find((e) => sameEnvironment(environment, e.name, e.id));
  if (envs && !known) return { kind: 'unknown', environment, known: envs.map((e) => e.name) };
  if (known && !known.approval) return { kind: 'no-approval', environment: known.name };
  if (isTerminal(phaseOf(wf))) return { kind: 'finished', phase: phaseOf(wf) };
  return { kind: 'not-reached', environment: known?.name ?? environment, pending: pendingApprovals(wf) };
}
