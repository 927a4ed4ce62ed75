/**
 * Stack outputs between stages, as the user's commands and CDK app see them:
 * - APHEX_STACK_OUTPUTS_FILE: a JSON file {"environment": …, "stacks": {…}, "upstream": {…}},
 *   the authoritative copy;
 * - APHEX_OUTPUT_<STACK>_<KEY> for this environment's stacks and
 *   APHEX_UPSTREAM_<ENVIRONMENT>_<STACK>_<KEY> for the environments it depends on: names
 *   upper-cased, every character outside [A-Z0-9] replaced by `_`. Two outputs that make the
 *   same name set neither variable (the file has both).
 */
import { writeFileSync } from 'node:fs';

/** The `stack-outputs` contract: {"<StackName>": {"<OutputKey>": "<value>"}}. */
export type StackOutputs = Record<string, Record<string, string>>;
export type UpstreamOutputs = Record<string, StackOutputs>;

const isRecord = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

export function isStackOutputs(v: unknown): v is StackOutputs {
  return isRecord(v) && Object.values(v).every((s) => isRecord(s) && Object.values(s).every((x) => typeof x === 'string'));
}

export function isUpstreamOutputs(v: unknown): v is UpstreamOutputs {
  return isRecord(v) && Object.values(v).every(isStackOutputs);
}

export const OUTPUTS_FILE_VAR = 'APHEX_STACK_OUTPUTS_FILE';
const OUTPUT_PREFIX = 'APHEX_OUTPUT_';
const UPSTREAM_PREFIX = 'APHEX_UPSTREAM_';

export function envName(...parts: string[]): string {
  return parts.map((p) => p.toUpperCase().replace(/[^A-Z0-9]/g, '_')).join('_');
}

export interface OutputVariables {
  vars: Record<string, string>;
  /** Variable names two or more outputs would have, with the outputs (`Stack.Key`). */
  collisions: { name: string; outputs: string[] }[];
}

/** The APHEX_OUTPUT_* and APHEX_UPSTREAM_* variables; colliding names are left out. */
export function outputVariables(stacks: StackOutputs, upstream: UpstreamOutputs): OutputVariables {
  const owners = new Map<string, { value: string; outputs: string[] }>();
  const add = (name: string, value: string, label: string): void => {
    const seen = owners.get(name);
    if (seen) seen.outputs.push(label);
    else owners.set(name, { value, outputs: [label] });
  };
  for (const [stack, keys] of Object.entries(stacks)) for (const [key, value] of Object.entries(keys)) add(OUTPUT_PREFIX + envName(stack, key), value, `${stack}.${key}`);
  for (const [env, outputs] of Object.entries(upstream)) {
    for (const [stack, keys] of Object.entries(outputs)) for (const [key, value] of Object.entries(keys)) add(UPSTREAM_PREFIX + envName(env, stack, key), value, `${env}: ${stack}.${key}`);
  }
  const vars: Record<string, string> = {};
  const collisions: OutputVariables['collisions'] = [];
  for (const [name, o] of [...owners.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (o.outputs.length === 1) vars[name] = o.value;
    else collisions.push({ name, outputs: o.outputs });
  }
  return { vars, collisions };
}

/** The environment without inherited APHEX_OUTPUT_* / APHEX_UPSTREAM_* variables, plus these. */
export function withOutputVariables(env: NodeJS.ProcessEnv, file: string, v: OutputVariables): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith(OUTPUT_PREFIX) && !k.startsWith(UPSTREAM_PREFIX)));
  return { ...clean, ...v.vars, [OUTPUTS_FILE_VAR]: file };
}

/** Where the APHEX_STACK_OUTPUTS_FILE document goes: beside the checkout, outside its work tree. */
export function outputsDocumentPath(checkoutDir: string): string {
  return `${checkoutDir}.stack-outputs.json`;
}

/** Writes the APHEX_STACK_OUTPUTS_FILE document. */
export function writeOutputsDocument(file: string, environment: string, stacks: StackOutputs, upstream: UpstreamOutputs): void {
  writeFileSync(file, `${JSON.stringify({ environment, stacks, upstream }, null, 2)}\n`, { mode: 0o600 });
}

/** Writes the stack outputs (the `--outputs-file` contract) as compact JSON. */
export function writeStackOutputs(file: string, stacks: StackOutputs): void {
  writeFileSync(file, JSON.stringify(stacks));
}

/** Warns about collisions: the variables left unset and the file to read instead. */
export function collisionLines(v: OutputVariables): string[] {
  return v.collisions.map((c) => `${c.name} is not set: ${c.outputs.join(' and ')} would both have that name; read them from $${OUTPUTS_FILE_VAR}.`);
}
