/**
 * Retiring a pipeline: delete its WorkflowTemplate, and only when the live object carries the
 * pipeline's ownership labels. The DELETE names the uid and resourceVersion that were checked
 * (preconditions), so an object replaced or changed after the check is never deleted: the API
 * server answers 409 and the check runs again. Workflows are never touched: running ones keep
 * their own copy of the template (status.storedWorkflowTemplateSpec) and finish as they are.
 */
import { ownershipLabels } from '../argo/render.js';
import { ActionError } from '../errors.js';
import { missingOwnership, templatePath } from './apply.js';
import type { KubeClient } from './transport.js';

export type DeleteResult = 'deleted' | 'absent' | 'refused';

export interface DeleteOutcome {
  result: DeleteResult;
  dryRun: boolean;
  /** uid and resourceVersion of the object deleted (or that a dry run would delete). */
  uid?: string;
  resourceVersion?: string;
  /** refused: the ownership labels the live object lacks (`key=value`). */
  missing?: string[];
}

export interface TemplateRef {
  name: string;
  namespace: string;
  pipeline: string;
}

/** How often a check-then-delete is repeated when the object changes in between (409). */
export const DELETE_ATTEMPTS = 3;

interface LiveMeta {
  uid?: string;
  resourceVersion?: string;
  labels?: Record<string, string>;
}

/** The DeleteOptions body: delete exactly the object that was checked. */
export function deleteOptions(uid: string, resourceVersion: string, dryRun: boolean): Record<string, unknown> {
  return { kind: 'DeleteOptions', apiVersion: 'v1', preconditions: { uid, resourceVersion }, ...(dryRun ? { dryRun: ['All'] } : {}) };
}

export async function deleteTemplate(client: KubeClient, t: TemplateRef, dryRun: boolean, signal: AbortSignal): Promise<DeleteOutcome> {
  const path = templatePath(t.namespace, t.name);
  for (let attempt = 1; ; attempt++) {
    const get = await client.call({ op: { verb: 'get', resource: 'workflowtemplates', name: t.name, namespace: t.namespace }, method: 'GET', path, accept: [404], signal });
    if (get.status === 404) return { result: 'absent', dryRun };
    const meta = ((JSON.parse(get.body) as { metadata?: LiveMeta }).metadata ?? {}) as LiveMeta;
    const missing = missingOwnership({ metadata: meta }, ownershipLabels(t.pipeline));
    if (missing.length > 0) return { result: 'refused', dryRun, missing, ...(meta.uid ? { uid: meta.uid } : {}) };
    const uid = meta.uid ?? '';
    const resourceVersion = meta.resourceVersion ?? '';
    const res = await client.call({
      op: { verb: 'delete', resource: 'workflowtemplates', name: t.name, namespace: t.namespace },
      method: 'DELETE',
      path,
      ...(dryRun ? { query: { dryRun: 'All' } } : {}),
      body: JSON.stringify(deleteOptions(uid, resourceVersion, dryRun)),
      accept: [404, 409],
      signal,
    });
    if (res.status === 404) return { result: 'absent', dryRun };
    if (res.status !== 409) return { result: 'deleted', dryRun, uid, resourceVersion };
    if (attempt >= DELETE_ATTEMPTS) {
      throw new ActionError(`WorkflowTemplate "${t.name}" in namespace ${t.namespace} changed ${DELETE_ATTEMPTS} times between the ownership check and the delete (409 Conflict), so it was not deleted.`, {
        hint: 'Something keeps updating it (another pipeline run applying it, or a controller): stop that first, then re-run the job.',
        title: 'delete conflict',
        retryable: true,
      });
    }
  }
}
