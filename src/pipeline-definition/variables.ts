/**
 * Variables: action namespaces (unique, not reserved), pipeline-level variables (unique names),
 * and every `#{namespace.name}` reference in an action's configuration, commands or environment variables,
 * or a stage condition's rules, resolving to a namespace of an action that runs earlier, a
 * declared pipeline variable (`#{variables.NAME}`) or the built-in `codepipeline` namespace. Pure.
 */
import { closest, error, warning, type DeclPath, type Issue } from './model.js';
import { actionText, notYet, str, type ActionView, type DeclarationView } from './view.js';
import { isObj } from '../util/guards.js';

/** Namespaces CodePipeline defines itself. */
const RESERVED = ['codepipeline', 'variables'];
/** Variables of the built-in `codepipeline` namespace. */
const BUILT_IN = ['PipelineExecutionId'];
const REFERENCE = /#\{([^}]*)\}/g;
const PART = /^[A-Za-z0-9@\-_]+$/;

export function variableIssues(v: DeclarationView): Issue[] {
  return [...namespaces(v), ...pipelineVariables(v), ...references(v)];
}

function namespaces(v: DeclarationView): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, ActionView>();
  for (const a of v.actions) {
    if (a.namespace === undefined) continue;
    const at = [...a.path, 'namespace'];
    if (RESERVED.includes(a.namespace)) {
      issues.push(error(at, 'namespace', `Namespace '${a.namespace}' of ${actionText(a, v.stages)} is reserved: #{${a.namespace}.…} already means ${a.namespace === 'variables' ? 'the pipeline variables' : "CodePipeline's own variables"}. Choose another namespace.`));
      continue;
    }
    const first = seen.get(a.namespace);
    if (first) issues.push(error(at, 'namespace', `Namespace '${a.namespace}' is already used by ${actionText(first, v.stages)}: namespaces must be unique in a pipeline, or #{${a.namespace}.…} could not say whose variables it means. Rename one.`));
    else seen.set(a.namespace, a);
  }
  return issues;
}

function declaredVariables(v: DeclarationView): string[] {
  const list = Array.isArray(v.raw.variables) ? v.raw.variables : [];
  return list.flatMap((x) => (isObj(x) && typeof x.name === 'string' ? [x.name] : []));
}

function pipelineVariables(v: DeclarationView): Issue[] {
  const issues: Issue[] = [];
  const list = Array.isArray(v.raw.variables) ? v.raw.variables : [];
  if (list.length > 0 && v.pipelineType !== 'V2') {
    issues.push(error(['variables'], 'pipeline-type', `Pipeline variables exist in V2 pipelines only, and this pipeline is ${v.pipelineType ?? 'not declared V2'}. Set pipelineType: V2, or remove variables.`, { atKey: true }));
  }
  const seen = new Set<string>();
  list.forEach((x, i) => {
    const name = isObj(x) ? str(x.name) : undefined;
    if (name === undefined) return;
    if (seen.has(name)) issues.push(error(['variables', i, 'name'], 'duplicate-variable', `Pipeline variable '${name}' is declared twice: variable names must be unique. Remove one.`));
    seen.add(name);
  });
  return issues;
}

interface Scope {
  /** Whether the namespace's action has finished when the reference is read; a reason when not. */
  reach(a: ActionView): string | undefined;
  what: string;
}

/** Every string that may hold references, with the scope it is read in. */
function places(v: DeclarationView): { path: DeclPath; value: string; scope: Scope }[] {
  const out: { path: DeclPath; value: string; scope: Scope }[] = [];
  for (const a of v.actions) {
    const scope: Scope = { reach: (ns) => notYet(ns, a, v.stages), what: actionText(a, v.stages) };
    const config = isObj(a.raw.configuration) ? a.raw.configuration : {};
    for (const [k, value] of Object.entries(config)) if (typeof value === 'string') out.push({ path: [...a.path, 'configuration', k], value, scope });
    const commands = Array.isArray(a.raw.commands) ? a.raw.commands : [];
    commands.forEach((c, i) => {
      if (typeof c === 'string') out.push({ path: [...a.path, 'commands', i], value: c, scope });
    });
    const env = Array.isArray(a.raw.environmentVariables) ? a.raw.environmentVariables : [];
    env.forEach((e, i) => {
      if (isObj(e) && typeof e.value === 'string') out.push({ path: [...a.path, 'environmentVariables', i, 'value'], value: e.value, scope });
    });
  }
  for (const s of v.stages) {
    for (const when of ['beforeEntry', 'onSuccess', 'onFailure'] as const) {
      const block = s.raw[when];
      const conditions = isObj(block) && Array.isArray(block.conditions) ? block.conditions : [];
      const inside = when !== 'beforeEntry';
      const scope: Scope = {
        reach: (ns) => (ns.stage < s.index || (inside && ns.stage === s.index) ? undefined : `${actionText(ns, v.stages)}, which has not run when the ${when} condition of stage '${s.name ?? s.index + 1}' is checked`),
        what: `the ${when} condition of stage '${s.name ?? s.index + 1}'`,
      };
      conditions.forEach((c, ci) => {
        const rules = isObj(c) && Array.isArray(c.rules) ? c.rules : [];
        rules.forEach((r, ri) => {
          const config = isObj(r) && isObj(r.configuration) ? r.configuration : {};
          for (const [k, value] of Object.entries(config)) if (typeof value === 'string') out.push({ path: [...s.path, when, 'conditions', ci, 'rules', ri, 'configuration', k], value, scope });
        });
      });
    }
  }
  return out;
}

function references(v: DeclarationView): Issue[] {
  const owners = new Map<string, ActionView>();
  for (const a of v.actions) if (a.namespace !== undefined && !RESERVED.includes(a.namespace) && !owners.has(a.namespace)) owners.set(a.namespace, a);
  const declared = declaredVariables(v);
  const issues: Issue[] = [];
  for (const place of places(v)) {
    for (const m of place.value.matchAll(REFERENCE)) {
      const issue = checkReference(m[0], m[1] ?? '', place.scope, { owners, declared, v });
      if (issue) issues.push({ ...issue, path: place.path, text: m[0] });
    }
  }
  return issues;
}

interface Known {
  owners: Map<string, ActionView>;
  declared: string[];
  v: DeclarationView;
}

function checkReference(ref: string, inner: string, scope: Scope, k: Known): Omit<Issue, 'path'> | undefined {
  const dot = inner.indexOf('.');
  const [ns, name] = dot < 0 ? ['', inner] : [inner.slice(0, dot), inner.slice(dot + 1)];
  if (dot < 0 || !PART.test(ns) || !PART.test(name)) {
    return error([], 'variable-reference', `${ref} in ${scope.what} is not a variable reference CodePipeline resolves: write #{namespace.name}, e.g. #{SourceVariables.CommitId}, #{variables.NAME} or #{codepipeline.PipelineExecutionId}.`);
  }
  if (ns === 'variables') {
    if (k.declared.includes(name)) return undefined;
    const hint = closest(name, k.declared) || (k.declared.length > 0 ? ` Declared: ${k.declared.join(', ')}.` : ' Declare it under variables (V2 pipelines).');
    return error([], 'variable-reference', `${ref} in ${scope.what} names pipeline variable '${name}', which is not declared.${hint}`);
  }
  if (ns === 'codepipeline') {
    if (BUILT_IN.includes(name)) return undefined;
    return warning([], 'variable-reference', `${ref} in ${scope.what}: '${name}' is not a variable of the codepipeline namespace this check knows (${BUILT_IN.join(', ')}).${closest(name, BUILT_IN)}`);
  }
  const owner = k.owners.get(ns);
  if (owner === undefined) {
    const known = [...k.owners.keys()];
    const hint = closest(ns, known) || (known.length > 0 ? ` Namespaces in this pipeline: ${known.join(', ')}.` : ' No action declares a namespace: set namespace on the action whose variables you need.');
    return error([], 'variable-reference', `${ref} in ${scope.what} names namespace '${ns}', which no action declares.${hint}`);
  }
  const why = scope.reach(owner);
  if (why === undefined) return undefined;
  return error([], 'variable-reference', `${ref} in ${scope.what} reads namespace '${ns}' of ${why}: its variables exist only once that action has finished. Move the reference later, or the action earlier.`);
}

/** Triggers (V2): each names a CodeStarSourceConnection source action, at most once, and filters on something. */
export function triggerIssues(v: DeclarationView): Issue[] {
  const list = Array.isArray(v.raw.triggers) ? v.raw.triggers : [];
  const issues: Issue[] = [];
  if (list.length > 0 && v.pipelineType !== 'V2') {
    issues.push(error(['triggers'], 'pipeline-type', `Triggers exist in V2 pipelines only, and this pipeline is ${v.pipelineType ?? 'not declared V2'}. Set pipelineType: V2, or remove triggers.`, { atKey: true }));
  }
  const sources = v.actions.filter((a) => a.category === 'Source');
  const seen = new Set<string>();
  list.forEach((t, i) => {
    const git = isObj(t) && isObj(t.gitConfiguration) ? t.gitConfiguration : undefined;
    const name = git ? str(git.sourceActionName) : undefined;
    if (!git || name === undefined) return;
    const at: DeclPath = ['triggers', i, 'gitConfiguration', 'sourceActionName'];
    const action = sources.find((a) => a.name === name);
    if (action === undefined) {
      issues.push(error(at, 'trigger', `A trigger names source action '${name}', which is not a source action of this pipeline.${closest(name, sources.flatMap((a) => (a.name ? [a.name] : [])))}`));
    } else if (action.provider !== 'CodeStarSourceConnection') {
      issues.push(error(at, 'trigger', `A trigger names source action '${name}', a ${action.provider ?? '?'} source: triggers work with CodeStarSourceConnection source actions only.`));
    }
    if (seen.has(name)) issues.push(error(at, 'trigger', `Source action '${name}' has a second trigger: CodePipeline takes one trigger per source action. Merge their filters into one.`));
    seen.add(name);
    if (git.push === undefined && git.pullRequest === undefined) {
      issues.push(error(['triggers', i, 'gitConfiguration'], 'trigger', `The trigger of source action '${name}' filters on nothing: give it push or pullRequest filters.`));
    }
  });
  return issues;
}
