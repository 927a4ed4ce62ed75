/**
 * Reading a finished Workflow's global outputs back: one `stack-outputs-<environment id>` JSON
 * parameter per deployed environment (see templates.ts), in the stack-outputs contract's shape.
 */
import { parseStackOutputs, type StackOutputs } from '../stack-outputs.js';
import { GLOBAL_OUTPUT_PREFIX } from './templates.js';

export interface EnvironmentOutputs {
  /** Environment id (the normalised name). */
  environment: string;
  outputs: StackOutputs;
}

/**
 * The stack outputs per environment from `status.outputs.parameters`, sorted by environment id.
 * Values that are not `{"<stack>": {"<key>": "<string>"}}` JSON are reported in `invalid`.
 */
export function environmentOutputs(parameters: { name: string; value?: string }[]): { environments: EnvironmentOutputs[]; invalid: string[] } {
  const environments: EnvironmentOutputs[] = [];
  const invalid: string[] = [];
  for (const p of parameters) {
    if (!p.name.startsWith(GLOBAL_OUTPUT_PREFIX)) continue;
    const environment = p.name.slice(GLOBAL_OUTPUT_PREFIX.length);
    const outputs = parseStackOutputs(p.value ?? '{}');
    if (outputs) environments.push({ environment, outputs });
    else invalid.push(p.name);
  }
  environments.sort((a, b) => (a.environment < b.environment ? -1 : a.environment > b.environment ? 1 : 0));
  return { environments, invalid };
}
