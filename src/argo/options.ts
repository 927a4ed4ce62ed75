/**
 * Render options: what the renderer needs besides the config, resolved from action inputs
 * (which win) and config extensions. Pure; throws ActionError when an option is unusable.
 */
import { ActionError } from '../errors.js';
import { IMAGE_STEPS, type AphexConfig, type ImageKey, type ImageStep } from '../aphex/model.js';
import { defaultPipelineName } from '../aphex/names.js';

/**
 * The AphexPipeline image every step runs unless overridden (docs/config.md, docs/images.md).
 * Set by the release process only (.github/workflows/image.yml, scripts/pin-image.mjs) to the
 * published image by digest. Until the first image is published it names where that image
 * will be, with the tag `unreleased` and no digest: nothing is published there yet.
 */
export const DEFAULT_IMAGE = 'ghcr.io/your-org/aphex-pipeline:unreleased';

/** Same rule as the config schema's image definition. */
export const IMAGE_REFERENCE = /^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$/;

export interface RenderOptions {
  /** AphexPipeline name: a DNS label of at most 40 characters. */
  pipeline: string;
  namespace: string;
  /** Path of the config in the repository, as given (passed to aphex-validate and aphex-deploy-pipeline). */
  configPath: string;
  images: Record<ImageStep, string>;
  serviceAccount?: string;
  artifactBucket?: string;
  /** Clone URL of the repository, the default of the Workflow parameter `repository`. */
  repositoryUrl?: string;
}

/** What the action inputs contribute (already checked by the inputs module). */
export interface OptionInputs {
  pipeline: string;
  namespace: string;
  config: string;
  serviceAccount: string;
  artifactBucket: string;
  images: { name: string; value: string }[];
  /** `owner/name`, for the default pipeline name and the repository URL. */
  repository: string;
  serverUrl: string;
}

const PIPELINE = /^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/;

export function resolveRenderOptions(config: AphexConfig, inputs: OptionInputs): RenderOptions {
  const pipeline = inputs.pipeline || defaultPipelineName(inputs.repository);
  if (!PIPELINE.test(pipeline)) {
    throw new ActionError(
      inputs.repository === ''
        ? "No pipeline name: input 'pipeline' is empty and there is no repository name (GITHUB_REPOSITORY) to derive it from."
        : `No pipeline name: input 'pipeline' is empty and the repository name '${inputs.repository}' does not make a DNS label.`,
      { hint: "Set the input 'pipeline' (lower-case letters, digits and '-', at most 40 characters), for example: pipeline: my-app", title: 'input pipeline' },
    );
  }
  if (inputs.config.includes('{{')) {
    throw new ActionError(`Input 'config' (${inputs.config}) contains '{{', which Argo Workflows would read as a template expression.`, { hint: 'Rename the file.', title: 'input config' });
  }
  const images = resolveImages(config.images ?? {}, inputs.images);
  const serviceAccount = inputs.serviceAccount || config.serviceAccount;
  const artifactBucket = inputs.artifactBucket || config.artifactBucket;
  const repositoryUrl = inputs.repository === '' ? undefined : `${inputs.serverUrl.replace(/\/+$/, '') || 'https://github.com'}/${inputs.repository}.git`;
  return {
    pipeline,
    namespace: inputs.namespace || 'argo',
    configPath: inputs.config,
    images,
    ...(serviceAccount ? { serviceAccount } : {}),
    ...(artifactBucket ? { artifactBucket } : {}),
    ...(repositoryUrl ? { repositoryUrl } : {}),
  };
}

/** Per step: input STEP, input all, config STEP, config all, DEFAULT_IMAGE (first set wins). */
function resolveImages(fromConfig: Partial<Record<ImageKey, string>>, fromInput: { name: string; value: string }[]): Record<ImageStep, string> {
  const input: Partial<Record<string, string>> = {};
  for (const pair of fromInput) {
    if (!IMAGE_REFERENCE.test(pair.value)) {
      throw new ActionError(`Input 'images': '${pair.value}' (for ${pair.name}) is not a container image reference.`, {
        hint: 'Expected registry/repository[:tag][@sha256:digest], for example: all=public.ecr.aws/acme/aphex-runner:1.4.2',
        title: 'input images',
      });
    }
    input[pair.name] = pair.value;
  }
  const out = {} as Record<ImageStep, string>;
  for (const step of IMAGE_STEPS) out[step] = input[step] ?? input.all ?? fromConfig[step] ?? fromConfig.all ?? DEFAULT_IMAGE;
  return out;
}
