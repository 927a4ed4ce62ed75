/**
 * Answering an approval the way Argo's own `argo resume` / `argo stop --node-field-selector` do,
 * through the Kubernetes API alone (no Argo Server): the waiting suspend node's status becomes
 * Succeeded (approved) or Failed (rejected) with a message and finishedAt, and the Workflow
 * controller carries on from there. Argo's CLI reads the Workflow, changes the node and writes it
 * back with the resourceVersion it read, retrying on a conflict; so does this, with a JSON merge
 * patch that carries metadata.resourceVersion (the API server answers 409 when the Workflow
 * changed since it was read). Who decided, from which GitHub run and why is recorded in the
 * node's message (what `argo get` and the Argo UI show) and in an annotation.
 */
import type { Clock } from '../clock.js';
import { ActionError } from '../errors.js';
import type { KubeClient } from '../kube/transport.js';
import { backoffDelay } from '../retry/index.js';
import { getWorkflow, workflowsPath } from './api.js';
import { approvalState, type ApprovalNode } from './approvals.js';
import type { Workflow } from './model.js';
import { refusal } from './refusals.js';

export interface Decision {
  result: 'Approved' | 'Rejected';
  /** GitHub login of who ran the job (GITHUB_ACTOR). */
  actor: string;
  runUrl: string;
  summary: string;
  /** ISO 8601, UTC. */
  at: string;
}

/** `aphex-pipeline/approval-<environment id>`: a JSON record of the decision. */
export const APPROVAL_ANNOTATION_PREFIX = 'aphex-pipeline/approval-';

/** How often a decision is written again after the Workflow changed under it (409). */
export const DECIDE_ATTEMPTS = 5;

/** What the approve step was given: approval-result, approval-summary, who ran it and where, and the clock's now (ms). */
export interface DecisionInput {
  result: Decision['result'];
  summary: string;
  actor: string;
  runUrl: string;
  now: number;
}

/** The approval's record: the default summary (which names the run) is left out, since the record names the run. Pure. */
export function decisionOf(i: DecisionInput): Decision {
  const summary = i.summary === `Approved from GitHub run ${i.runUrl}` ? '' : i.summary;
  return { result: i.result, actor: i.actor, runUrl: i.runUrl, summary, at: new Date(i.now).toISOString().replace(/\.\d+Z$/, 'Z') };
}

export function decisionMessage(d: Decision): string {
  const who = d.actor ? `@${d.actor}` : 'an unknown GitHub user';
  return `${d.result} by ${who} in ${d.runUrl || 'a GitHub Actions run'}${d.summary ? `: ${d.summary}` : ''}`;
}

/** The merge patch that answers `approval` of `wf` (read at wf.metadata.resourceVersion). Pure. */
export function decisionPatch(wf: Workflow, approval: ApprovalNode, d: Decision): Record<string, unknown> {
  const record = { environment: approval.environment, result: d.result, actor: d.actor, run: d.runUrl, summary: d.summary, at: d.at };
  return {
    metadata: {
      resourceVersion: wf.metadata.resourceVersion,
      annotations: { [`${APPROVAL_ANNOTATION_PREFIX}${approval.id}`]: JSON.stringify(record) },
    },
    status: {
      nodes: { [approval.node.id]: { phase: d.result === 'Approved' ? 'Succeeded' : 'Failed', message: decisionMessage(d), finishedAt: d.at } },
    },
  };
}

export interface Answered {
  /** The Workflow as the API server stored it with the decision. */
  workflow: Workflow;
  approval: ApprovalNode;
  /** Conflicts met on the way (another writer, usually the controller). */
  conflicts: number;
}

export interface DecideOptions {
  client: KubeClient;
  namespace: string;
  name: string;
  environment: string;
  decision: Decision;
  signal: AbortSignal;
  clock?: Clock;
}

/** Reads the Workflow, checks the environment waits, writes the decision; again on 409. */
export async function decide(o: DecideOptions): Promise<Answered> {
  const clock = o.clock ?? o.client.clock;
  let conflicts = 0;
  for (;;) {
    const wf = await getWorkflow(o.client, o.namespace, o.name, o.signal);
    const state = approvalState(wf, o.environment);
    if (state.kind !== 'waiting') throw refusal(wf, o.environment, state, o.namespace, conflicts > 0);
    const res = await o.client.call({
      op: { verb: 'patch', resource: 'workflows', name: o.name, namespace: o.namespace },
      method: 'PATCH',
      path: `${workflowsPath(o.namespace)}/${o.name}`,
      body: JSON.stringify(decisionPatch(wf, state.approval, o.decision)),
      contentType: 'application/merge-patch+json',
      accept: [409],
      signal: o.signal,
    });
    if (res.status !== 409) return { workflow: JSON.parse(res.body) as Workflow, approval: state.approval, conflicts };
    conflicts++;
    if (conflicts >= DECIDE_ATTEMPTS) {
      throw new ActionError(`Workflow ${o.name} changed ${conflicts} times while the approval of ${state.approval.environment} was being written (409 Conflict each time); it was not answered.`, {
        hint: `The Workflow controller updates it often while pods run. Re-run the job; or answer it with: argo resume -n ${o.namespace} ${o.name} --node-field-selector inputs.parameters.environment.value=${state.approval.environment}`,
        title: 'approve conflict',
        retryable: true,
      });
    }
    await clock.sleep(backoffDelay({ baseMs: 200, maxMs: 2000 }, conflicts, clock.random()), o.signal);
  }
}
