/**
 * Server-side apply of the WorkflowTemplate: check Argo is installed, read the live object,
 * refuse objects this pipeline does not own, apply (or dry-run) with our field manager and
 * say what changed. Never deletes anything.
 */
import { ownershipLabels as rendererLabels } from '../argo/render.js';
import { ActionError } from '../errors.js';
import { objectDiff } from './diff.js';
import { ARGO_API, FIELD_MANAGER } from './rbac.js';
import type { KubeClient } from './transport.js';
import { notKubernetesError } from './transport-errors.js';

export type ApplyResult = 'created' | 'configured' | 'unchanged';

export interface TemplateToApply {
  name: string;
  namespace: string;
  pipeline: string;
  object: Record<string, unknown>;
}

export interface ApplyOutcome {
  result: ApplyResult;
  /** Unified diff of labels, annotations and spec ('' when unchanged). */
  diff: string;
  dryRun: boolean;
  resourceVersion: string;
}

type Obj = Record<string, unknown>;

function labelsOf(o: unknown): Record<string, string> {
  const meta = (o as { metadata?: { labels?: Record<string, string> } } | undefined)?.metadata;
  return meta?.labels ?? {};
}

/**
 * The labels that mark an object as this pipeline's: the renderer's ownership labels
 * (app.kubernetes.io/instance=<pipeline>, app.kubernetes.io/managed-by=aphex-pipeline-action, ...).
 * The rendered object must carry them itself.
 */
export function ownershipLabels(t: TemplateToApply): Record<string, string> {
  const own = rendererLabels(t.pipeline);
  if (missingOwnership(t.object, own).length > 0 || Object.keys(own).length === 0) {
    throw new ActionError(`The rendered WorkflowTemplate "${t.name}" lacks the ownership labels of pipeline "${t.pipeline}", so it could not be told apart from objects the pipeline does not own.`, {
      hint: 'This is a defect in the renderer; report it with the rendered template.',
    });
  }
  return own;
}

/** Pure: labels the live object lacks (or has with another value). */
export function missingOwnership(live: unknown, own: Record<string, string>): string[] {
  const have = labelsOf(live);
  return Object.entries(own)
    .filter(([k, v]) => have[k] !== v)
    .map(([k, v]) => `${k}=${v}`);
}

function jsonKind(body: string): { kind?: string; resources?: { name?: string }[] } | undefined {
  try {
    const v = JSON.parse(body) as unknown;
    return v !== null && typeof v === 'object' ? (v as { kind?: string }) : undefined;
  } catch {
    return undefined;
  }
}

/** GET a discovery path; its answer must be `kind` (else the endpoint is no Kubernetes API server). */
async function discover(client: KubeClient, path: string, kind: string, signal: AbortSignal): Promise<{ status: number; value?: ReturnType<typeof jsonKind> }> {
  const op = { verb: 'discover', resource: path === '/apis' ? 'API groups' : ARGO_API };
  const res = await client.call({ op, method: 'GET', path, accept: [404], signal });
  if (res.status === 404) return { status: 404 };
  const value = jsonKind(res.body);
  if (value?.kind !== kind) throw notKubernetesError(client.url(path), res, op, client.target);
  return { status: res.status, value };
}

export async function ensureArgoInstalled(client: KubeClient, resources: string[], signal: AbortSignal): Promise<void> {
  const argo = await discover(client, `/apis/${ARGO_API}`, 'APIResourceList', signal);
  // A 404 says "no such API group" only if the endpoint is a Kubernetes API server at all.
  if (argo.status === 404 && (await discover(client, '/apis', 'APIGroupList', signal)).status === 404) {
    throw notKubernetesError(client.url('/apis'), { status: 404, body: '', headers: {} }, { verb: 'discover', resource: 'API groups' }, client.target);
  }
  const names = (argo.value?.resources ?? []).map((r) => r.name ?? '');
  const kinds: Record<string, string> = { workflowtemplates: 'WorkflowTemplate', workflows: 'Workflow' };
  const missing = resources.filter((r) => !names.includes(r));
  if (missing.length > 0) {
    const kind = kinds[missing[0] as string] ?? missing[0];
    throw new ActionError(`Argo Workflows is not installed (CRD ${ARGO_API} ${kind} not found) in the cluster at ${client.access.server} (${client.access.source}).`, {
      hint: 'Install Argo Workflows in the cluster (https://argo-workflows.readthedocs.io/en/latest/installation/), or point cluster-name / kubeconfig at the cluster where it runs.',
      title: 'argo not installed',
    });
  }
}

export function templatePath(namespace: string, name: string): string {
  return `/apis/${ARGO_API}/namespaces/${namespace}/workflowtemplates/${name}`;
}

export async function applyTemplate(client: KubeClient, t: TemplateToApply, dryRun: boolean, signal: AbortSignal): Promise<ApplyOutcome> {
  const own = ownershipLabels(t);
  const path = templatePath(t.namespace, t.name);
  const get = await client.call({ op: { verb: 'get', resource: 'workflowtemplates', name: t.name, namespace: t.namespace }, method: 'GET', path, accept: [404], signal });
  const live = get.status === 404 ? undefined : (JSON.parse(get.body) as Obj);
  if (live) {
    const missing = missingOwnership(live, own);
    if (missing.length > 0) {
      throw new ActionError(
        `WorkflowTemplate "${t.name}" already exists in namespace ${t.namespace} but is not labelled as pipeline "${t.pipeline}"'s (missing ${missing.join(', ')}); the action does not overwrite objects it does not own.`,
        {
          hint: `If this template really belongs to the pipeline, label it once: kubectl label workflowtemplate -n ${t.namespace} ${t.name} ${missing.join(' ')} --overwrite. Otherwise choose another pipeline name (input pipeline).`,
          title: 'not owned',
        },
      );
    }
  }
  const query: Record<string, string> = { fieldManager: FIELD_MANAGER, force: 'false' };
  if (dryRun) query.dryRun = 'All';
  const applied = await client.json<Obj>({
    op: { verb: 'patch', resource: 'workflowtemplates', name: t.name, namespace: t.namespace },
    method: 'PATCH',
    path,
    query,
    body: JSON.stringify(t.object),
    contentType: 'application/apply-patch+yaml',
    signal,
  });
  const diff = objectDiff(live, applied.value, t.name);
  const result: ApplyResult = live === undefined ? 'created' : diff === '' ? 'unchanged' : 'configured';
  const rv = (applied.value.metadata as { resourceVersion?: string } | undefined)?.resourceVersion ?? '';
  return { result, diff, dryRun, resourceVersion: rv };
}
