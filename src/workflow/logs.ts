/**
 * The end of a failed Workflow's step logs, read like `kubectl logs <pod> -c main --tail=100`
 * (GET pods/<pod>/log with container=main and tailLines): the evidence of why it failed, in the
 * job itself. Each failed Pod node (the last attempt of a retried step) gives one entry, or a
 * note saying why there is no log (the pod was deleted by podGC, RBAC denies pods/log, ...).
 */
import { messageOf } from '../errors.js';
import { parseStatus } from '../kube/status-errors.js';
import { CancelledError, type KubeClient } from '../kube/transport.js';
import { logCommands, nodeLabel, podName, type Workflow, type WorkflowNode } from './model.js';

/** Lines kept per step. */
export const TAIL_LINES = 100;
/** Steps whose logs are read (the earliest failures). */
export const MAX_FAILED_STEPS = 5;
/** Bytes read per log at most (a minified line can be long). */
export const LIMIT_BYTES = 64 * 1024;
/** All the log reads of one failure together. */
export const LOGS_BUDGET_MS = 20_000;

export type StepLog =
  | { kind: 'log'; step: string; pod: string; lines: string[] }
  | { kind: 'missing'; step: string; pod: string; why: 'gone' | 'forbidden' | 'unavailable'; detail: string; commands: string[] };

/** The failed Pod nodes, one per step (a retried step's last attempt), earliest failure first. */
export function failedPods(wf: Workflow): WorkflowNode[] {
  const byStep = new Map<string, WorkflowNode>();
  const failed = Object.values(wf.status?.nodes ?? {}).filter((n) => n.type === 'Pod' && (n.phase === 'Failed' || n.phase === 'Error'));
  for (const n of failed) {
    const step = n.name.replace(/\(\d+\)$/, '');
    const seen = byStep.get(step);
    if (!seen || (n.finishedAt ?? '') > (seen.finishedAt ?? '')) byStep.set(step, n);
  }
  return [...byStep.values()].sort((a, b) => (a.finishedAt ?? '~').localeCompare(b.finishedAt ?? '~')).slice(0, MAX_FAILED_STEPS);
}

/** Text → lines, the last TAIL_LINES; CR alone counts as a line end (it could hide a line). */
export function tailLines(text: string, max = TAIL_LINES): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines.slice(-max);
}

function missing(wf: Workflow, namespace: string, node: WorkflowNode, why: 'gone' | 'forbidden' | 'unavailable', detail: string): StepLog {
  return { kind: 'missing', step: nodeLabel(node), pod: podName(wf, node), why, detail, commands: logCommands(namespace, wf, node) };
}

async function readLog(client: KubeClient, namespace: string, wf: Workflow, node: WorkflowNode, signal: AbortSignal): Promise<StepLog> {
  const pod = podName(wf, node);
  const op = { verb: 'get', resource: 'pods/log', name: pod, namespace };
  try {
    const res = await client.call({
      op,
      method: 'GET',
      path: `/api/v1/namespaces/${namespace}/pods/${pod}/log`,
      query: { container: 'main', tailLines: String(TAIL_LINES), limitBytes: String(LIMIT_BYTES) },
      text: true,
      accept: [400, 403, 404],
      signal,
      deadlineMs: 10_000,
    });
    const text = parseStatus(res.body)?.message ?? res.body.trim();
    if (res.status === 404) return missing(wf, namespace, node, 'gone', `pod ${pod} no longer exists (deleted by the Workflow's podGC or ttlStrategy, or with its node)`);
    if (res.status === 403) return missing(wf, namespace, node, 'forbidden', `RBAC denies get on pods/log in namespace ${namespace}: ${text}`);
    if (res.status === 400) return missing(wf, namespace, node, 'unavailable', text);
    return { kind: 'log', step: nodeLabel(node), pod, lines: tailLines(res.body) };
  } catch (e) {
    const why = e instanceof CancelledError ? (signal.aborted ? `reading it was cut short (the job was cancelled, or the ${LOGS_BUDGET_MS / 1000} s for all logs passed)` : e.message) : messageOf(e);
    return missing(wf, namespace, node, 'unavailable', why);
  }
}

/** The logs of the failed steps, read one after the other within LOGS_BUDGET_MS; cancelling the job ends it. */
export async function failedStepLogs(client: KubeClient, namespace: string, wf: Workflow, jobSignal: AbortSignal): Promise<StepLog[]> {
  const signal = AbortSignal.any([jobSignal, AbortSignal.timeout(LOGS_BUDGET_MS)]);
  const out: StepLog[] = [];
  for (const node of failedPods(wf)) {
    if (jobSignal.aborted) break;
    out.push(signal.aborted ? missing(wf, namespace, node, 'unavailable', `no time left to read it (${LOGS_BUDGET_MS / 1000} s for all logs)`) : await readLog(client, namespace, wf, node, signal));
  }
  return out;
}
