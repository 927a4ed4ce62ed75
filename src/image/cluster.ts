/**
 * The self-modifying step's view of the cluster: the pod's service account (in-cluster
 * configuration; APHEX_SA_TOKEN_FILE / APHEX_SA_CA_FILE / APHEX_SA_NAMESPACE_FILE redirect the
 * mounted files), the live WorkflowTemplate, and the render options for the config at the
 * revision. What the config sets wins; what it leaves unset keeps the live template's value
 * (which the action's inputs may have chosen), then the defaults.
 */
import { readFileSync } from 'node:fs';
import { IMAGE_STEPS, type AphexConfig, type ImageStep } from '../aphex/model.js';
import { IMAGE_REFERENCE, resolveRenderOptions, type RenderOptions } from '../argo/options.js';
import { TEMPLATE } from '../argo/templates.js';
import { templatePath } from '../kube/apply.js';
import { inClusterAccess, inClusterPaths } from '../kube/in-cluster.js';
import { KubeClient } from '../kube/transport.js';
import { isActionError } from '../errors.js';
import { EXIT, ScriptError } from './cli.js';
import type { Redactor } from './redact.js';
import { neededPermissions } from '../kube/rbac.js';

type Obj = Record<string, unknown>;

const IN_POD_HINT =
  "aphex-deploy-pipeline applies the template with the Workflow pod's service account: run it as the pipeline's deploy-pipeline step. The service account's token must be mounted (automountServiceAccountToken not false); APHEX_SA_TOKEN_FILE, APHEX_SA_CA_FILE and APHEX_SA_NAMESPACE_FILE point elsewhere when it is not at /var/run/secrets/kubernetes.io/serviceaccount.";

/** A client for the API server with the pod's service account; what is missing is said in the image's terms. */
export function inClusterClient(env: NodeJS.ProcessEnv, namespace: string, secrets: Redactor): KubeClient {
  let access: ReturnType<typeof inClusterAccess>;
  try {
    access = inClusterAccess(env, (v) => secrets.add(v));
  } catch (e) {
    if (isActionError(e)) throw new ScriptError(EXIT.environment, e.message, { hint: IN_POD_HINT, cause: e });
    throw e;
  }
  return new KubeClient(access, { server: access.server, source: access.source, eks: false, needs: neededPermissions('apply'), namespace });
}

/** `system:serviceaccount:<namespace>:<name>` of the mounted token: who the pod is, for hints. */
export function podServiceAccount(env: NodeJS.ProcessEnv): { namespace: string; name: string } | undefined {
  try {
    const token = readFileSync(inClusterPaths(env).tokenFile, 'utf8').trim();
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sub?: unknown };
    const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(String(claims.sub ?? ''));
    return m ? { namespace: m[1] as string, name: m[2] as string } : undefined;
  } catch {
    return undefined;
  }
}

/** The Role the Workflow's service account needs in the namespace, with a binding. */
export function roleSnippet(namespace: string, serviceAccount: string): string {
  return [
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: Role',
    `metadata: { name: aphex-deploy-pipeline, namespace: ${namespace} }`,
    'rules:',
    '  - apiGroups: ["argoproj.io"]',
    '    resources: ["workflowtemplates"]',
    '    verbs: ["get", "create", "patch"]',
    '---',
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: RoleBinding',
    `metadata: { name: aphex-deploy-pipeline, namespace: ${namespace} }`,
    'roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: aphex-deploy-pipeline }',
    `subjects: [{ kind: ServiceAccount, name: ${serviceAccount}, namespace: ${namespace} }]`,
  ].join('\n');
}

/** Runs a cluster call; refusals get hints about the pod's service account (exit code 3). */
export async function clusterCall<T>(namespace: string, serviceAccount: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (!isActionError(e)) throw e;
    const hints: Record<string, string> = {
      'kubernetes 401': `The API server did not accept the pod's service-account token (expired, revoked, or of another cluster). Re-run the step; if it persists, check that service account ${serviceAccount} exists in ${namespace} and its token is mounted. ${IN_POD_HINT}`,
      'kubernetes 403': `The Workflow's service account (${serviceAccount} in ${namespace}) may not apply the template. Grant it:\n${roleSnippet(namespace, serviceAccount)}`,
    };
    throw new ScriptError(EXIT.environment, e.message, { hint: hints[e.title ?? ''] ?? e.hint, problems: e.problems, cause: e });
  }
}

/** The live WorkflowTemplate, or undefined when there is none yet. */
export async function liveTemplate(client: KubeClient, namespace: string, name: string, signal: AbortSignal): Promise<Obj | undefined> {
  const res = await client.call({ op: { verb: 'get', resource: 'workflowtemplates', name, namespace }, method: 'GET', path: templatePath(namespace, name), accept: [404], signal });
  return res.status === 404 ? undefined : (JSON.parse(res.body) as Obj);
}

/** The template (container step) that runs each image step. */
const STEP_TEMPLATE: Record<ImageStep, string> = {
  validate: TEMPLATE.validate,
  build: TEMPLATE.build,
  'deploy-pipeline': TEMPLATE.deployPipeline,
  'deploy-stack': TEMPLATE.deployStacks,
  test: TEMPLATE.test,
};

export interface LiveSettings {
  images: Partial<Record<ImageStep, string>>;
  serviceAccount?: string;
  repositoryUrl?: string;
}

/** Pure: what the live template says about images, service account and repository. */
export function liveSettings(live: Obj | undefined): LiveSettings {
  const spec = (live?.spec ?? {}) as { templates?: { name?: string; container?: { image?: unknown } }[]; serviceAccountName?: unknown; arguments?: { parameters?: { name?: string; value?: unknown }[] } };
  const images: LiveSettings['images'] = {};
  for (const step of IMAGE_STEPS) {
    const image = spec.templates?.find((t) => t.name === STEP_TEMPLATE[step])?.container?.image;
    if (typeof image === 'string' && IMAGE_REFERENCE.test(image)) images[step] = image;
  }
  const repository = spec.arguments?.parameters?.find((p) => p.name === 'repository')?.value;
  return {
    images,
    ...(typeof spec.serviceAccountName === 'string' && spec.serviceAccountName !== '' ? { serviceAccount: spec.serviceAccountName } : {}),
    ...(typeof repository === 'string' && repository !== '' ? { repositoryUrl: repository } : {}),
  };
}

export interface OptionSources {
  pipeline: string;
  namespace: string;
  configPath: string;
  /** --artifact-bucket: what the running template was rendered with. */
  artifactBucket?: string;
  /** --repository: the clone URL of this run. */
  repository: string;
  live: LiveSettings;
}

/** Per setting: the config, else the live template (or this run's arguments), else the default. */
export function selfRenderOptions(config: AphexConfig, s: OptionSources): RenderOptions {
  const images = IMAGE_STEPS.flatMap((step) => {
    const value = config.images?.[step] ?? config.images?.all ?? s.live.images[step];
    return value ? [{ name: step, value }] : [];
  });
  const options = resolveRenderOptions(config, {
    pipeline: s.pipeline,
    namespace: s.namespace,
    config: s.configPath,
    serviceAccount: config.serviceAccount ?? s.live.serviceAccount ?? '',
    artifactBucket: config.artifactBucket ?? s.artifactBucket ?? '',
    images,
    repository: '',
    serverUrl: '',
  });
  return { ...options, repositoryUrl: s.live.repositoryUrl ?? s.repository };
}
