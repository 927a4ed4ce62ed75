/**
 * An argo-lint-equivalent check of a WorkflowTemplate object: everything the renderer could get
 * wrong (names, references, DAG shape, output sources, variables, Argo's limits). Pure.
 */
import { byteLength, MAX_DAG_TASKS, MAX_FIELD_NAME, MAX_INPUT_PARAMETERS, MAX_OBJECT_BYTES, MAX_OBJECT_NAME, MAX_STEP_ARGUMENT_BYTES, MAX_TEMPLATES, type Limit } from '../aphex/limits.js';
import { findCycle } from '../aphex/graph.js';
import { isObj, type Obj } from '../util/guards.js';
import { checkTags, dependsNames, strings, type Scope } from './lint-vars.js';

export interface LintProblem {
  /** Where in the object, e.g. `spec.templates[0].dag.tasks[3]`. */
  path: string;
  message: string;
  /** Set when the problem is an Argo or Kubernetes limit. */
  limit?: Limit;
}

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const objs = (v: unknown): Obj[] => arr(v).filter(isObj);

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Our template names: lower-case, as pod names are built from them. */
const TEMPLATE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Argo: task and step names. */
const FIELD_NAME = /^[a-zA-Z0-9][-a-zA-Z0-9]*$/;
const PARAM_NAME = /^[-a-zA-Z0-9_]+$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const TYPES = ['container', 'script', 'dag', 'steps', 'resource', 'suspend', 'containerSet', 'data', 'http', 'plugin'];
const LEAF = ['container', 'script', 'containerSet'];

export function lintWorkflowTemplate(wt: unknown): LintProblem[] {
  const problems: LintProblem[] = [];
  const add = (path: string, message: string, limit?: Limit): void => void problems.push({ path, message, ...(limit ? { limit } : {}) });
  if (!isObj(wt) || !isObj(wt.metadata) || !isObj(wt.spec)) return [{ path: '', message: 'is not a WorkflowTemplate (metadata and spec are required)' }];
  lintMetadata(wt.metadata, add);
  const spec = wt.spec;
  const templates = objs(spec.templates);
  if (templates.length === 0) add('spec.templates', 'must list at least one template');
  if (templates.length > MAX_TEMPLATES.value) add('spec.templates', `has ${templates.length} templates`, MAX_TEMPLATES);
  const byName = new Map<string, Obj>();
  templates.forEach((t, i) => {
    const name = String(t.name ?? '');
    const at = `spec.templates[${i}]`;
    if (!TEMPLATE_NAME.test(name) || name.length > MAX_OBJECT_NAME.value) add(`${at}.name`, `'${name}' is not a lower-case name of at most 63 characters (a-z, 0-9, '-')`);
    if (byName.has(name)) add(`${at}.name`, `'${name}' is not unique`);
    byName.set(name, t);
  });
  if (!byName.has(String(spec.entrypoint ?? ''))) add('spec.entrypoint', `'${String(spec.entrypoint)}' is not a template`);
  const workflowParameters = new Set(objs(isObj(spec.arguments) ? spec.arguments.parameters : []).map((p) => String(p.name)));
  const globalScope = { workflowParameters, inputs: new Set<string>(), nodes: new Map<string, Set<string>>() };
  for (const [path, s] of strings({ ...spec, templates: undefined }, 'spec')) for (const why of checkTags(s, globalScope)) add(path, why);
  templates.forEach((t, i) => lintTemplate(t, `spec.templates[${i}]`, byName, workflowParameters, add));
  const bytes = byteLength(JSON.stringify(wt));
  if (bytes > MAX_OBJECT_BYTES.value) add('', `is ${bytes} bytes as JSON`, MAX_OBJECT_BYTES);
  return problems;
}

type Add = (path: string, message: string, limit?: Limit) => void;

function lintMetadata(meta: Obj, add: Add): void {
  const name = String(meta.name ?? '');
  if (!DNS_SUBDOMAIN.test(name)) add('metadata.name', `'${name}' is not a Kubernetes name (lower-case letters, digits, '-' and '.')`);
  if (name.length > MAX_OBJECT_NAME.value) add('metadata.name', `'${name}' is ${name.length} characters long`, MAX_OBJECT_NAME);
  const ns = String(meta.namespace ?? '');
  if (!DNS_LABEL.test(ns) || ns.length > 63) add('metadata.namespace', `'${ns}' is not a namespace name`);
  for (const [k, v] of Object.entries(isObj(meta.labels) ? meta.labels : {})) {
    const [prefix, key] = k.includes('/') ? [k.slice(0, k.indexOf('/')), k.slice(k.indexOf('/') + 1)] : ['', k];
    if ((prefix !== '' && (!DNS_SUBDOMAIN.test(prefix) || prefix.length > 253)) || !/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/.test(key)) add(`metadata.labels.${k}`, 'is not a valid label key');
    if (typeof v !== 'string' || v.length > 63 || !LABEL_VALUE.test(v)) add(`metadata.labels.${k}`, `value '${String(v)}' is not a valid label value (at most 63 characters)`);
  }
}

function paramNames(list: unknown, at: string, add: Add, limit?: Limit): Set<string> {
  const names = new Set<string>();
  const items = objs(list);
  if (limit && items.length > limit.value) add(at, `has ${items.length} parameters`, limit);
  items.forEach((p, i) => {
    const name = String(p.name ?? '');
    if (!PARAM_NAME.test(name)) add(`${at}[${i}].name`, `'${name}' is not a parameter name (letters, digits, '_' and '-')`);
    if (names.has(name)) add(`${at}[${i}].name`, `'${name}' is not unique`);
    names.add(name);
  });
  return names;
}

function lintTemplate(t: Obj, at: string, byName: Map<string, Obj>, workflowParameters: Set<string>, add: Add): void {
  const types = TYPES.filter((k) => t[k] !== undefined);
  if (types.length !== 1) add(at, `must have exactly one template type, has ${types.length === 0 ? 'none' : types.join(', ')}`);
  const type = types[0] ?? '';
  const inputs = paramNames(isObj(t.inputs) ? t.inputs.parameters : [], `${at}.inputs.parameters`, add, MAX_INPUT_PARAMETERS);
  const base: Scope = { workflowParameters, inputs, nodes: new Map() };
  let nodes: { scopes: Map<string, Scope>; all: Map<string, Set<string>> } = { scopes: new Map(), all: new Map() };
  if (type === 'dag') nodes = lintDag(t, at, byName, base, add);
  if (type === 'steps') nodes = lintSteps(t, at, byName, base, add);
  const kind = type === 'dag' ? 'tasks' : type === 'steps' ? 'steps' : undefined;
  // Each task or step is checked in its own scope; the rest of the template in the base scope.
  const nodeValues = type === 'dag' ? objs(isObj(t.dag) ? t.dag.tasks : []).map((n, i) => [`${at}.dag.tasks[${i}]`, n] as const) : type === 'steps' ? arr(t.steps).flatMap((g, i) => objs(g).map((n, j) => [`${at}.steps[${i}][${j}]`, n] as const)) : [];
  for (const [path, node] of nodeValues) {
    const scope = nodes.scopes.get(path) ?? base;
    for (const [p, s] of strings(node, path)) for (const why of checkTags(s, scope)) add(p, why);
  }
  const rest = { ...t, outputs: undefined, ...(type === 'dag' ? { dag: { ...(t.dag as Obj), tasks: undefined } } : {}), ...(type === 'steps' ? { steps: undefined } : {}) };
  for (const [path, s] of strings(rest, at)) for (const why of checkTags(s, base)) add(path, why);
  lintOutputs(t, at, type, { ...base, nodes: nodes.all, ...(kind ? { nodeKind: kind } : {}) }, add);
  if (LEAF.includes(type)) {
    const bytes = byteLength(JSON.stringify(t));
    if (bytes > MAX_STEP_ARGUMENT_BYTES.value) add(at, `is ${bytes} bytes`, MAX_STEP_ARGUMENT_BYTES);
  }
}

function lintOutputs(t: Obj, at: string, type: string, scope: Scope, add: Add): void {
  const list = objs(isObj(t.outputs) ? t.outputs.parameters : []);
  paramNames(list, `${at}.outputs.parameters`, add);
  list.forEach((p, i) => {
    const here = `${at}.outputs.parameters[${i}]`;
    const vf = isObj(p.valueFrom) ? p.valueFrom : undefined;
    if (vf && p.value !== undefined) add(here, 'has both value and valueFrom');
    if (!vf && p.value === undefined) add(here, 'has neither value nor valueFrom');
    if (vf) {
      const sources = ['path', 'jqFilter', 'jsonPath', 'parameter', 'expression', 'supplied'].filter((k) => vf[k] !== undefined && vf[k] !== '');
      if (sources.length !== 1) add(`${here}.valueFrom`, `must have exactly one source, has ${sources.join(', ') || 'none'}`);
      if (LEAF.includes(type) && vf.path === undefined) add(`${here}.valueFrom`, `must use path in a ${type} template (jqFilter and jsonPath are for resource templates)`);
      if (LEAF.includes(type) && vf.default === undefined) add(`${here}.valueFrom`, 'has no default: a missing file would fail the step');
      if ((type === 'dag' || type === 'steps') && vf.parameter === undefined && vf.expression === undefined) add(`${here}.valueFrom`, `must use parameter or expression in a ${type} template`);
    }
    const g = p.globalName;
    if (g !== undefined && (typeof g !== 'string' || (!g.includes('{{') && !PARAM_NAME.test(g)))) add(`${here}.globalName`, `'${String(g)}' is not a parameter name`);
    for (const [path, s] of strings(p, here)) for (const why of checkTags(s, scope)) add(path, why);
  });
}

function outputsOf(t: Obj | undefined): Set<string> {
  return new Set(objs(t && isObj(t.outputs) ? t.outputs.parameters : []).map((p) => String(p.name)));
}

/** Checks a task or step's call: the template exists and gets exactly the inputs it needs. */
function lintCall(node: Obj, at: string, byName: Map<string, Obj>, add: Add): void {
  const target = byName.get(String(node.template ?? ''));
  if (!target) {
    add(`${at}.template`, `'${String(node.template)}' is not a template of this WorkflowTemplate`);
    return;
  }
  const declared = objs(isObj(target.inputs) ? target.inputs.parameters : []);
  const given = paramNames(isObj(node.arguments) ? node.arguments.parameters : [], `${at}.arguments.parameters`, add);
  for (const name of given) if (!declared.some((d) => d.name === name)) add(`${at}.arguments`, `passes '${name}', which template '${String(target.name)}' does not declare`);
  for (const d of declared) if (d.value === undefined && d.default === undefined && !given.has(String(d.name))) add(`${at}.arguments`, `does not pass '${String(d.name)}', which template '${String(target.name)}' requires`);
  const bytes = byteLength(JSON.stringify(node.arguments ?? {}));
  if (bytes > MAX_STEP_ARGUMENT_BYTES.value) add(`${at}.arguments`, `are ${bytes} bytes`, MAX_STEP_ARGUMENT_BYTES);
}

function nodeName(n: Obj, at: string, seen: Set<string>, add: Add): string {
  const name = String(n.name ?? '');
  if (!FIELD_NAME.test(name)) add(`${at}.name`, `'${name}' is not a task or step name (letters, digits, '-')`);
  if (name.length > MAX_FIELD_NAME.value) add(`${at}.name`, `'${name}' is ${name.length} characters long`, MAX_FIELD_NAME);
  if (seen.has(name)) add(`${at}.name`, `'${name}' is not unique`);
  seen.add(name);
  return name;
}

function lintDag(t: Obj, at: string, byName: Map<string, Obj>, base: Scope, add: Add) {
  const tasks = objs(isObj(t.dag) ? t.dag.tasks : []);
  if (tasks.length === 0) add(`${at}.dag.tasks`, 'must list at least one task');
  if (tasks.length > MAX_DAG_TASKS.value) add(`${at}.dag.tasks`, `has ${tasks.length} tasks`, MAX_DAG_TASKS);
  const seen = new Set<string>();
  const deps = new Map<string, string[]>();
  tasks.forEach((task, i) => {
    const here = `${at}.dag.tasks[${i}]`;
    const name = nodeName(task, here, seen, add);
    if (task.dependencies !== undefined) add(here, "uses 'dependencies'; this template uses 'depends' only");
    if (/^[0-9]/.test(name) && task.depends !== undefined) add(`${here}.name`, "cannot begin with a digit when using 'depends'");
    let names: string[] = [];
    try {
      names = task.depends === undefined ? [] : dependsNames(String(task.depends));
    } catch (e) {
      add(`${here}.depends`, (e as Error).message);
    }
    deps.set(name, names);
    lintCall(task, here, byName, add);
  });
  deps.forEach((names, task) => names.forEach((d) => !deps.has(d) && add(`${at}.dag`, `task '${task}' depends on '${d}', which is not a task`)));
  const cycle = findCycle(deps);
  if (cycle) add(`${at}.dag`, `has a dependency cycle: ${cycle.join(' -> ')}`);
  const outputs = new Map(tasks.map((task) => [String(task.name), outputsOf(byName.get(String(task.template)))] as const));
  const scopes = new Map<string, Scope>();
  tasks.forEach((task, i) => {
    const visible = new Map<string, Set<string>>();
    if (!cycle) for (const a of ancestors(String(task.name), deps)) visible.set(a, outputs.get(a) ?? new Set());
    scopes.set(`${at}.dag.tasks[${i}]`, { ...base, nodes: visible, nodeKind: 'tasks' });
  });
  return { scopes, all: outputs };
}

function lintSteps(t: Obj, at: string, byName: Map<string, Obj>, base: Scope, add: Add) {
  const groups = arr(t.steps);
  const seen = new Set<string>();
  const earlier = new Map<string, Set<string>>();
  const scopes = new Map<string, Scope>();
  groups.forEach((group, g) => {
    const steps = objs(group);
    if (!Array.isArray(group) || steps.length === 0) add(`${at}.steps[${g}]`, 'must be a list of at least one step');
    const visible = new Map(earlier);
    steps.forEach((step, s) => {
      const here = `${at}.steps[${g}][${s}]`;
      nodeName(step, here, seen, add);
      lintCall(step, here, byName, add);
      scopes.set(here, { ...base, nodes: visible, nodeKind: 'steps' });
    });
    for (const step of steps) earlier.set(String(step.name), outputsOf(byName.get(String(step.template))));
  });
  return { scopes, all: earlier };
}

function ancestors(task: string, deps: Map<string, string[]>): Set<string> {
  const out = new Set<string>();
  const todo = [...(deps.get(task) ?? [])];
  for (let guard = 0; todo.length > 0 && guard < 100000; guard++) {
    const d = todo.pop() as string;
    if (out.has(d)) continue;
    out.add(d);
    todo.push(...(deps.get(d) ?? []));
  }
  return out;
}
