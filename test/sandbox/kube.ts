/**
 * Loopback Kubernetes API emulator, the subset the action uses for Argo Workflows:
 * discovery of argoproj.io/v1alpha1, WorkflowTemplate GET and server-side apply (field
 * managers, conflicts, dry run, resourceVersion), Workflow create/get/watch/merge-patch with
 * a scripted controller (see kube-sim.ts), bearer-token checks (static or EKS) and
 * real-shaped `Status` errors. Reach it through a kubeconfig file or the EKS emulator.
 */
import { parse as parseYaml } from 'yaml';
import { checkEksToken, type EksTokenCheck } from './eks.ts';
import { applyStep, succeedingScript, terminate, type Obj, type ScriptStep } from './kube-sim.ts';
import { API, fieldPaths, GROUP, isObj, managedFieldsOf, mergeApply, ok, status, userPart, valueAt, type Cause, type Owners } from './kube-ssa.ts';
import { startEmulator, type Emulator, type LoopbackServer, type SandboxRequest, type SandboxResponse } from './server.ts';

export * from './kube-sim.ts';

const ROUTE = /^\/apis\/argoproj\.io\/v1alpha1\/namespaces\/([^/]+)\/(workflowtemplates|workflows)(?:\/([^/]+))?$/;

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
  /** `<verb> <resource>` pairs RBAC denies, e.g. `patch workflowtemplates`, `watch workflows`. */
  readonly forbidden = new Set<string>();
  readonly templates = new Map<string, Obj>();
  readonly workflows = new Map<string, Obj>();
  readonly terminated: string[] = [];
  /** When each Workflow reached Succeeded/Failed/Error (Date.now()). */
  readonly finishedAt = new Map<string, number>();
  /** Every distinct bearer token presented, in order. */
  readonly tokensSeen: string[] = [];
  /** Each token is accepted this many times, then answered 401 (as if it expired). */
  tokenMaxUses: number | undefined;
  /** The next apply is rejected 422 with these causes. */
  invalidNext: Cause[] | undefined;
  /** The Workflow controller's script for each new Workflow. */
  script: (wf: Obj) => ScriptStep[] = () => succeedingScript();
  /** How long a watch request is held open without changes. */
  watchHoldMs = 10_000;
  private readonly opts: KubeEmulatorOptions;
  private readonly owners = new Map<string, Owners>();
  private readonly tokenUses = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout[]>();
  private readonly watchers = new Map<string, Set<() => void>>();
  private rv = 1000;
  private uid = 0;

  constructor(opts: KubeEmulatorOptions = {}) {
    this.opts = opts;
    this.namespaces = new Set(opts.namespaces ?? ['argo']);
  }

  operationOf(req: SandboxRequest): string {
    const p = req.url.pathname;
    if (p === '/apis' || p === `/apis/${API}` || p === '/version') return 'discovery';
    const m = ROUTE.exec(p);
    if (!m) return 'unknown';
    const kind = m[2] === 'workflows' ? 'Workflow' : 'WorkflowTemplate';
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
    for (const list of this.timers.values()) list.forEach(clearTimeout);
    this.timers.clear();
  }

  async handle(req: SandboxRequest, operation: string): Promise<SandboxResponse> {
    const denied = this.authenticate(req);
    if (denied) return status(401, 'Unauthorized', 'Unauthorized');
    if (operation === 'discovery') return this.discovery(req.url.pathname);
    const m = ROUTE.exec(req.url.pathname);
    if (!m || operation === 'unknown') return status(404, 'NotFound', 'the server could not find the requested resource', {});
    const [, ns, resource, name] = m as unknown as [string, string, string, string | undefined];
    if (!this.argoInstalled) return status(404, 'NotFound', 'the server could not find the requested resource', {});
    const verb = operation.startsWith('get') ? 'get' : operation.startsWith('watch') ? 'watch' : operation.startsWith('list') ? 'list' : operation.startsWith('create') ? 'create' : 'patch';
    if (this.forbidden.has(`${verb} ${resource}`)) return this.forbid(verb, resource, ns, name);
    switch (operation) {
      case 'getWorkflowTemplate':
        return this.get(this.templates, 'workflowtemplates', ns, name as string);
      case 'applyWorkflowTemplate':
        return this.apply(req, ns, name as string);
      case 'createWorkflow':
        return this.createWorkflow(req, ns);
      case 'getWorkflow':
        return this.get(this.workflows, 'workflows', ns, name as string);
      case 'patchWorkflow':
        return this.patchWorkflow(req, ns, name as string);
      case 'watchWorkflows':
        return this.watch(req, ns);
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
    if (path === '/version') return ok(200, { major: '1', minor: '31', gitVersion: 'v1.31.0-sandbox' });
    if (path === '/apis') {
      const groups = this.argoInstalled ? [{ name: GROUP, versions: [{ groupVersion: API, version: 'v1alpha1' }], preferredVersion: { groupVersion: API, version: 'v1alpha1' } }] : [];
      return ok(200, { kind: 'APIGroupList', apiVersion: 'v1', groups });
    }
    if (!this.argoInstalled) return status(404, 'NotFound', 'the server could not find the requested resource', {});
    const verbs = ['delete', 'deletecollection', 'get', 'list', 'patch', 'create', 'update', 'watch'];
    return ok(200, {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: API,
      resources: [
        { name: 'workflows', singularName: 'workflow', namespaced: true, kind: 'Workflow', verbs, shortNames: ['wf'] },
        { name: 'workflowtemplates', singularName: 'workflowtemplate', namespaced: true, kind: 'WorkflowTemplate', verbs, shortNames: ['wftmpl'] },
      ],
    });
  }

  private forbid(verb: string, resource: string, ns: string, name?: string): SandboxResponse {
    const user = this.opts.user ?? 'aphex-ci';
    const what = name ? `${resource}.${GROUP} "${name}"` : `${resource}.${GROUP}`;
    return status(403, 'Forbidden', `${what} is forbidden: User "${user}" cannot ${verb} resource "${resource}" in API group "${GROUP}" in the namespace "${ns}"`, {
      ...(name ? { name } : {}),
      group: GROUP,
      kind: resource,
    });
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

  private createWorkflow(req: SandboxRequest, ns: string): SandboxResponse {
    if (!this.namespaces.has(ns)) return this.namespaceMissing(ns);
    const wf = JSON.parse(req.body) as Obj;
    const meta = (wf.metadata ??= {}) as Obj;
    if (!meta.name && typeof meta.generateName === 'string') meta.name = `${meta.generateName}${Math.random().toString(36).slice(2, 7)}`;
    const name = String(meta.name ?? '');
    if (name === '') return status(422, 'Invalid', 'Workflow.argoproj.io "" is invalid: metadata.name: Required value: name or generateName is required', { causes: [{ reason: 'FieldValueRequired', message: 'Required value: name or generateName is required', field: 'metadata.name' }] });
    const key = `${ns}/${name}`;
    if (this.workflows.has(key)) return status(409, 'AlreadyExists', `workflows.${GROUP} "${name}" already exists`, { name, group: GROUP, kind: 'workflows' });
    Object.assign(meta, { namespace: ns, uid: `uid-${++this.uid}`, resourceVersion: this.nextRv(), creationTimestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z') });
    wf.status = {};
    this.workflows.set(key, wf);
    const ref = String(valueAt(wf, ['spec', 'workflowTemplateRef', 'name']) ?? '');
    const steps = this.templates.has(`${ns}/${ref}`) ? this.script(wf) : [{ afterMs: 50, phase: 'Error' as const, message: `workflowtemplates.${GROUP} "${ref}" not found` }];
    let at = 0;
    const timers: NodeJS.Timeout[] = [];
    for (const step of steps) {
      at += step.afterMs;
      const t = setTimeout(() => this.change(key, (o) => applyStep(o, step)), at);
      t.unref();
      timers.push(t);
    }
    this.timers.set(key, timers);
    return ok(201, wf);
  }

  private change(key: string, mutate: (o: Obj) => void): void {
    const wf = this.workflows.get(key);
    if (!wf) return;
    mutate(wf);
    (wf.metadata as Obj).resourceVersion = this.nextRv();
    const phase = String(valueAt(wf, ['status', 'phase']) ?? '');
    if (['Succeeded', 'Failed', 'Error'].includes(phase) && !this.finishedAt.has(key)) this.finishedAt.set(key, Date.now());
    const ws = this.watchers.get(key);
    this.watchers.delete(key);
    for (const w of ws ?? []) w();
  }

  private patchWorkflow(req: SandboxRequest, ns: string, name: string): SandboxResponse {
    const key = `${ns}/${name}`;
    const wf = this.workflows.get(key);
    if (!wf) return this.notFound('workflows', name);
    if (req.headers['content-type'] !== 'application/merge-patch+json') return status(415, 'UnsupportedMediaType', 'this emulator accepts merge patches for Workflows');
    const patch = JSON.parse(req.body) as Obj;
    const shutdown = valueAt(patch, ['spec', 'shutdown']);
    this.change(key, (o) => {
      if (isObj(patch.spec)) o.spec = { ...(o.spec as Obj), ...patch.spec };
    });
    if (shutdown === 'Terminate' || shutdown === 'Stop') {
      this.terminated.push(name);
      (this.timers.get(key) ?? []).forEach(clearTimeout);
      const t = setTimeout(() => this.change(key, terminate), 100);
      t.unref();
      this.timers.set(key, [t]);
    }
    return ok(200, this.workflows.get(key));
  }

  /** A watch, served as a long poll: events since resourceVersion, then the stream ends. */
  private async watch(req: SandboxRequest, ns: string): Promise<SandboxResponse> {
    const q = req.url.searchParams;
    const name = /^metadata\.name=(.+)$/.exec(q.get('fieldSelector') ?? '')?.[1];
    if (!name) return status(400, 'BadRequest', 'this emulator only watches one Workflow by metadata.name');
    const key = `${ns}/${name}`;
    const since = q.get('resourceVersion');
    const event = (type: string): SandboxResponse => ({ status: 200, body: `${JSON.stringify({ type, object: this.workflows.get(key) })}\n` });
    const current = (): string => String(valueAt(this.workflows.get(key) ?? {}, ['metadata', 'resourceVersion']) ?? '');
    if (!this.workflows.has(key)) return { status: 200, body: '' };
    if (!since) return event('ADDED');
    if (Number(current()) > Number(since)) return event('MODIFIED');
    const holdMs = Math.min(Number(q.get('timeoutSeconds') ?? '300') * 1000, this.watchHoldMs);
    const changed = await new Promise<boolean>((resolve) => {
      const t = setTimeout(() => resolve(false), holdMs);
      t.unref();
      const set = this.watchers.get(key) ?? new Set();
      set.add(() => (clearTimeout(t), resolve(true)));
      this.watchers.set(key, set);
    });
    return changed ? event('MODIFIED') : { status: 200, body: '' };
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
