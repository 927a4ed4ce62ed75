/**
 * Measures the Workflow wait of `apply` with `submit: true` against the sandbox: how long after
 * the Workflow finishes the step notices (completion-to-exit), and Kubernetes calls per minute
 * while waiting, with a watch and with polling only (RBAC without `watch`).
 *
 *   node_modules/.bin/node scripts/build.mjs --out .dist-kube
 *   APHEX_DIST=.dist-kube node_modules/.bin/node bench/kube-wait.ts [seconds]
 *
 * The emulator ends a watch stream after each event (a long poll), so "watch" calls count one
 * per change; a real API server keeps one stream open for up to 5 minutes.
 */
import { runAction } from '../test/harness/run-action.ts';
import { succeedingScript } from '../test/sandbox/kube-sim.ts';
import { applyInputs, kubeSandbox } from '../test/kube/fixture.ts';

const seconds = Math.max(4, Math.min(600, Number(process.argv[2] ?? 40) || 40));
const WAIT_OPS = new Set(['getWorkflow', 'watchWorkflows']);

for (const mode of ['watch', 'poll'] as const) {
  const sb = await kubeSandbox();
  sb.kube.watchHoldMs = 300_000;
  sb.kube.script = () => succeedingScript([], Math.round((seconds * 1000) / 4));
  if (mode === 'poll') sb.kube.forbidden.add('watch workflows');
  const r = await runAction({ inputs: applyInputs(sb, { submit: 'true' }), workspace: sb.workspace, timeoutMs: (seconds + 60) * 1000 });
  const ended = Date.now();
  const name = r.outputs['workflow-name'] ?? '';
  const created = sb.server.callsOf('createWorkflow')[0]?.at ?? 0;
  const finished = sb.kube.finishedAt.get(`argo/${name}`) ?? NaN;
  const waitCalls = sb.server.calls.filter((c) => WAIT_OPS.has(c.operation) && c.at >= created);
  const minutes = (finished - created) / 60_000;
  console.log(
    `${mode}: status ${r.outputs['workflow-status']}, workflow ran ${((finished - created) / 1000).toFixed(1)} s, ` +
      `completion-to-exit ${ended - finished} ms, ${waitCalls.length} wait calls ` +
      `(${waitCalls.filter((c) => c.operation === 'getWorkflow').length} GET, ${waitCalls.filter((c) => c.operation === 'watchWorkflows').length} watch) = ${(waitCalls.length / minutes).toFixed(1)} per minute`,
  );
  await sb.close();
}
