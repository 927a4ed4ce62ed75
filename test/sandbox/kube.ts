/**
 * Loopback Kubernetes API emulator, the subset the action uses for Argo Workflows:
 * discovery of argoproj.io/v1alpha1, WorkflowTemplate GET, server-side apply (field managers,
 * conflicts, dry run, resourceVersion) and DELETE (uid/resourceVersion preconditions, dry run),
 * Workflow create/get/watch/merge-patch with a scripted controller and pod logs (see
 * kube-workflows.ts and kube-sim.ts), RBAC denials per verb and resource, bearer-token checks
 * (static or EKS) and real-shaped `Status` errors. Reach it through a kubeconfig or the EKS emulator.
 */
import { parse as parseYaml } from 'yaml';
import { checkEksToken, type EksTokenCheck } from './eks.ts';
import type { Obj, ScriptStep } from './kube-sim.ts';
import { WorkflowStore } from './kube-workflows.ts';
import { discoveryAnswer, forbiddenAnswer } from './kube-api.ts';
import { API, fieldPaths, GROUP, isObj, managedFieldsOf, mergeApply, ok, status, userPart, valueAt, type Cause, type Owners } from './kube-ssa.ts';
import { startEmulator, type Emulator, type LoopbackServer, type SandboxRequest, type SandboxResponse } from './server.ts';

export * from './kube-sim.ts';

const ROUTE = /^\/apis\/argoproj\.io\/v1alpha1\/namespaces\/([^/]+)\/(workflowtemplates|workflows)(?:\/([^/]+))?$/;
const POD_LOG = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/log$/;

export interface KubeEmulatorOptions {
  /** Accept only `Authorization: Bearer <token>`. */
  token?: string;
  /** Accept only valid EKS tokens for this cluster (signature checked when keys are given). */
  eks?: EksTokenCheck;
  /** Accept the bearer tokens this predicate approves (e.g. tokens an exec plugin hands out). */
  acceptToken?: (token: string) => boolean;
  /** Accept only `Authorization: Basic` with these credentials. */
  basic?: { username: string; password: string };
  /** The user named in 403 messages. */
  user?: string;
  namespaces?: string[];
}

export type { Cause } from './kube-ssa.ts';

export class KubeEmulator implements Emulator {
  argoInstalled = true;
  readonly namespaces: Set<string>;
  /** `<verb> <resource>` pairs RBAC denies, e.g. `patch workflowtemplates`, `watch workflows`, `get pods/log`. */
  readonly forbidden = new Set<string>();
  readonly templates = new Map<string, Obj>();
  /** Workflows, their controller script and their pods' logs. */
  readonly store: WorkflowStore;
  /** Every distinct bearer token presented, in order. */
  readonly tokensSeen: string[] = [];
  /** Each token is accepted this many times, then answered 401 (as if it expired). */
  tokenMaxUses: number | undefined;
  /** The next this-many DELETEs find the template changed by another client since it was read (409). */
  changesBeforeDelete = 0;
  /** The next apply is rejected 422 with these causes. */
  invalidNext: Cause[] | undefined;
  private readonly opts: KubeEmulatorOptions;
  private readonly owners = new Map<string, Owners>();
  private readonly tokenUses = new Map<string, number>();
  private rv = 1000;
  private uid = 0;

  constructor(opts: KubeEmulatorOptions = {}) {
    this.opts = opts;
    this.namespaces = new Set(opts.namespaces ?? ['argo']);
    this.store = new WorkflowStore(
      () => this.nextRv(),
      () => `uid-${++this.uid}`,
    );
  }

  get workflows(): Map<string, Obj> {
    return this.store.workflows;
  }
  get terminated(): string[] {
    return this.store.terminated;
  }
  /** When each Workflow reached Succeeded/Failed/Error (Date.now()). */
  get finishedAt(): Map<string, number> {
    return this.store.finishedAt;
  }
  /** The Workflow controller's script for each new Workflow. */
  set script(fn: (wf: Obj) => ScriptStep[]) {
    this.store.script = fn;
  }
  /** How long a watch request is held open without changes. */
  set watchHoldMs(ms: number) {
    this.store.watchHoldMs = ms;
  }

  operationOf(req: SandboxRequest): string {
    const p = req.url.pathname;
    if (p === '/apis' || p === `/apis/${API}` || p === '/version') return 'discovery';
    if (POD_LOG.test(p) && req.method === 'GET') return 'getPodLog';
    const m = ROUTE.exec(p);
    if (!m) return 'unknown';
    const kind = m[2] === 'workflows' ? 'Workflow' : 'WorkflowTemplate';
    if (req.method === 'DELETE') return `delete${kind}`;
    if (req.method === 'PATCH') return kind === 'Workflow' ? 'patchWorkflow' : 'applyWorkflowTemplate';
    if (req.method === 'POST') return `create${kind}`;
    if (m[3]) return `get${kind}`;
    return req.url.searchParams.get('watch') ? `watch${kind}s` : `list${kind}s`;
  }

  faultResponse(kind: 'throttle' | '5xx'): SandboxResponse {
    if (kind === 'throttle') return { ...status(429, 'TooManyRequests', 'Too many requests, please try again later.', { retryAfterSeconds: 1 }), headers: { 'retry-after': '1' } };
    return status(503, 'ServiceUnavailable', 'the server is currently unable to handle the request');
  }

  /** Stops scripted timers (call in afterAll). */
  dispose(): void {
    this.store.dispose();
  }

  async handle(req: SandboxRequest, operation: string): Promise<SandboxResponse> {
    const denied = this.authenticate(req);
    if (denied) return status(401, 'Unauthorized', 'Unauthorized');
    if (operation === 'discovery') return this.discovery(req.url.pathname);
    if (operation === 'getPodLog') return this.podLog(req);
    const m = ROUTE.exec(req.url.pathname);
    if (!m || operation === 'unknown') return status(404, 'NotFound', 'the server could not find the requested resource', {});
    const [, ns, resource, name] = m as unknown as [string, string, string, string | undefined];
    if (!this.argoInstalled) return status(404, 'NotFound', 'the server could not find the requested resource', {});
    const verb = (['get', 'watch', 'list', 'create', 'delete'] as const).find((v) => operation.startsWith(v)) ?? 'patch';
    if (this.forbidden.has(`${verb} ${resource}`)) return this.forbid(verb, resource, ns, name);
    switch (operation) {
      case 'getWorkflowTemplate':
        return this.get(this.templates, 'workflowtemplates', ns, name as string);
      case 'applyWorkflowTemplate':
        return this.apply(req, ns, name as string);
      case 'deleteWorkflowTemplate':
        return this.deleteTemplate(req, ns, name as string);
      case 'createWorkflow':
        if (!this.namespaces.has(ns)) return this.namespaceMissing(ns);
        return this.store.create(JSON.parse(req.body) as Obj, ns, this.templates.get(`${ns}/${String(valueAt(JSON.parse(req.body) as Obj, ['spec', 'workflowTemplateRef', 'name']) ?? '')}`));
      case 'getWorkflow':
        return this.get(this.workflows, 'workflows', ns, name as string);
      case 'patchWorkflow':
        return this.store.patch(req, ns, name as string);
      case 'watchWorkflows':
        return this.store.watch(req, ns);
      default:
        return status(405, 'MethodNotAllowed', `${req.method} is not supported here`);
    }
  }

  private authenticate(req: SandboxRequest): string | undefined {
    const h = String(req.headers.authorization ?? '');
    if (this.opts.basic) return h === `Basic ${Buffer.from(`${this.opts.basic.username}:${this.opts.basic.password}`).toString('base64')}` ? undefined : 'wrong basic auth';
    if (this.opts.token === undefined && this.opts.eks === undefined && this.opts.acceptToken === undefined) return undefined;
    if (!h.startsWith('Bearer ')) return 'no bearer token';
    const token = h.slice('Bearer '.length);
    if (!this.tokensSeen.includes(token)) this.tokensSeen.push(token);
    const uses = (this.tokenUses.get(token) ?? 0) + 1;
    this.tokenUses.set(token, uses);
    if (this.tokenMaxUses !== undefined && uses > this.tokenMaxUses) return 'token used up';
    if (this.opts.acceptToken) return this.opts.acceptToken(token) ? undefined : 'token refused';
    if (this.opts.token !== undefined) return token === this.opts.token ? undefined : 'wrong token';
    const checked = checkEksToken(token, this.opts.eks as EksTokenCheck);
    return typeof checked === 'string' ? checked : undefined;
  }

  private discovery(path: string): SandboxResponse {
    return discoveryAnswer(path, this.argoInstalled);
  }

  private forbid(verb: string, resource: string, ns: string, name?: string, group = GROUP): SandboxResponse {
    return forbiddenAnswer(this.opts.user ?? 'aphex-ci', verb, resource, ns, name, group);
  }

  /** GET pods/<pod>/log (core group). */
  private podLog(req: SandboxRequest): SandboxResponse {
    const [, ns, pod] = POD_LOG.exec(req.url.pathname) as unknown as [string, string, string];
    if (this.forbidden.has('get pods/log')) return this.forbid('get', 'pods/log', ns, pod, '');
    return this.store.log(req, pod);
  }

  /** DELETE with DeleteOptions: preconditions (uid, resourceVersion) and dryRun. */
  private deleteTemplate(req: SandboxRequest, ns: string, name: string): SandboxResponse {
    const key = `${ns}/${name}`;
    const live = this.templates.get(key);
    if (!live) return this.notFound('workflowtemplates', name);
    const opts = (req.body.trim() ? JSON.parse(req.body) : {}) as { preconditions?: { uid?: string; resourceVersion?: string }; dryRun?: string[] };
    if (this.changesBeforeDelete > 0) {
      this.changesBeforeDelete--;
      this.touchTemplate(ns, name);
    }
    const meta = live.metadata as Obj;
    const pre = opts.preconditions ?? {};
    if (pre.uid !== undefined && pre.uid !== meta.uid) {
      return status(409, 'Conflict', `Operation cannot be fulfilled on workflowtemplates.${GROUP} "${name}": Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${String(meta.uid)}`, { name, group: GROUP, kind: 'workflowtemplates' });
    }
    if (pre.resourceVersion !== undefined && pre.resourceVersion !== meta.resourceVersion) {
      return status(409, 'Conflict', `Operation cannot be fulfilled on workflowtemplates.${GROUP} "${name}": Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${String(meta.resourceVersion)}`, { name, group: GROUP, kind: 'workflowtemplates' });
    }
    const dryRun = (opts.dryRun ?? []).includes('All') || req.url.searchParams.get('dryRun') === 'All';
    if (!dryRun) {
      this.templates.delete(key);
      this.owners.delete(key);
    }
    return ok(200, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details: { name, group: GROUP, kind: 'workflowtemplates', uid: meta.uid } });
  }

  /** Changes a live template as another client would (a new resourceVersion). */
  touchTemplate(ns: string, name: string): void {
    const live = this.templates.get(`${ns}/${name}`);
    if (live) (live.metadata as Obj).resourceVersion = this.nextRv();
  }

  private notFound(resource: string, name: string): SandboxResponse {
    return status(404, 'NotFound', `${resource}.${GROUP} "${name}" not found`, { name, group: GROUP, kind: resource });
  }

  private namespaceMissing(ns: string): SandboxResponse {
    return status(404, 'NotFound', `namespaces "${ns}" not found`, { name: ns, kind: 'namespaces' });
  }

  private get(store: Map<string, Obj>, resource: string, ns: string, name: string): SandboxResponse {
    const o = store.get(`${ns}/${name}`);
    return o ? ok(200, o) : this.notFound(resource, name);
  }

  private nextRv(): string {
    return String(++this.rv);
  }

  private managedFields(key: string): Obj[] {
    return managedFieldsOf(this.owners.get(key));
  }

  /** Server-side apply (PATCH application/apply-patch+yaml). */
  private apply(req: SandboxRequest, ns: string, name: string): SandboxResponse {
    const q = req.url.searchParams;
    if (!this.namespaces.has(ns)) return this.namespaceMissing(ns);
    if (req.headers['content-type'] !== 'application/apply-patch+yaml') return status(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml`);
    const manager = q.get('fieldManager') ?? '';
    if (manager === '') return status(422, 'Invalid', 'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch', { causes: [{ reason: 'FieldValueRequired', message: 'Required value: is required for apply patch', field: 'fieldManager' }] });
    const applied = parseYaml(req.body) as Obj;
    const meta = (isObj(applied.metadata) ? applied.metadata : {}) as Obj;
    if (applied.apiVersion !== API || applied.kind !== 'WorkflowTemplate' || meta.name !== name) return status(400, 'BadRequest', 'the name or kind of the object does not match the request');
    const invalid = this.invalidNext ?? (Array.isArray(valueAt(applied, ['spec', 'templates'])) ? undefined : [{ reason: 'FieldValueRequired', message: 'Required value', field: 'spec.templates' }]);
    this.invalidNext = undefined;
    if (invalid) {
      return status(422, 'Invalid', `WorkflowTemplate.${GROUP} "${name}" is invalid: ${invalid.map((c) => `${c.field}: ${c.message}`).join(', ')}`, { name, group: GROUP, kind: 'WorkflowTemplate', causes: invalid });
    }
    const key = `${ns}/${name}`;
    const live = this.templates.get(key);
    if (!live && this.forbidden.has('create workflowtemplates')) return this.forbid('create', 'workflowtemplates', ns, name);
    const base = live ?? { apiVersion: API, kind: 'WorkflowTemplate', metadata: { name, namespace: ns, uid: `uid-${++this.uid}`, creationTimestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), generation: 0 } };
    const merged = mergeApply(base, applied, this.owners.get(key) ?? new Map(), manager, live !== undefined && q.get('force') !== 'true');
    if ('conflicts' in merged) {
      const causes = merged.conflicts;
      return status(409, 'Conflict', `Apply failed with ${causes.length} conflict${causes.length === 1 ? '' : 's'}: ${causes.map((c) => `${c.message}: ${c.field}`).join('\n')}`, { causes });
    }
    const { next, owners } = merged;
    const nextMeta = next.metadata as Obj;
    if (!live || userPart(live) !== userPart(next)) {
      nextMeta.resourceVersion = this.nextRv();
      if (!live || JSON.stringify(live.spec) !== JSON.stringify(next.spec)) nextMeta.generation = Number(nextMeta.generation ?? 0) + 1;
    }
    if (q.get('dryRun') === 'All') {
      nextMeta.managedFields = managedFieldsOf(owners);
      if (!live) nextMeta.resourceVersion = '';
      return ok(live ? 200 : 201, next);
    }
    this.owners.set(key, owners);
    nextMeta.managedFields = this.managedFields(key);
    this.templates.set(key, next);
    return ok(live ? 200 : 201, next);
  }

  /** Puts a template in place as another tool would (owning all its fields). */
  seedTemplate(obj: Obj, manager = 'kubectl-client-side-apply'): void {
    const meta = obj.metadata as { name: string; namespace: string };
    const key = `${meta.namespace}/${meta.name}`;
    const stored = structuredClone(obj);
    Object.assign(stored.metadata as Obj, { uid: `uid-${++this.uid}`, resourceVersion: this.nextRv(), generation: 1 });
    const owners = new Map(fieldPaths(stored).map((p) => [JSON.stringify(p), { path: p, manager, op: 'Update' }] as const));
    this.owners.set(key, owners);
    (stored.metadata as Obj).managedFields = this.managedFields(key);
    this.templates.set(key, stored);
  }

  /** Changes a live template as `kubectl edit` would: the changed fields move to `manager`. */
  editTemplate(ns: string, name: string, edit: (o: Obj) => void, manager = 'kubectl-edit'): void {
    const key = `${ns}/${name}`;
    const live = this.templates.get(key);
    if (!live) throw new Error(`no template ${key}`);
    const next = structuredClone(live);
    edit(next);
    const owners = this.owners.get(key) ?? new Map();
    for (const p of fieldPaths(next)) {
      if (JSON.stringify(valueAt(live, p)) !== JSON.stringify(valueAt(next, p))) owners.set(JSON.stringify(p), { path: p, manager, op: 'Update' });
    }
    this.owners.set(key, owners);
    (next.metadata as Obj).resourceVersion = this.nextRv();
    (next.metadata as Obj).managedFields = this.managedFields(key);
    this.templates.set(key, next);
  }
}

export async function startKube(opts: KubeEmulatorOptions = {}): Promise<{ server: LoopbackServer; kube: KubeEmulator }> {
  const kube = new KubeEmulator(opts);
  return { server: await startEmulator(kube), kube };
}

/** A kubeconfig for the emulator (http needs insecure-skip-tls-verify: there is no TLS). */
export function kubeconfigYaml(server: string, user: Obj = { token: 'sandbox-token' }, context = 'sandbox'): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    'current-context': context,
    clusters: [{ name: 'sandbox', cluster: { server, 'insecure-skip-tls-verify': true } }],
    users: [{ name: 'ci', user }],
    contexts: [{ name: context, context: { cluster: 'sandbox', user: 'ci', namespace: 'argo' } }],
  });
}
