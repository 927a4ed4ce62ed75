/**
 * The self-modifying step's view of the cluster: the pod's service account (in-cluster
 * configuration; APHEX_SA_TOKEN_FILE / APHEX_SA_CA_FILE / APHEX_SA_NAMESPACE_FILE redirect the
 * mounted files), the live WorkflowTemplate, and the render options for the config at the
 * revision. What the config sets wins; what it leaves unset keeps the live template's value
 * (which the action's inputs may have chosen), then the defaults.
 */
import { IMAGE_STEPS, type AphexConfig, type ImageStep } from '../aphex/model.js';
import { IMAGE_REFERENCE, resolveRenderOptions, type RenderOptions } from '../argo/options.js';
import { TEMPLATE } from '../argo/templates.js';
import { templatePath } from '../kube/apply.js';
import { inClusterAccess } from '../kube/in-cluster.js';
import { KubeClient } from '../kube/transport.js';
import { EXIT, withExit } from './cli.js';
import type { Redactor } from './redact.js';

type Obj = Record<string, unknown>;

export function inClusterClient(env: NodeJS.ProcessEnv, namespace: string, secrets: Redactor): Promise<KubeClient> {
  return withExit(EXIT.environment, () => {
    const access = inClusterAccess(env, (v) => secrets.add(v));
    return new KubeClient(access, { server: access.server, source: access.source, eks: false, submit: false, namespace });
  });
}

/** The live WorkflowTemplate, or undefined when there is none yet. */
export async function liveTemplate(client: KubeClient, namespace: string, name: string, signal: AbortSignal): Promise<Obj | undefined> {
  const res = await withExit(EXIT.environment, () =>
    client.call({ op: { verb: 'get', resource: 'workflowtemplates', name, namespace }, method: 'GET', path: templatePath(namespace, name), accept: [404], signal }),
  );
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
