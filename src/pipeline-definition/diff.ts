/**
 * What would change in a pipeline: the current declaration (GetPipeline) against the desired one
 * (the file), by stage and action name rather than by position, e.g.
 * `stages[Deploy].actions[CreateChangeSet].configuration.StackName: "old" → "new"`. Both sides are
 * normalised first (CodePipeline's defaults filled in, empty lists dropped, `version` ignored), so
 * an equal pipeline yields no change at all. Pure.
 */
import { isObj, type Obj } from '../util/guards.js';
import { escapeHidden } from '../util/hidden-chars.js';

export interface Change {
  kind: 'added' | 'removed' | 'changed';
  /** `stages[Deploy].actions[Ship].runOrder`. */
  path: string;
  /** How the value reads before and after ('' for an entity that did not exist). */
  before: string;
  after: string;
}

/** Arrays of named entities: matched by name, not position. */
const KEYS: Record<string, (item: Obj) => unknown> = {
  stages: (s) => s.name,
  actions: (a) => a.name,
  variables: (v) => v.name,
  environmentVariables: (v) => v.name,
  rules: (r) => r.name,
  blockers: (b) => b.name,
  triggers: (t) => (isObj(t.gitConfiguration) ? t.gitConfiguration.sourceActionName : undefined),
};
/** Of these, only stages run in the order they are listed (actions run by runOrder). */
const ORDERED = new Set(['stages']);
/** Configuration keys whose values are never shown. */
const SECRET_KEY = /token|secret|password|credential/i;

/**
 * The declaration as compared: defaults filled in, nothing empty, no version, and no action
 * `region` that only names the pipeline's own region (get-pipeline prints one for every action).
 */
export function normalise(decl: unknown, region?: string): unknown {
  const copy = clean(decl);
  if (!isObj(copy)) return copy;
  delete copy.version;
  copy.executionMode ??= 'SUPERSEDED';
  for (const stage of Array.isArray(copy.stages) ? copy.stages : []) {
    for (const action of isObj(stage) && Array.isArray(stage.actions) ? stage.actions : []) {
      if (!isObj(action)) continue;
      action.runOrder ??= 1;
      if (region !== undefined && action.region === region) delete action.region;
    }
  }
  return copy;
}

/** A deep copy without null, undefined, empty lists and empty mappings. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(clean).filter((v) => v !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (isObj(value)) {
    const out: Obj = {};
    for (const [k, v] of Object.entries(value)) {
      const c = clean(v);
      if (c !== undefined) out[k] = c;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return value === null ? undefined : value;
}

/** Every change from `current` to `desired`, in declaration order; `region`: the pipeline's. */
export function declarationDiff(current: unknown, desired: unknown, region?: string): Change[] {
  const out: Change[] = [];
  compare(normalise(current, region), normalise(desired, region), '', '', out);
  return out;
}

function join(path: string, key: string): string {
  return path === '' ? escapeHidden(key) : `${path}.${escapeHidden(key)}`;
}

function compare(a: unknown, b: unknown, path: string, key: string, out: Change[]): void {
  const keyOf = KEYS[key];
  // A list of named entities against another, or against nothing (all of them added or removed).
  const listed = (x: unknown): unknown[] | undefined => (Array.isArray(x) ? x : x === undefined ? [] : undefined);
  const [la, lb] = [listed(a), listed(b)];
  if (keyOf && la && lb && [...la, ...lb].every((x) => isObj(x) && typeof keyOf(x) === 'string')) {
    return compareNamed(la as Obj[], lb as Obj[], path, key, keyOf as (x: Obj) => string, out);
  }
  if (isObj(a) && isObj(b)) {
    for (const k of union(Object.keys(a), Object.keys(b))) compare(a[k], b[k], join(path, k), k, out);
    return;
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  const hidden = SECRET_KEY.test(key) && path.includes('configuration');
  out.push({ kind: 'changed', path, before: hidden ? '(hidden)' : valueText(a), after: hidden ? '(hidden, changed)' : valueText(b) });
}

function compareNamed(a: Obj[], b: Obj[], path: string, key: string, keyOf: (x: Obj) => string, out: Change[]): void {
  const before = new Map(a.map((x) => [keyOf(x), x]));
  const after = new Map(b.map((x) => [keyOf(x), x]));
  const label = (name: string): string => `${path}[${escapeHidden(name)}]`;
  if (ORDERED.has(key)) {
    const common = (list: Obj[], other: Map<string, Obj>): string[] => list.map(keyOf).filter((n) => other.has(n));
    const was = common(a, after);
    const now = common(b, before);
    if (was.join('\u0000') !== now.join('\u0000')) out.push({ kind: 'changed', path: `${path} (order)`, before: was.join(', '), after: now.join(', ') });
  }
  for (const name of union([...before.keys()], [...after.keys()])) {
    const x = before.get(name);
    const y = after.get(name);
    if (x === undefined) out.push({ kind: 'added', path: label(name), before: '', after: entityText(key, y as Obj) });
    else if (y === undefined) out.push({ kind: 'removed', path: label(name), before: entityText(key, x), after: '' });
    else compare(x, y, label(name), '', out);
  }
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** A short description of a stage, action or other named entity. */
function entityText(key: string, x: Obj): string {
  if (key === 'stages') {
    const actions = Array.isArray(x.actions) ? x.actions.filter(isObj).map((a) => String(a.name)) : [];
    return `stage with ${actions.length} action${actions.length === 1 ? '' : 's'}: ${actions.join(', ')}`;
  }
  if (key === 'actions') {
    const t = isObj(x.actionTypeId) ? x.actionTypeId : {};
    return `${String(t.category)} action (${String(t.owner)}/${String(t.provider)}), runOrder ${String(x.runOrder ?? 1)}`;
  }
  return valueText(x);
}

/** A value as it reads in a diff: JSON, on one line, at most 120 characters; artifact lists by name. */
export function valueText(v: unknown): string {
  if (v === undefined) return '(absent)';
  const names = Array.isArray(v) && v.every((x) => isObj(x) && Object.keys(x).length === 1 && typeof x.name === 'string');
  const text = escapeHidden(JSON.stringify(names ? (v as Obj[]).map((x) => x.name) : v));
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** One line of the diff as the log shows it. */
export function changeLine(c: Change): string {
  if (c.kind === 'added') return `+ ${c.path}: added ${c.after}`;
  if (c.kind === 'removed') return `- ${c.path}: removed ${c.before}`;
  return `~ ${c.path}: ${c.before} → ${c.after}`;
}
