/**
 * Variable references in a WorkflowTemplate: every `{{…}}` must name something that exists where
 * it is used. Only the forms the renderer emits are admitted; anything else is reported.
 */
import { isObj } from '../util/guards.js';

/** Global variables Argo defines for every Workflow. */
const WORKFLOW_GLOBALS = new Set(['workflow.name', 'workflow.namespace', 'workflow.uid', 'workflow.serviceAccountName', 'workflow.creationTimestamp', 'workflow.mainEntrypoint']);

export interface Scope {
  /** Declared Workflow parameters (spec.arguments.parameters). */
  workflowParameters: Set<string>;
  /** Inputs of the template the string is in. */
  inputs: Set<string>;
  /** `tasks.<name>` or `steps.<name>` → output parameter names, for the nodes visible here. */
  nodes: Map<string, Set<string>>;
  /** 'tasks' in a DAG, 'steps' in a steps template. */
  nodeKind?: 'tasks' | 'steps';
}

/** Every string inside `value` with its path. */
export function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (isObj(value)) for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

/** Problems with the `{{…}}` tags of `text` in `scope` (empty when all resolve). */
export function checkTags(text: string, scope: Scope): string[] {
  const problems: string[] = [];
  let rest = text;
  for (let guard = 0; guard < 10000; guard++) {
    const open = rest.indexOf('{{');
    if (open < 0) break;
    const close = rest.indexOf('}}', open + 2);
    if (close < 0) {
      problems.push(`has an unclosed '{{'`);
      break;
    }
    const tag = rest.slice(open + 2, close);
    const why = resolve(tag, scope);
    if (why) problems.push(`{{${tag}}} ${why}`);
    rest = rest.slice(close + 2);
  }
  return problems;
}

/** undefined when `tag` resolves; otherwise why not. */
function resolve(tag: string, scope: Scope): string | undefined {
  if (tag !== tag.trim() || tag === '') return 'is not a variable reference (no spaces, not empty)';
  if (tag.startsWith('=')) return 'is an expression tag, which this template does not use';
  if (WORKFLOW_GLOBALS.has(tag)) return undefined;
  const parts = tag.split('.');
  if (parts[0] === 'workflow' && parts[1] === 'parameters' && parts.length === 3) {
    return scope.workflowParameters.has(parts[2] as string) ? undefined : `names Workflow parameter '${parts[2]}', which spec.arguments does not declare`;
  }
  if (parts[0] === 'inputs' && parts[1] === 'parameters' && parts.length === 3) {
    return scope.inputs.has(parts[2] as string) ? undefined : `names input '${parts[2]}', which this template does not declare`;
  }
  if ((parts[0] === 'tasks' || parts[0] === 'steps') && parts.length === 5 && parts[2] === 'outputs' && parts[3] === 'parameters') {
    if (parts[0] !== scope.nodeKind) return `refers to ${parts[0]} outside a ${parts[0] === 'tasks' ? 'DAG' : 'steps'} template`;
    const outputs = scope.nodes.get(parts[1] as string);
    if (!outputs) return `refers to ${parts[0]} '${parts[1]}', which is not ${parts[0] === 'tasks' ? 'an ancestor of this task (add it to depends)' : 'an earlier step'}`;
    return outputs.has(parts[4] as string) ? undefined : `names output '${parts[4]}', which the template of '${parts[1]}' does not declare`;
  }
  return 'is not a variable this template can use';
}

/**
 * Parses an Argo `depends` expression into the task names it mentions; throws on text that is
 * not one (names, optional .Result suffixes, &&, ||, !, parentheses).
 */
export function dependsNames(expr: string): string[] {
  const names: string[] = [];
  const tokens = expr.split(/(&&|\|\||!|\(|\))/).map((t) => t.trim()).filter((t) => t !== '');
  for (const t of tokens) {
    if (['&&', '||', '!', '(', ')'].includes(t)) continue;
    const m = /^([a-zA-Z][-a-zA-Z0-9]*)(\.(Succeeded|Failed|Errored|Skipped|Omitted|Daemoned|AnySucceeded|AllFailed))?$/.exec(t);
    if (!m) throw new Error(`'${t}' is not a task name or task.Result`);
    names.push(m[1] as string);
  }
  return names;
}
