/**
 * Config + options → WorkflowTemplate object. Pure and deterministic: the same input gives the
 * same object, key order included (see yaml.ts for the text).
 */
import type { AphexConfig, EnvironmentConfig } from '../aphex/model.js';
import { environmentId } from '../aphex/names.js';
import { partitionOf } from '../aphex/regions.js';
import type { RenderOptions } from './options.js';
import {
  approvalTemplate,
  buildTemplate,
  deployPipelineTemplate,
  deployStacksTemplate,
  environmentTemplate,
  finishTemplate,
  STACK_OUTPUTS_PARAMETER,
  TEMPLATE,
  testTemplate,
  validateTemplate,
  type EnvironmentInput,
} from './templates.js';
import { topology, type Topology } from './topology.js';

export type WorkflowTemplate = {
  apiVersion: 'argoproj.io/v1alpha1';
  kind: 'WorkflowTemplate';
  metadata: { name: string; namespace: string; labels: Record<string, string> };
  spec: Record<string, unknown>;
};

/** Workflow defaults (docs/config.md, "Rendered template"). */
export const DEFAULTS = {
  /** 24 h, approvals included. */
  activeDeadlineSeconds: 86400,
  /** Finished Workflows are deleted a day after success, a week after failure. */
  ttlSecondsAfterSuccess: 86400,
  ttlSecondsAfterFailure: 604800,
  podGCStrategy: 'OnPodSuccess',
  /** The Workflow parameter `revision` when none is given at submission. */
  revision: 'HEAD',
} as const;

export const MANAGED_BY = 'aphex-pipeline-action';

export function templateName(pipeline: string): string {
  return `${pipeline}-template`;
}

/** Task name of an environment in the main DAG. */
export function environmentTask(name: string): string {
  return `env-${environmentId(name)}`;
}

export function ownershipLabels(pipeline: string): Record<string, string> {
  return {
    'app.kubernetes.io/name': 'aphex-pipeline',
    'app.kubernetes.io/instance': pipeline,
    'app.kubernetes.io/managed-by': MANAGED_BY,
  };
}

export function renderWorkflowTemplate(config: AphexConfig, o: RenderOptions): WorkflowTemplate {
  const name = templateName(o.pipeline);
  const labels = ownershipLabels(o.pipeline);
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'WorkflowTemplate',
    metadata: { name, namespace: o.namespace, labels },
    spec: {
      entrypoint: TEMPLATE.main,
      ...(o.serviceAccount ? { serviceAccountName: o.serviceAccount } : {}),
      arguments: {
        parameters: [
          { name: 'repository', value: o.repositoryUrl ?? '' },
          { name: 'revision', value: DEFAULTS.revision },
          // Set by `apply` with `submit` from the job (head branch of a pull request), so the
          // Workflow and the Argo UI show where a run came from.
          { name: 'branch', value: '' },
        ],
      },
      synchronization: { mutexes: [{ name: `aphex-${o.pipeline}` }] },
      activeDeadlineSeconds: DEFAULTS.activeDeadlineSeconds,
      podGC: { strategy: DEFAULTS.podGCStrategy },
      ttlStrategy: { secondsAfterSuccess: DEFAULTS.ttlSecondsAfterSuccess, secondsAfterFailure: DEFAULTS.ttlSecondsAfterFailure },
      workflowMetadata: { labels: { ...labels } },
      templates: [
        mainDag(config),
        validateTemplate(o),
        buildTemplate(o, [...config.build.commands]),
        deployPipelineTemplate(o, name),
        environmentTemplate(),
        approvalTemplate(),
        deployStacksTemplate(o),
        testTemplate(o),
        finishTemplate(),
      ],
    },
  };
}

/**
 * The environments run after the pipeline deployment whether it succeeded or failed (the design's
 * "Pipeline Deployment Failures": carry on with the current topology); only a build that never
 * got as far omits them.
 */
export const AFTER_PIPELINE_DEPLOYMENT = 'deploy-pipeline.Succeeded || deploy-pipeline.Failed || deploy-pipeline.Errored';

function mainDag(config: AphexConfig): Record<string, unknown> {
  const topo = topology(config.environments);
  const tasks: Record<string, unknown>[] = [
    { name: 'validate', template: TEMPLATE.validate },
    { name: 'build', template: TEMPLATE.build, depends: 'validate' },
    { name: 'deploy-pipeline', template: TEMPLATE.deployPipeline, depends: 'build' },
  ];
  for (const env of config.environments) {
    const deps = topo.direct.get(env.name) ?? [];
    tasks.push({
      name: environmentTask(env.name),
      template: TEMPLATE.environment,
      depends: deps.length === 0 ? AFTER_PIPELINE_DEPLOYMENT : deps.map(environmentTask).join(' && '),
      arguments: { parameters: environmentArguments(env, topo) },
    });
  }
  // Last: succeeds only when the pipeline deployment did and every environment finished.
  tasks.push({ name: TEMPLATE.finish, template: TEMPLATE.finish, depends: `deploy-pipeline.Succeeded && (${topo.leaves.map(environmentTask).join(' && ')})` });
  return { name: TEMPLATE.main, dag: { tasks } };
}

/**
 * `--upstream-outputs` of an environment: a JSON object literal with one member per environment
 * before it, `"<name>": <that environment's stack-outputs JSON>`, filled in by Argo when the task
 * starts. `{}` when there is none.
 */
export function upstreamOutputs(upstream: readonly string[]): string {
  if (upstream.length === 0) return '{}';
  return `{${upstream.map((name) => `${JSON.stringify(name)}: {{tasks.${environmentTask(name)}.outputs.parameters.${STACK_OUTPUTS_PARAMETER}}}`).join(', ')}}`;
}

export function roleArn(env: EnvironmentConfig): string {
  return env.roleName ? `arn:${partitionOf(env.region)}:iam::${env.account}:role/${env.roleName}` : '';
}

function environmentArguments(env: EnvironmentConfig, topo: Topology): { name: EnvironmentInput; value: string }[] {
  const tests = env.tests?.commands ?? [];
  const values: Record<EnvironmentInput, string> = {
    environment: env.name,
    'environment-id': environmentId(env.name),
    region: env.region,
    account: env.account,
    'role-arn': roleArn(env),
    stacks: JSON.stringify(env.stacks.map((s) => ({ name: s.name, path: s.path }))),
    tests: JSON.stringify(tests),
    'has-tests': String(tests.length > 0),
    approval: String(env.approval === true),
    'upstream-outputs': upstreamOutputs(topo.upstream.get(env.name) ?? []),
  };
  return (Object.keys(values) as EnvironmentInput[]).map((name) => ({ name, value: values[name] }));
}
