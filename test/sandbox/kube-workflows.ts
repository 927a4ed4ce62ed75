/**
 * Workflows in the Kubernetes emulator: create (with the template's spec stored in the status,
 * as Argo does), get, watch (as a long poll), JSON merge patch with a resourceVersion
 * precondition (409 when stale), a scripted controller (kube-sim.ts) that pauses at approvals
 * until a client resumes or stops the suspend node, terminate, and the pods' main-container logs.
 */
import { applyStep, rejectedSteps, scriptPodName, succeedingScript, terminate, type Obj, type ScriptStep } from './kube-sim.ts';
import { GROUP, isObj, ok, status, valueAt } from './kube-ssa.ts';
import type { SandboxRequest, SandboxResponse } from './server.ts';

/** RFC 7386 JSON merge patch: objects merge, null deletes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObj(patch)) return patch;
  const out: Obj = isObj(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

interface Paused {
  node: string;
  rest: ScriptStep[];
}

export class WorkflowStore {
  readonly workflows = new Map<string, Obj>();
  readonly terminated: string[] = [];
  /** When each Workflow reached Succeeded/Failed/Error (Date.now()). */
  readonly finishedAt = new Map<string, number>();
  /** The main container's log of each pod, by pod name. */
  readonly podLogs = new Map<string, string[]>();
  /** The Workflow controller's script for each new Workflow. */
  script: (wf: Obj) => ScriptStep[] = () => succeedingScript();
  /** How long a watch request is held open without changes. */
  watchHoldMs = 10_000;
  /** The next this-many patches with a resourceVersion find the Workflow changed by the controller first (409). */
  conflictsNext = 0;
  /** Pods are deleted when their Workflow ends (podGC OnWorkflowCompletion): logs answer 404. */
  podGC = false;
  private readonly timers = new Map<string, NodeJS.Timeout[]>();
  private readonly watchers = new Map<string, Set<() => void>>();
  private readonly paused = new Map<string, Paused>();

  private readonly nextRv: () => string;
  private readonly nextUid: () => string;

  constructor(nextRv: () => string, nextUid: () => string) {
    this.nextRv = nextRv;
    this.nextUid = nextUid;
  }

  dispose(): void {
    for (const list of this.timers.values()) list.forEach(clearTimeout);
    this.timers.clear();
  }

  get(ns: string, name: string): Obj | undefined {
    return this.workflows.get(`${ns}/${name}`);
  }

  create(wf: Obj, ns: string, template: Obj | undefined): SandboxResponse {
    const meta = (wf.metadata ??= {}) as Obj;
    if (!meta.name && typeof meta.generateName === 'string') meta.name = `${meta.generateName}${Math.random().toString(36).slice(2, 7)}`;
    const name = String(meta.name ?? '');
    if (name === '') return status(422, 'Invalid', 'Workflow.argoproj.io "" is invalid: metadata.name: Required value: name or generateName is required', { causes: [{ reason: 'FieldValueRequired', message: 'Required value: name or generateName is required', field: 'metadata.name' }] });
    const key = `${ns}/${name}`;
    if (this.workflows.has(key)) return status(409, 'AlreadyExists', `workflows.${GROUP} "${name}" already exists`, { name, group: GROUP, kind: 'workflows' });
    Object.assign(meta, { namespace: ns, uid: this.nextUid(), resourceVersion: this.nextRv(), creationTimestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z') });
    wf.status = template ? { storedWorkflowTemplateSpec: structuredClone(template.spec) } : {};
    this.workflows.set(key, wf);
    const ref = String(valueAt(wf, ['spec', 'workflowTemplateRef', 'name']) ?? '');
    this.schedule(key, template ? this.script(wf) : [{ afterMs: 50, phase: 'Error', message: `workflowtemplates.${GROUP} "${ref}" not found` }]);
    return ok(201, wf);
  }

  /** Runs steps one after the other; stops after a step that waits for a node (an approval). */
  private schedule(key: string, steps: ScriptStep[]): void {
    let at = 0;
    const timers: NodeJS.Timeout[] = [];
    for (const [i, step] of steps.entries()) {
      at += step.afterMs;
      const t = setTimeout(() => {
        this.change(key, (o) => this.apply(o, step));
        if (step.awaitNode) {
          this.paused.set(key, { node: step.awaitNode, rest: steps.slice(i + 1) });
          // Answered already (approvals waiting side by side, answered in another order): go on.
          this.resumeIfAnswered(key);
        }
      }, at);
      t.unref();
      timers.push(t);
      if (step.awaitNode) break;
    }
    this.timers.set(key, timers);
  }

  private apply(wf: Obj, step: ScriptStep): void {
    applyStep(wf, step);
    const name = String(valueAt(wf, ['metadata', 'name']));
    for (const n of step.nodes ?? []) if (n.logs) this.podLogs.set(scriptPodName(name, n), n.logs);
    const phase = String(valueAt(wf, ['status', 'phase']) ?? '');
    if (this.podGC && ['Succeeded', 'Failed', 'Error'].includes(phase)) for (const pod of [...this.podLogs.keys()]) if (pod.startsWith(`${name}-`)) this.podLogs.delete(pod);
  }

  change(key: string, mutate: (o: Obj) => void): void {
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

  /** A JSON merge patch; a resourceVersion in it is a precondition, as for the API server. */
  patch(req: SandboxRequest, ns: string, name: string): SandboxResponse {
    const key = `${ns}/${name}`;
    if (!this.workflows.has(key)) return status(404, 'NotFound', `workflows.${GROUP} "${name}" not found`, { name, group: GROUP, kind: 'workflows' });
    if (req.headers['content-type'] !== 'application/merge-patch+json') return status(415, 'UnsupportedMediaType', 'this emulator accepts merge patches for Workflows');
    const patch = JSON.parse(req.body) as Obj;
    const wanted = valueAt(patch, ['metadata', 'resourceVersion']);
    if (wanted !== undefined && this.conflictsNext > 0) {
      this.conflictsNext--;
      this.change(key, () => undefined);
    }
    const current = String(valueAt(this.workflows.get(key) as Obj, ['metadata', 'resourceVersion']));
    if (wanted !== undefined && String(wanted) !== current) {
      return status(409, 'Conflict', `Operation cannot be fulfilled on workflows.${GROUP} "${name}": the object has been modified; please apply your changes to the latest version and try again`, { name, group: GROUP, kind: 'workflows' });
    }
    const { resourceVersion: _rv, ...meta } = (isObj(patch.metadata) ? patch.metadata : {}) as Obj;
    this.change(key, (o) => {
      const next = mergePatch(o, { ...patch, metadata: meta }) as Obj;
      for (const k of Object.keys(o)) delete o[k];
      Object.assign(o, next);
    });
    const shutdown = valueAt(patch, ['spec', 'shutdown']);
    if (shutdown === 'Terminate' || shutdown === 'Stop') this.shutDown(key, name);
    else this.resumeIfAnswered(key);
    return ok(200, this.workflows.get(key));
  }

  private shutDown(key: string, name: string): void {
    this.terminated.push(name);
    this.paused.delete(key);
    (this.timers.get(key) ?? []).forEach(clearTimeout);
    const t = setTimeout(() => this.change(key, terminate), 100);
    t.unref();
    this.timers.set(key, [t]);
  }

  /** The controller notices an answered approval: it goes on (Succeeded) or fails the Workflow (Failed). */
  private resumeIfAnswered(key: string): void {
    const p = this.paused.get(key);
    const wf = this.workflows.get(key);
    if (!p || !wf) return;
    const name = String(valueAt(wf, ['metadata', 'name']));
    const node = Object.values((valueAt(wf, ['status', 'nodes']) ?? {}) as Record<string, Obj>).find((n) => n.name === `${name}.${p.node}`);
    if (!node || node.phase === 'Running') return;
    this.paused.delete(key);
    this.schedule(key, node.phase === 'Succeeded' ? p.rest : rejectedSteps(p.node.replace(/^env-/, '').replace(/\.approve$/, '')));
  }

  /** A watch, served as a long poll: events since resourceVersion, then the stream ends. */
  async watch(req: SandboxRequest, ns: string): Promise<SandboxResponse> {
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

  /** GET pods/<pod>/log: the main container's log, tailLines and limitBytes applied, as text. */
  log(req: SandboxRequest, pod: string): SandboxResponse {
    const q = req.url.searchParams;
    const lines = this.podLogs.get(pod);
    if (!lines) return status(404, 'NotFound', `pods "${pod}" not found`, { name: pod, kind: 'pods' });
    const container = q.get('container') ?? 'main';
    if (container !== 'main') return status(400, 'BadRequest', `container ${container} is not valid for pod ${pod}`);
    const tail = q.has('tailLines') ? lines.slice(-Number(q.get('tailLines'))) : lines;
    let body = tail.map((l) => `${l}\n`).join('');
    const limit = Number(q.get('limitBytes') ?? Infinity);
    if (Buffer.byteLength(body) > limit) body = Buffer.from(body).subarray(0, limit).toString('utf8');
    return { status: 200, headers: { 'content-type': 'text/plain' }, body };
  }
}
