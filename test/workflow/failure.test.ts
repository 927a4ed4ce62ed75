/**
 * A failed Workflow through the bundled action: the failed steps' log tails in a log group (with
 * workflow commands stopped around them) and in the job summary, masked; when there is no log
 * (pod deleted, pods/log forbidden) why, with the commands and the missing verb; and a failed
 * pipeline deployment named as the cause while the environments still ran.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { leaks, runAction } from '../harness/run-action.ts';
import { kubeSandbox, TOKEN, type KubeSandbox } from '../kube/fixture.ts';
import { failingScript, pipelineDeploymentFailureScript, scriptPodName } from '../sandbox/kube.ts';
import { codeBlocks, effectiveCommands, errorText, submit } from './fixture.ts';

let sb: KubeSandbox;
beforeAll(async () => {
  sb = await kubeSandbox();
});
afterAll(async () => sb.close());

const LOG = Array.from({ length: 150 }, (_, i) => `cdk deploy: line ${i + 1}`);

describe('failure evidence in the job', () => {
  test('the last 100 lines of the failed step, as text only; an excerpt in the summary; secrets masked', async () => {
    const hostile = ['::set-output name=workflow-status::Succeeded', '::add-mask::cdk', '::error::forged failure', `token in a log line: ${TOKEN}`, '::endgroup::', 'ShopApi UPDATE_ROLLBACK_COMPLETE'];
    sb.kube.script = () => failingScript('Error (exit code 1)', 200, [...LOG, ...hostile]);
    const r = await submit(sb);
    expect(r.code).toBe(1);
    const name = r.outputs['workflow-name'] as string;
    const pod = scriptPodName(name, { name: 'env-prod.deploy', template: 'deploy-stacks' });
    // The group: its title, then the lines between ::stop-commands::<token> and ::<token>::.
    const out = r.stdout.split('\n');
    const start = out.indexOf(`::group::Last 100 lines of env-prod.deploy (pod ${pod}, container main)`);
    expect(start).toBeGreaterThanOrEqual(0);
    const stop = /^::stop-commands::([0-9a-f]{32})$/.exec(out[start + 1] ?? '');
    expect(stop).not.toBeNull();
    const resume = out.indexOf(`::${stop?.[1]}::`, start);
    const shown = out.slice(start + 2, resume);
    expect(shown).toHaveLength(100);
    expect(shown[0]).toBe('cdk deploy: line 57');
    expect(shown.slice(-6, -2)).toEqual(hostile.slice(0, 4).map((l) => l.replace(TOKEN, '***')));
    expect(out[resume + 1]).toBe('::endgroup::');
    // No line acted as a workflow command: the outputs, the errors and the masks are the action's own.
    expect(r.outputs['workflow-status']).toBe('Failed');
    const acted = effectiveCommands(r.stdout);
    expect(acted.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([expect.stringContaining(`Workflow ${name} Failed`)]);
    expect(acted.filter((c) => c.command === 'add-mask').map((c) => c.message)).not.toContain('cdk');
    expect(acted.filter((c) => c.command === 'set-output')).toEqual([]);
    expect(leaks(r, [TOKEN])).toEqual([]);
    // The summary: the last 30 lines, masked.
    const excerpt = codeBlocks(r.summary).find((b) => b.includes('UPDATE_ROLLBACK_COMPLETE')) as string;
    expect(excerpt.trimEnd().split('\n')).toHaveLength(30);
    expect(excerpt).toContain('token in a log line: ***');
    expect(r.summary).toContain('Logs of the failed steps');
    // The message says what failed, and where the evidence is.
    expect(errorText(r)).toContain(`Workflow ${name} Failed: step env-prod.deploy failed: Error (exit code 1)`);
    expect(errorText(r)).toContain("The end of the failed steps' logs is in the log group above and in the job summary.");
    const call = sb.server.callsOf('getPodLog').at(-1);
    expect(call?.path).toBe(`/api/v1/namespaces/argo/pods/${pod}/log?container=main&tailLines=100&limitBytes=65536`);
  });

  test('pods gone (pod GC): says so, with the argo logs and kubectl logs commands', async () => {
    sb.kube.script = () => failingScript('Error (exit code 1)', 150, LOG);
    sb.kube.store.podGC = true;
    try {
      const r = await submit(sb);
      const name = r.outputs['workflow-name'] as string;
      const pod = scriptPodName(name, { name: 'env-prod.deploy', template: 'deploy-stacks' });
      const warning = r.warnings.find((w) => w.properties.title === 'step logs')?.message ?? '';
      expect(warning).toContain(`No log of step env-prod.deploy: pod ${pod} no longer exists (deleted by the Workflow's podGC or ttlStrategy, or with its node).`);
      expect(warning).toContain(`argo logs -n argo ${name}`);
      expect(warning).toContain(`kubectl logs -n argo ${pod} -c main`);
      expect(r.summary).toContain('no longer exists');
      expect(r.code).toBe(1);
    } finally {
      sb.kube.store.podGC = false;
    }
  });

  test('logs forbidden: names the missing verb on pods/log, and the step still fails for the Workflow', async () => {
    sb.kube.script = () => failingScript('Error (exit code 1)', 150, LOG);
    sb.kube.forbidden.add('get pods/log');
    try {
      const r = await submit(sb);
      const warning = r.warnings.find((w) => w.properties.title === 'step logs')?.message ?? '';
      expect(warning).toContain('RBAC denies get on pods/log in namespace argo: pods "');
      expect(warning).toContain('cannot get resource "pods/log" in API group "" in the namespace "argo"');
      expect(warning).toContain('The identity needs the verb get on pods/log');
      expect(errorText(r)).toContain('step env-prod.deploy failed: Error (exit code 1)');
      expect(errorText(r)).not.toContain('Kubernetes RBAC denied');
    } finally {
      sb.kube.forbidden.clear();
    }
  });
});

describe('a failed pipeline deployment', () => {
  test('the environments still ran; the Workflow fails and the message names deploy-pipeline as the cause', async () => {
    sb.kube.script = () => pipelineDeploymentFailureScript(['cdk deploy AphexPipelineStack', 'AccessDenied: not authorized to perform cloudformation:CreateChangeSet']);
    const r = await submit(sb);
    expect(r.code).toBe(1);
    const name = r.outputs['workflow-name'] as string;
    expect(r.outputs['workflow-status']).toBe('Failed');
    expect(errorText(r)).toContain(
      `Workflow ${name} Failed: the pipeline deployment step (deploy-pipeline) failed: Error (exit code 1). The environments ran on the WorkflowTemplate already in the cluster, without this commit's pipeline changes`,
    );
    // The environments' outputs still reach the job.
    expect(JSON.parse(r.outputs['stack-outputs'] as string)).toEqual({ ShopApi: { ApiUrl: 'https://dev.shop.example.com' } });
    expect(r.stdout).toContain('AccessDenied: not authorized to perform cloudformation:CreateChangeSet');
  });
});

describe('await of a finished Workflow reports it like apply does', () => {
  test('a failed Workflow: exit 1 with the cause and the logs', async () => {
    sb.kube.script = () => failingScript('Error (exit code 2)', 100, ['boom']);
    const first = await submit(sb, { wait: 'false' });
    const name = first.outputs['workflow-name'] as string;
    await new Promise((r) => setTimeout(r, 600));
    const r = await runAction({ inputs: { command: 'await', 'workflow-name': name, namespace: 'argo', kubeconfig: sb.kubeconfig }, workspace: sb.workspace });
    expect(r.code).toBe(1);
    expect(errorText(r)).toContain(`Workflow ${name} Failed: step env-prod.deploy failed: Error (exit code 2)`);
    expect(r.stdout).toContain('\nboom\n');
  });
});
