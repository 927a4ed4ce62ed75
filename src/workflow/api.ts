/** Workflow calls on the Kubernetes API: submit, read, terminate (the watch is in watch.ts). */
import { ActionError } from '../errors.js';
import { ARGO_API } from '../kube/rbac.js';
import type { KubeClient } from '../kube/transport.js';
import type { Workflow } from './model.js';

export function workflowsPath(namespace: string): string {
  return `/apis/${ARGO_API}/namespaces/${namespace}/workflows`;
}

export const SUBMISSION_ANNOTATION = 'aphex-pipeline/submission';

/**
 * Creates the Workflow. The name is fixed before the first attempt, so a POST resent after a
 * lost answer meets 409 AlreadyExists; the submission annotation proves it is ours.
 */
export async function submitWorkflow(client: KubeClient, manifest: Record<string, unknown>, signal: AbortSignal): Promise<Workflow> {
  const meta = manifest.metadata as { name: string; namespace: string; annotations: Record<string, string> };
  const op = { verb: 'create', resource: 'workflows', name: meta.name, namespace: meta.namespace };
  const res = await client.call({ op, method: 'POST', path: workflowsPath(meta.namespace), body: JSON.stringify(manifest), signal, accept: [409] });
  if (res.status !== 409) return JSON.parse(res.body) as Workflow;
  const existing = await getWorkflow(client, meta.namespace, meta.name, signal);
  const ours = (existing.metadata as { annotations?: Record<string, string> }).annotations?.[SUBMISSION_ANNOTATION];
  if (ours !== undefined && ours === meta.annotations[SUBMISSION_ANNOTATION]) return existing;
  throw new ActionError(`A Workflow named "${meta.name}" already exists in namespace ${meta.namespace}.`, { hint: 'Re-run the job; a new name is chosen each time.', retryable: true });
}

/** Reads the Workflow. `attempts: 1` for a wait loop's look: the loop retries by looking again. */
export async function getWorkflow(client: KubeClient, namespace: string, name: string, signal?: AbortSignal, attempts?: number): Promise<Workflow> {
  const op = { verb: 'get', resource: 'workflows', name, namespace };
  return (await client.json<Workflow>({ op, method: 'GET', path: `${workflowsPath(namespace)}/${name}`, signal, ...(attempts ? { attempts } : {}) })).value;
}

/** The Workflow, or a clear error when it does not exist (never created, or deleted by its ttlStrategy). */
export async function existingWorkflow(client: KubeClient, namespace: string, name: string, signal: AbortSignal): Promise<Workflow> {
  const res = await client.call({ op: { verb: 'get', resource: 'workflows', name, namespace }, method: 'GET', path: `${workflowsPath(namespace)}/${name}`, accept: [404], signal });
  if (res.status === 404) {
    throw new ActionError(`Workflow ${name} does not exist in namespace ${namespace}.`, {
      hint: 'Check workflow-name and namespace (the workflow-name output of the step that submitted it). Finished Workflows of an AphexPipeline are deleted a day after success and a week after failure (ttlStrategy).',
      title: 'workflow not found',
    });
  }
  return JSON.parse(res.body) as Workflow;
}

/** What `argo terminate` does: spec.shutdown=Terminate (merge patch). Bounded to fit the cancel grace period. */
export async function terminateWorkflow(client: KubeClient, namespace: string, name: string, timeoutMs = 4000): Promise<void> {
  const op = { verb: 'patch', resource: 'workflows', name, namespace };
  await client.call({
    op,
    method: 'PATCH',
    path: `${workflowsPath(namespace)}/${name}`,
    body: JSON.stringify({ spec: { shutdown: 'Terminate' } }),
    contentType: 'application/merge-patch+json',
    deadlineMs: timeoutMs,
    signal: AbortSignal.timeout(timeoutMs),
  });
}
