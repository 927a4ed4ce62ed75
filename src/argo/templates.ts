/**
 * The fixed templates of an AphexPipeline WorkflowTemplate. Their number and shape never depend
 * on the number of environments: environments only add tasks to the main DAG.
 */
import type { RenderOptions } from './options.js';

/** Where aphex-deploy-stack writes the environment's stack outputs (JSON). */
export const STACK_OUTPUTS_FILE = '/tmp/aphex/stack-outputs.json';
/** Output parameter of the environment (and deploy-stacks) template. */
export const STACK_OUTPUTS_PARAMETER = 'stack-outputs';
/** Prefix of the Workflow's global output per environment: `stack-outputs-<environment id>`. */
export const GLOBAL_OUTPUT_PREFIX = 'stack-outputs-';

export const TEMPLATE = {
  main: 'pipeline',
  validate: 'validate',
  build: 'build',
  deployPipeline: 'deploy-pipeline',
  environment: 'environment',
  approval: 'approval',
  deployStacks: 'deploy-stacks',
  test: 'test',
  finish: 'finish',
} as const;

/** Input of the environment, deploy-stacks and test templates: the stack outputs of every environment before this one. */
export const UPSTREAM_OUTPUTS_PARAMETER = 'upstream-outputs';

/** Inputs of the environment template, in order. */
export const ENVIRONMENT_INPUTS = ['environment', 'environment-id', 'region', 'account', 'role-arn', 'stacks', 'tests', 'has-tests', 'approval', UPSTREAM_OUTPUTS_PARAMETER] as const;
export type EnvironmentInput = (typeof ENVIRONMENT_INPUTS)[number];

type Obj = Record<string, unknown>;

const RETRY: Obj = {
  limit: 2,
  retryPolicy: 'OnTransientError',
  backoff: { duration: '30s', factor: 2, maxDuration: '10m' },
};

const param = (name: string): string => `{{inputs.parameters.${name}}}`;

/** Arguments every script receives (see docs/config.md, "Script interface"). */
function commonArgs(o: RenderOptions): string[] {
  return [
    '--pipeline',
    o.pipeline,
    '--repository',
    '{{workflow.parameters.repository}}',
    '--revision',
    '{{workflow.parameters.revision}}',
    '--run-id',
    '{{workflow.uid}}',
    ...(o.artifactBucket ? ['--artifact-bucket', o.artifactBucket] : []),
  ];
}

function container(name: string, image: string, command: string, args: string[], extra: Obj = {}): Obj {
  return { name, ...extra, container: { image, command: [command], args }, retryStrategy: RETRY };
}

function inputs(names: readonly string[]): Obj {
  return { parameters: names.map((name) => ({ name })) };
}

export function validateTemplate(o: RenderOptions): Obj {
  return container(TEMPLATE.validate, o.images.validate, 'aphex-validate', [...commonArgs(o), '--config', o.configPath]);
}

/** Build commands are literal argument elements after `--`, never shell text. */
export function buildTemplate(o: RenderOptions, commands: string[]): Obj {
  return container(TEMPLATE.build, o.images.build, 'aphex-build', [...commonArgs(o), '--', ...commands]);
}

export function deployPipelineTemplate(o: RenderOptions, templateName: string): Obj {
  return container(TEMPLATE.deployPipeline, o.images['deploy-pipeline'], 'aphex-deploy-pipeline', [
    ...commonArgs(o),
    '--config',
    o.configPath,
    '--namespace',
    o.namespace,
    '--template-name',
    templateName,
  ]);
}

const TARGET_ARGS = ['--environment', param('environment'), '--region', param('region'), '--account', param('account'), '--role-arn', param('role-arn')];

const UPSTREAM_ARGS = ['--upstream-outputs', param(UPSTREAM_OUTPUTS_PARAMETER)];

export function deployStacksTemplate(o: RenderOptions): Obj {
  const args = [...commonArgs(o), ...TARGET_ARGS, '--stacks', param('stacks'), '--outputs-file', STACK_OUTPUTS_FILE, ...UPSTREAM_ARGS];
  return container(TEMPLATE.deployStacks, o.images['deploy-stack'], 'aphex-deploy-stack', args, {
    inputs: inputs(['environment', 'environment-id', 'region', 'account', 'role-arn', 'stacks', UPSTREAM_OUTPUTS_PARAMETER]),
    outputs: {
      parameters: [
        {
          name: STACK_OUTPUTS_PARAMETER,
          valueFrom: { path: STACK_OUTPUTS_FILE, default: '{}' },
          globalName: `${GLOBAL_OUTPUT_PREFIX}${param('environment-id')}`,
        },
      ],
    },
  });
}

export function testTemplate(o: RenderOptions): Obj {
  const args = [...commonArgs(o), ...TARGET_ARGS, '--commands', param('commands'), '--stack-outputs', param(STACK_OUTPUTS_PARAMETER), ...UPSTREAM_ARGS];
  return container(TEMPLATE.test, o.images.test, 'aphex-test', args, {
    inputs: inputs(['environment', 'region', 'account', 'role-arn', 'commands', STACK_OUTPUTS_PARAMETER, UPSTREAM_OUTPUTS_PARAMETER]),
  });
}

/** Suspends until `approve` (or `argo resume`) marks the node Succeeded, or a rejection marks it Failed. */
export function approvalTemplate(): Obj {
  return { name: TEMPLATE.approval, inputs: inputs(['environment']), suspend: {} };
}

/**
 * The main DAG's last task: a suspend that resumes at once, so it needs no pod. It runs only when
 * the pipeline deployment succeeded. When that step failed, the environments still run on the
 * current WorkflowTemplate, and this task is omitted: an omitted leaf takes its failed parent's
 * phase, so the Workflow ends Failed (in Argo a DAG's phase follows its leaf tasks).
 */
export function finishTemplate(): Obj {
  return { name: TEMPLATE.finish, suspend: { duration: '0' } };
}

/** The deploy step's stack outputs, inside the environment template. */
const DEPLOYED_OUTPUTS = `{{steps.deploy.outputs.parameters.${STACK_OUTPUTS_PARAMETER}}}`;

const pass = (names: readonly string[]): Obj => ({ parameters: names.map((name) => ({ name, value: param(name) })) });

/** Approval (when asked for), then the stacks in order, then the tests (when there are any). */
export function environmentTemplate(): Obj {
  return {
    name: TEMPLATE.environment,
    inputs: inputs(ENVIRONMENT_INPUTS),
    steps: [
      [{ name: 'approve', template: TEMPLATE.approval, when: `${param('approval')} == true`, arguments: pass(['environment']) }],
      [{ name: 'deploy', template: TEMPLATE.deployStacks, arguments: pass(['environment', 'environment-id', 'region', 'account', 'role-arn', 'stacks', UPSTREAM_OUTPUTS_PARAMETER]) }],
      [
        {
          name: 'test',
          template: TEMPLATE.test,
          when: `${param('has-tests')} == true`,
          arguments: {
            parameters: [
              ...(pass(['environment', 'region', 'account', 'role-arn']).parameters as Obj[]),
              { name: 'commands', value: param('tests') },
              { name: STACK_OUTPUTS_PARAMETER, value: DEPLOYED_OUTPUTS },
              ...(pass([UPSTREAM_OUTPUTS_PARAMETER]).parameters as Obj[]),
            ],
          },
        },
      ],
    ],
    outputs: {
      parameters: [{ name: STACK_OUTPUTS_PARAMETER, valueFrom: { parameter: DEPLOYED_OUTPUTS } }],
    },
  };
}
