/**
 * Server-side apply as the Kubernetes emulator models it: field ownership per manager at the
 * granularity of each label, each annotation and each top-level spec key; conflicts when another
 * manager owns a field the apply sets to a different value; fields a manager stops applying are
 * removed. Plus the `Status` answer shape.
 */
import type { SandboxResponse } from './server.ts';
import type { Obj } from './kube-sim.ts';

export const GROUP = 'argoproj.io';
export const API = `${GROUP}/v1alpha1`;

export interface Cause {
  reason: string;
  message: string;
  field: string;
}

export type Path = string[];
export type Owners = Map<string, { path: Path; manager: string; op: string }>;

export function status(code: number, reason: string, message: string, details?: Obj): SandboxResponse {
  return { status: code, body: JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, ...(details ? { details } : {}), code }) };
}

export const ok = (code: number, obj: unknown): SandboxResponse => ({ status: code, body: JSON.stringify(obj) });
export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
export const pathText = (p: Path): string => `.${p.join('.')}`;

/** Field paths server-side apply tracks here: each label, each annotation, each top-level spec key. */
export function fieldPaths(o: Obj): Path[] {
  const meta = isObj(o.metadata) ? o.metadata : {};
  const out: Path[] = [];
  for (const k of Object.keys(isObj(meta.labels) ? meta.labels : {})) out.push(['metadata', 'labels', k]);
  for (const k of Object.keys(isObj(meta.annotations) ? meta.annotations : {})) out.push(['metadata', 'annotations', k]);
  for (const k of Object.keys(isObj(o.spec) ? o.spec : {})) out.push(['spec', k]);
  return out;
}

export function valueAt(o: Obj, p: Path): unknown {
  let cur: unknown = o;
  for (const k of p) cur = isObj(cur) ? cur[k] : undefined;
  return cur;
}

export function setAt(o: Obj, p: Path, v: unknown): void {
  let cur = o;
  for (const k of p.slice(0, -1)) cur = (isObj(cur[k]) ? cur[k] : (cur[k] = {})) as Obj;
  const last = p[p.length - 1] as string;
  if (v === undefined) delete cur[last];
  else cur[last] = structuredClone(v);
}

export const userPart = (o: Obj): string => JSON.stringify({ l: valueAt(o, ['metadata', 'labels']) ?? {}, a: valueAt(o, ['metadata', 'annotations']) ?? {}, s: o.spec ?? {} });

export function managedFieldsOf(owners: Owners | undefined): Obj[] {
  const byManager = new Map<string, { op: string; fields: Obj }>();
  for (const { path, manager, op } of owners?.values() ?? []) {
    const entry = byManager.get(manager) ?? { op, fields: {} };
    let cur = entry.fields;
    for (const k of path) cur = (cur[`f:${k}`] ??= {}) as Obj;
    byManager.set(manager, entry);
  }
  const time = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  return [...byManager.entries()].map(([manager, e]) => ({ manager, operation: e.op, apiVersion: API, time, fieldsType: 'FieldsV1', fieldsV1: e.fields }));
}

/** Applies `applied` for `manager` onto `base`; conflicts (when checked) or the new object and owners. */
export function mergeApply(base: Obj, applied: Obj, current: Owners, manager: string, checkConflicts: boolean): { conflicts: Cause[] } | { next: Obj; owners: Owners } {
  const owners: Owners = new Map(current);
  const paths = fieldPaths(applied);
  if (checkConflicts) {
    const conflicts = paths.filter((p) => {
      const o = owners.get(JSON.stringify(p));
      return o && o.manager !== manager && JSON.stringify(valueAt(base, p)) !== JSON.stringify(valueAt(applied, p));
    });
    if (conflicts.length > 0) return { conflicts: conflicts.map((p) => ({ reason: 'FieldManagerConflict', message: `conflict with "${owners.get(JSON.stringify(p))?.manager}" using ${API}`, field: pathText(p) })) };
  }
  const next = structuredClone(base);
  for (const [k, o] of owners) {
    if (o.manager === manager && !paths.some((p) => JSON.stringify(p) === k)) {
      setAt(next, o.path, undefined);
      owners.delete(k);
    }
  }
  for (const p of paths) {
    setAt(next, p, valueAt(applied, p));
    owners.set(JSON.stringify(p), { path: p, manager, op: 'Apply' });
  }
  return { next, owners };
}
