/**
 * Rules beyond the schema: unique and normalisable names, dependsOn, stack paths, empty
 * commands, credentials, Argo's `{{`, and the limits a config must respect.
 */
import type { ConfigIssue, ConfigPath } from './model.js';
import { byteLength, MAX_DAG_TASKS, MAX_ENVIRONMENTS, MAX_STEP_ARGUMENT_BYTES } from './limits.js';
import { environmentId, short, suggestion } from './names.js';
import { pathText } from './schema.js';
import { findSecrets, SECRET_KEY_NAME, type SecretFinding } from './secrets.js';
import { findCycle } from './graph.js';
import { isObj, type Obj } from '../util/guards.js';
import { describeHidden, hiddenChars, isBidiControl, type HiddenChar } from '../util/hidden-chars.js';

export interface RuleResult {
  issues: ConfigIssue[];
  /** Credential values found, for the caller to mask before printing anything. */
  secrets: string[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export const BRACES_EXPLANATION =
  "Argo Workflows reads '{{' as the start of a template expression and has no way to escape it: the text would be substituted or rejected when the Workflow runs. Move the command into a script in the repository and call the script.";

export function semanticIssues(data: unknown): RuleResult {
  const issues: ConfigIssue[] = [];
  const secrets: string[] = [];
  scanStrings(data, [], issues, secrets);
  if (!isObj(data)) return { issues, secrets };
  const envs = Array.isArray(data.environments) ? data.environments : [];
  if (envs.length > MAX_ENVIRONMENTS) {
    issues.push({ path: ['environments'], rule: 'limit', message: `${envs.length} environments are more than ${MAX_ENVIRONMENTS}: each environment is one task of the pipeline's DAG, next to validate, build, deploy-pipeline and finish, and ${MAX_DAG_TASKS.what} applies. Split the pipeline.` });
  }
  environmentNames(envs, issues);
  dependsOn(envs, issues);
  envs.forEach((env, i) => {
    if (isObj(env)) stacks(env, ['environments', i], issues);
  });
  commands(data, issues);
  payloads(data, envs, issues);
  return { issues, secrets };
}

/** Every string and key: no `{{`, no credentials, no hidden characters. */
function scanStrings(value: unknown, path: ConfigPath, issues: ConfigIssue[], secrets: string[]): void {
  if (typeof value === 'string') {
    hiddenCharacters(value, path, false, issues);
    if (value.includes('{{')) {
      issues.push({ path, rule: 'template-braces', message: `${pathText(path)} contains '{{'. ${BRACES_EXPLANATION}` });
    }
    reportSecrets(findSecrets(value), path, false, issues, secrets);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => scanStrings(v, [...path, i], issues, secrets));
    return;
  }
  if (isObj(value)) {
    for (const [key, v] of Object.entries(value)) {
      const keyPath = [...path, key];
      hiddenCharacters(key, keyPath, true, issues);
      if (key.includes('{{')) issues.push({ path: keyPath, atKey: true, rule: 'template-braces', message: `Key '${short(key)}' contains '{{'. ${BRACES_EXPLANATION}` });
      const keyFindings = findSecrets(key);
      reportSecrets(keyFindings, keyPath, true, issues, secrets);
      if (SECRET_KEY_NAME.test(key) && keyFindings.length === 0 && v !== null && v !== undefined && v !== '') {
        if (typeof v === 'string') secrets.push(v);
        issues.push({ path: keyPath, rule: 'credential', message: `Key '${key}' holds a credential. ${CREDENTIAL_HINT}` });
        continue;
      }
      scanStrings(v, keyPath, issues, secrets);
    }
  }
}

const PASTED = 'Remove it; such characters usually arrive with text copied from a web page or a chat.';

/** Why a hidden character matters where it is. */
function hiddenWhy(first: HiddenChar, command: boolean): string {
  if (isBidiControl(first.code)) return `It changes how the text around it is displayed, so the value would not do what it reads. ${PASTED}`;
  if (!command) return `Names, paths and settings are used exactly as written, so this value would not be the one it looks like. ${PASTED}`;
  if (first.code === 0) return `A NUL ends the command there when it reaches the shell. ${PASTED}`;
  return `The shell would receive it, while logs and editors do not show it. ${PASTED}`;
}

/**
 * Control, bidirectional and invisible characters, reported at the character: commands may hold
 * tabs, line breaks and zero-width joiners (emoji), nothing else hidden; every other value and key
 * nothing hidden at all. The value is not quoted (it may hold a credential).
 */
function hiddenCharacters(value: string, path: ConfigPath, atKey: boolean, issues: ConfigIssue[]): void {
  const command = !atKey && path.length >= 2 && path[path.length - 2] === 'commands' && typeof path[path.length - 1] === 'number';
  const found = hiddenChars(value, command ? 'command' : 'none');
  const first = found[0];
  if (first === undefined) return;
  const what = atKey ? `Key '${short(value)}'${path.length > 1 ? ` in ${pathText(path.slice(0, -1))}` : ''}` : pathText(path);
  issues.push({ path, atKey, char: first.char, rule: 'hidden-character', message: `${what} ${describeHidden(found)}. ${hiddenWhy(first, command)}` });
}

const CREDENTIAL_HINT =
  'Credentials must never be in aphex-config.yaml (it is committed and rendered into the WorkflowTemplate). Remove it, rotate it, and let the pipeline get credentials from its IAM role (roleName) or a Kubernetes secret.';

function reportSecrets(found: SecretFinding[], path: ConfigPath, atKey: boolean, issues: ConfigIssue[], secrets: string[]): void {
  const kinds = new Set<string>();
  for (const f of found) {
    secrets.push(f.value);
    kinds.add(f.kind);
  }
  for (const kind of kinds) {
    issues.push({ path, atKey, rule: 'credential', message: `${pathText(path)} contains what looks like ${kind}. ${CREDENTIAL_HINT}` });
  }
}

function environmentNames(envs: unknown[], issues: ConfigIssue[]): void {
  const exact = new Map<string, number>();
  const normal = new Map<string, { index: number; name: string }>();
  envs.forEach((env, i) => {
    const name = isObj(env) ? str(env.name) : undefined;
    if (name === undefined || name === '') return;
    const path = ['environments', i, 'name'];
    const first = exact.get(name);
    if (first !== undefined) {
      issues.push({ path, rule: 'duplicate-environment', message: `Environment name '${short(name)}' is already used by environments[${first}]; environment names must be unique.` });
      return;
    }
    exact.set(name, i);
    const id = environmentId(name);
    if (id === '') {
      issues.push({ path, rule: 'invalid-name', message: `Environment name '${short(name)}' has no ASCII letters or digits; Argo task and output names are made from it (a-z, 0-9 and '-').` });
      return;
    }
    const clash = normal.get(id);
    if (clash) {
      issues.push({ path, rule: 'name-collision', message: `Environment names '${short(clash.name)}' (environments[${clash.index}]) and '${short(name)}' both become '${id}' in Argo names (lower-case, other characters as '-'); rename one.` });
      return;
    }
    normal.set(id, { index: i, name });
  });
}

function dependsOn(envs: unknown[], issues: ConfigIssue[]): void {
  const names = envs.map((e) => (isObj(e) ? str(e.name) : undefined)).filter((n): n is string => n !== undefined);
  const graph = new Map<string, string[]>();
  envs.forEach((env, i) => {
    if (!isObj(env) || !Array.isArray(env.dependsOn)) return;
    const own = str(env.name);
    const deps: string[] = [];
    env.dependsOn.forEach((dep, j) => {
      if (typeof dep !== 'string') return;
      const path = ['environments', i, 'dependsOn', j];
      if (dep === own) issues.push({ path, rule: 'depends-on', message: `Environment '${short(dep)}' depends on itself.` });
      else if (!names.includes(dep)) issues.push({ path, rule: 'depends-on', message: `dependsOn names '${short(dep)}', which is not an environment in this file.${suggestion(dep, names)}` });
      else deps.push(dep);
    });
    if (own !== undefined) graph.set(own, deps);
  });
  const cycle = findCycle(graph);
  if (cycle) {
    const i = envs.findIndex((e) => isObj(e) && e.name === cycle[0]);
    issues.push({ path: ['environments', i, 'dependsOn'], rule: 'dependency-cycle', message: `dependsOn forms a cycle: ${cycle.map((n) => `'${short(n)}'`).join(' → ')}; no environment in it could ever start.` });
  }
}

function stacks(env: Obj, envPath: ConfigPath, issues: ConfigIssue[]): void {
  if (!Array.isArray(env.stacks)) return;
  const seen = new Map<string, number>();
  env.stacks.forEach((stack, j) => {
    if (!isObj(stack)) return;
    const name = str(stack.name);
    if (name !== undefined) {
      const first = seen.get(name.toLowerCase());
      if (first !== undefined) {
        issues.push({ path: [...envPath, 'stacks', j, 'name'], rule: 'duplicate-stack', message: `Stack name '${short(name)}' is already used by stacks[${first}] of this environment${(env.stacks as Obj[])[first]?.name === name ? '' : ' (names differ only in case)'}; stack names must be unique per environment.` });
      } else seen.set(name.toLowerCase(), j);
    }
    const p = str(stack.path);
    if (p !== undefined && p !== '' && (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.split(/[\\/]/).includes('..'))) {
      issues.push({ path: [...envPath, 'stacks', j, 'path'], rule: 'stack-path', message: `Stack path '${short(p)}' must be relative to the repository root and stay inside it (no leading '/', no '..').` });
    }
  });
}

function commands(data: Obj, issues: ConfigIssue[]): void {
  const lists: [unknown, ConfigPath][] = [[isObj(data.build) ? data.build.commands : undefined, ['build', 'commands']]];
  const envs = Array.isArray(data.environments) ? data.environments : [];
  envs.forEach((env, i) => {
    if (isObj(env) && isObj(env.tests)) lists.push([env.tests.commands, ['environments', i, 'tests', 'commands']]);
  });
  for (const [list, path] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((c, k) => {
      if (typeof c === 'string' && c !== '' && c.trim() === '') {
        issues.push({ path: [...path, k], rule: 'empty-command', message: `${pathText([...path, k])} is blank; remove it or write the command.` });
      }
    });
  }
}

/** What one step receives must fit the per-step argument budget. */
function payloads(data: Obj, envs: unknown[], issues: ConfigIssue[]): void {
  const limit = MAX_STEP_ARGUMENT_BYTES;
  const build = isObj(data.build) ? data.build.commands : undefined;
  const buildBytes = byteLength(JSON.stringify(build ?? []));
  if (buildBytes > limit.value) {
    issues.push({ path: ['build', 'commands'], rule: 'limit', message: `The build commands take ${buildBytes} bytes, over ${limit.what}. Move long commands into a script in the repository.` });
  }
  envs.forEach((env, i) => {
    if (!isObj(env)) return;
    const bytes = byteLength(JSON.stringify([env.stacks ?? [], isObj(env.tests) ? env.tests.commands : []]));
    if (bytes > limit.value) {
      issues.push({ path: ['environments', i], rule: 'limit', message: `The stacks and tests of environments[${i}] take ${bytes} bytes, over ${limit.what}. Move long commands into a script in the repository.` });
    }
  });
}
