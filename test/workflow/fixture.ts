/** Helpers of the Workflow tests: inputs for the Argo commands and Workflows brought to a state. */
import { expect } from '@jest/globals';
import { runAction, type RunResult } from '../harness/run-action.ts';
import { parseWorkflowCommand, type WorkflowCommand } from '../harness/workflow-commands.ts';
import { applyInputs, type KubeSandbox } from '../kube/fixture.ts';
import { elements, render, rawTextOf } from '../report/render.ts';

export type Obj = Record<string, unknown>;

/** await / approve / delete inputs against the sandbox's kubeconfig. */
export function argoInputs(sb: KubeSandbox, command: string, extra: Record<string, string> = {}): Record<string, string> {
  return { command, namespace: 'argo', kubeconfig: sb.kubeconfig, ...extra };
}

/** apply with submit: returns at the first approval (or the end) like a user's deploy job. */
export async function submit(sb: KubeSandbox, extra: Record<string, string> = {}): Promise<RunResult> {
  return runAction({ inputs: applyInputs(sb, { submit: 'true', ...extra }), workspace: sb.workspace });
}

export function workflowOf(sb: KubeSandbox, name: string): Obj & { metadata: Obj & { annotations?: Record<string, string> }; status: Obj & { phase?: string; nodes: Record<string, Obj> } } {
  return sb.kube.workflows.get(`argo/${name}`) as never;
}

/** The node of `wf` whose name ends with `.<suffix>`. */
export function nodeOf(sb: KubeSandbox, name: string, suffix: string): Obj {
  return Object.values(workflowOf(sb, name).status.nodes).find((n) => String(n.name).endsWith(`.${suffix}`)) as Obj;
}

/** Resolves when the emulated Workflow satisfies `pred` (polling the emulator, 10 s at most). */
export async function until(pred: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Code blocks of a rendered job summary, as a browser shows them. */
export function codeBlocks(summary: string): string[] {
  return elements(render(summary).root, 'pre').map((e) => rawTextOf(e));
}

/** Every error annotation's message, one string. */
export function errorText(r: RunResult): string {
  return r.errors.map((e) => e.message).join('\n');
}

export function expectOk(r: RunResult): void {
  expect([r.code, errorText(r)]).toEqual([0, '']);
}

/**
 * The workflow commands the runner acts on: like the harness's parse, but honouring
 * `::stop-commands::<token>` … `::<token>::`, between which the runner treats lines as text.
 */
export function effectiveCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  let stopped: string | undefined;
  for (const line of stdout.split('\n')) {
    if (stopped !== undefined) {
      if (line === `::${stopped}::`) stopped = undefined;
      continue;
    }
    const c = parseWorkflowCommand(line);
    if (c?.command === 'stop-commands') stopped = c.message;
    else if (c) out.push(c);
  }
  return out;
}
