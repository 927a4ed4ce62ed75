/**
 * aphex-deploy-pipeline as a program, in-cluster: the Kubernetes emulator (server-side apply,
 * field managers, RBAC refusals) behind TLS with a throw-away CA, reached as a pod reaches its
 * API server (KUBERNETES_SERVICE_HOST/PORT) with a service-account token, CA and namespace file
 * redirected by APHEX_SA_*. The live template is first applied as the action's `apply` does.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { AphexConfig } from '../../src/aphex/model.ts';
import { renderPipeline } from '../../src/argo/index.ts';
import { resolveRenderOptions } from '../../src/argo/options.ts';
import { applyTemplate } from '../../src/kube/apply.ts';
import { KubeClient } from '../../src/kube/transport.ts';
import { makePki, startTlsFront, type TestPki, type TlsFront } from '../sandbox/kube-tls.ts';
import { startKube, type KubeEmulator } from '../sandbox/kube.ts';
import type { LoopbackServer } from '../sandbox/server.ts';
import { serviceAccountToken } from './aws-fixtures.ts';
import { commonArgs, leaks, makeRepo, MINIMAL_CONFIG, runImageScript, tempDir } from './harness.ts';
import { neededPermissions } from '../../src/kube/rbac.ts';

const TOKEN = serviceAccountToken('system:serviceaccount:argo:shop-pipeline');
const STAGING = `${MINIMAL_CONFIG}  - name: staging\n    region: eu-west-1\n    account: "222222222222"\n    stacks:\n      - name: App\n        path: infra\n`;
const repo = makeRepo([{ 'aphex-config.yaml': MINIMAL_CONFIG }, { 'aphex-config.yaml': STAGING }, { 'aphex-config.yaml': `${STAGING}images:\n  test: ghcr.io/acme/e2e:3\n` }, { 'aphex-config.yaml': STAGING.replace('account: "222222222222"', 'account: 222222222222') }]);
const [v1, v2, withImages, broken] = repo.commits as [string, string, string, string];
const ACTION_INPUTS = { images: [{ name: 'all', value: 'ghcr.io/acme/runner:7' }], serviceAccount: 'shop-pipeline', repository: 'acme/shop', serverUrl: 'https://github.com' };

let kube: { server: LoopbackServer; kube: KubeEmulator };
let front: TlsFront;
let saEnv: Record<string, string>;
let pki: TestPki;

beforeAll(async () => {
  pki = makePki();
  kube = await startKube({ token: TOKEN, namespaces: ['argo'] });
  front = await startTlsFront(pki, kube.server.url);
  const dir = tempDir('sa');
  for (const [file, text] of [['token', TOKEN], ['namespace', 'argo']]) writeFileSync(path.join(dir, file as string), text as string);
  saEnv = {
    KUBERNETES_SERVICE_HOST: '127.0.0.1',
    KUBERNETES_SERVICE_PORT: new URL(front.url).port,
    APHEX_SA_TOKEN_FILE: path.join(dir, 'token'),
    APHEX_SA_CA_FILE: pki.caCert,
    APHEX_SA_NAMESPACE_FILE: path.join(dir, 'namespace'),
  };
});
afterAll(async () => {
  kube?.kube.dispose();
  await Promise.all([front?.close(), kube?.server.close()]);
  if (pki) rmSync(pki.dir, { recursive: true, force: true });
});
beforeEach(() => {
  kube.kube.templates.clear();
  kube.kube.forbidden.clear();
});

/** What `apply` of the action does with config v1 and the inputs above (same renderer, same field manager). */
async function applyAsTheAction(): Promise<void> {
  const config = parse(MINIMAL_CONFIG) as AphexConfig;
  const options = resolveRenderOptions(config, { pipeline: 'shop', namespace: 'argo', config: 'aphex-config.yaml', artifactBucket: '', ...ACTION_INPUTS });
  const rendered = renderPipeline(config, options);
  const access = { server: kube.server.url, source: 'test', eks: false, prepare: async () => ({ headers: { authorization: `Bearer ${TOKEN}` } }) };
  const client = new KubeClient(access, { server: access.server, source: access.source, eks: false, needs: neededPermissions('apply'), namespace: 'argo' });
  await applyTemplate(client, { name: rendered.name, namespace: 'argo', pipeline: 'shop', object: rendered.object as unknown as Record<string, unknown> }, false, AbortSignal.timeout(10_000));
}

function deployPipeline(revision: string, o: { env?: Record<string, string | undefined>; templateName?: string } = {}) {
  const args = [...commonArgs(repo, revision), '--config', 'aphex-config.yaml', '--namespace', 'argo', '--template-name', o.templateName ?? 'shop-template'];
  return runImageScript('deploy-pipeline', args, { env: { ...saEnv, ...o.env } });
}

type Template = { metadata: { labels: Record<string, string>; managedFields: { manager: string }[] }; spec: { serviceAccountName?: string; arguments: { parameters: { name: string; value: string }[] }; templates: { name: string; dag?: { tasks: { name: string }[] }; container?: { image: string } }[] } };
const live = (): Template => kube.kube.templates.get('argo/shop-template') as unknown as Template;
/** The environments' tasks of the main DAG (whatever else the renderer puts there). */
const tasks = (): string[] => (live().spec.templates.find((t) => t.name === 'pipeline')?.dag?.tasks.map((t) => t.name) ?? []).filter((n) => n.startsWith('env-'));
const images = (): Record<string, string> => Object.fromEntries(live().spec.templates.filter((t) => t.container).map((t) => [t.name, t.container?.image ?? '']));

describe('aphex-deploy-pipeline', () => {
  test("applies the config at the revision with the pod's service account: the new environment is in the template for the next run", async () => {
    await applyAsTheAction();
    expect(tasks()).toEqual(['env-dev']);
    const r = await deployPipeline(v2);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(tasks()).toEqual(['env-dev', 'env-staging']);
    expect(r.result?.data.details).toMatchObject({ template: 'shop-template', namespace: 'argo', result: 'configured', commit: v2, environments: ['dev', 'staging'] });
    expect(r.result?.data.message).toBe(`WorkflowTemplate argo/shop-template updated from aphex-config.yaml at ${v2}; the next run uses it.`);
    expect(r.stdout).toMatch(/^\+ +name: env-staging$/m);
    // The same field manager as the action: no conflict, one owner.
    expect(live().metadata.managedFields.map((f) => f.manager)).toEqual(['aphex-pipeline']);
    expect(live().metadata.labels).toMatchObject({ 'app.kubernetes.io/instance': 'shop', 'app.kubernetes.io/managed-by': 'aphex-pipeline-action' });
    // What the action's inputs chose and the config leaves unset is kept.
    expect(Object.keys(images())).toEqual(expect.arrayContaining(['validate', 'build', 'deploy-pipeline', 'deploy-stacks', 'test']));
    expect(new Set(Object.values(images()))).toEqual(new Set(['ghcr.io/acme/runner:7']));
    expect(live().spec.serviceAccountName).toBe('shop-pipeline');
    expect(live().spec.arguments.parameters.find((p) => p.name === 'repository')?.value).toBe('https://github.com/acme/shop.git');
    expect(kube.kube.tokensSeen).toEqual([TOKEN]);
    expect(front.serverNames.length).toBeGreaterThan(0);
    expect(leaks(r, [TOKEN])).toEqual([]);
  });

  test('what the config sets wins over the live template; a second run changes nothing', async () => {
    await applyAsTheAction();
    const r = await deployPipeline(withImages);
    expect(r.code).toBe(0);
    expect(images()).toMatchObject({ test: 'ghcr.io/acme/e2e:3', build: 'ghcr.io/acme/runner:7' });
    const again = await deployPipeline(withImages);
    expect(again.result?.data.details.result).toBe('unchanged');
    expect(again.result?.data.message).toBe(`WorkflowTemplate argo/shop-template unchanged from aphex-config.yaml at ${withImages}.`);
  });

  test('a config with problems at the revision: exit 1 with the lines, the template is left alone', async () => {
    await applyAsTheAction();
    const before = JSON.stringify(live());
    const r = await deployPipeline(broken);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^aphex-config\.yaml:14:14: .* \[type\]$/m);
    expect(JSON.stringify(live())).toBe(before);
  });

  test('a template the pipeline does not own is not overwritten: exit 3', async () => {
    kube.kube.seedTemplate({ apiVersion: 'argoproj.io/v1alpha1', kind: 'WorkflowTemplate', metadata: { name: 'shop-template', namespace: 'argo', labels: { team: 'other' } }, spec: { templates: [] } });
    const r = await deployPipeline(v2);
    expect(r.code).toBe(3);
    expect(r.result?.data.message).toContain('WorkflowTemplate "shop-template" already exists in namespace argo but is not labelled as pipeline "shop"\'s');
    expect(live().spec.templates).toEqual([]);
  });

  test("RBAC refusing the patch: exit 3, with the Role the pod's service account needs", async () => {
    await applyAsTheAction();
    kube.kube.forbidden.add('patch workflowtemplates');
    const r = await deployPipeline(v2);
    expect(r.code).toBe(3);
    expect(r.result?.data.message).toMatch(/^Kubernetes RBAC denied patch workflowtemplates "shop-template" in namespace argo \(403 Forbidden\)/);
    expect(r.result?.data.hint).toContain("The Workflow's service account (shop-pipeline in argo) may not apply the template.");
    expect(r.result?.data.hint).toContain('subjects: [{ kind: ServiceAccount, name: shop-pipeline, namespace: argo }]');
  });

  test('a token the API server does not accept: exit 3', async () => {
    const dir = tempDir('bad-sa');
    writeFileSync(path.join(dir, 'token'), serviceAccountToken('system:serviceaccount:argo:intruder'));
    const r = await deployPipeline(v2, { env: { APHEX_SA_TOKEN_FILE: path.join(dir, 'token') } });
    expect(r.code).toBe(3);
    expect(r.result?.data.message).toContain('rejected the credentials (401 Unauthorized)');
    expect(r.result?.data.hint).toContain("did not accept the pod's service-account token");
  });

  test.each([
    [{ KUBERNETES_SERVICE_HOST: undefined }, 'Not running inside a Kubernetes pod: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set.'],
    [{ APHEX_SA_TOKEN_FILE: '/nonexistent/token' }, 'Cannot read /nonexistent/token'],
  ])('not in a pod, or no token mounted: exit 3 (%j)', async (env, message) => {
    const r = await deployPipeline(v2, { env });
    expect(r.code).toBe(3);
    expect(r.result?.data.message).toContain(message);
    expect(r.result?.data.hint).toContain('automountServiceAccountToken');
  });

  test('a template name the renderer would not give: exit 2', async () => {
    const r = await deployPipeline(v1, { templateName: 'renamed' });
    expect(r.code).toBe(2);
    expect(r.result?.data.message).toBe('--template-name renamed is not the name the renderer gives pipeline shop (shop-template).');
  });
});
