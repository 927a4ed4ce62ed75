/**
 * The `stack-outputs` contract shared by CodePipeline and Argo: JSON
 * {"<StackName>": {"<OutputKey>": "<value>"}}, plus one output per OutputKey that is unique
 * across stacks (a key present in two stacks is ambiguous and only reachable through the JSON).
 */
import type { CommandContext, OutputName } from './context.js';
import { OUTPUTS } from './context.js';
import { isObj } from './util/guards.js';

export type StackOutputs = Record<string, Record<string, string>>;

/** The JSON text of stack outputs, or undefined when it is not {"<stack>": {"<key>": "<string>"}}. */
export function parseStackOutputs(text: string): StackOutputs | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isStackOutputs(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function isStackOutputs(v: unknown): v is StackOutputs {
  return isObj(v) && Object.values(v).every((s) => isObj(s) && Object.values(s).every((x) => typeof x === 'string'));
}

/** Output names the per-key outputs must not shadow. */
const RESERVED = new Set<string>(OUTPUTS);

export interface StackOutputPlan {
  json: string;
  /** [OutputKey, value] for keys unique across stacks (and not a declared output name). */
  perKey: [string, string][];
  /** Keys skipped because they appear in several stacks or clash with a declared output. */
  ambiguous: string[];
}

export function planStackOutputs(outputs: StackOutputs): StackOutputPlan {
  const sorted: StackOutputs = {};
  const owners = new Map<string, string[]>();
  for (const stack of Object.keys(outputs).sort()) {
    const keys = outputs[stack] ?? {};
    sorted[stack] = {};
    for (const key of Object.keys(keys).sort()) {
      (sorted[stack] as Record<string, string>)[key] = keys[key] as string;
      owners.set(key, [...(owners.get(key) ?? []), stack]);
    }
  }
  const perKey: [string, string][] = [];
  const ambiguous: string[] = [];
  for (const [key, stacks] of [...owners.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (stacks.length === 1 && !RESERVED.has(key)) perKey.push([key, (sorted[stacks[0] as string] as Record<string, string>)[key] as string]);
    else ambiguous.push(key);
  }
  return { json: JSON.stringify(sorted), perKey, ambiguous };
}

/** Sets `stack-outputs` and the per-key outputs; returns the plan (for logging). */
export function setStackOutputs(ctx: Pick<CommandContext, 'setOutput' | 'setDynamicOutput'>, outputs: StackOutputs): StackOutputPlan {
  const plan = planStackOutputs(outputs);
  ctx.setOutput('stack-outputs' satisfies OutputName, plan.json);
  for (const [key, value] of plan.perKey) ctx.setDynamicOutput(key, value);
  return plan;
}
