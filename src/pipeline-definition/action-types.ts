/**
 * Action type ids by category: which providers CodePipeline offers in each category, who owns
 * them, their version, and how many input and output artifacts each takes (CodePipeline user
 * guide: "Valid action providers" and "Valid input and output artifacts for each action type").
 * Bounds are given only where that table states them. Pure.
 */
import { closest, error, pathLabel, warning, type Issue } from './model.js';
import type { ActionView, DeclarationView } from './view.js';

type Bounds = readonly [min: number, max: number];

interface Provider {
  inputs?: Bounds;
  outputs?: Bounds;
  /** Only in V2 pipelines. */
  v2?: boolean;
}

const SOURCE: Provider = { inputs: [0, 0], outputs: [1, 1] };

/** Action providers owned by AWS, by category; all are version '1'. */
export const AWS_PROVIDERS: Record<string, Record<string, Provider>> = {
  Source: { S3: SOURCE, CodeCommit: SOURCE, ECR: SOURCE, CodeStarSourceConnection: SOURCE },
  Build: { CodeBuild: { inputs: [1, 5], outputs: [0, 5] }, ECRBuildAndPublish: { v2: true } },
  Test: { CodeBuild: { inputs: [1, 5], outputs: [0, 5] }, DeviceFarm: { inputs: [1, 1], outputs: [0, 0] } },
  Deploy: {
    S3: { inputs: [1, 1], outputs: [0, 0] },
    CloudFormation: { inputs: [0, 10], outputs: [0, 1] },
    CloudFormationStackSet: {},
    CloudFormationStackInstances: {},
    CodeDeploy: { inputs: [1, 1], outputs: [0, 0] },
    CodeDeployToECS: {},
    ECS: { inputs: [1, 1], outputs: [0, 0] },
    EKS: {},
    EC2: {},
    Lambda: {},
    ElasticBeanstalk: { inputs: [1, 1], outputs: [0, 0] },
    OpsWorks: { inputs: [1, 1], outputs: [0, 0] },
    ServiceCatalog: { inputs: [1, 1], outputs: [0, 0] },
    AppConfig: {},
  },
  Approval: { Manual: { inputs: [0, 0], outputs: [0, 0] } },
  Invoke: { Lambda: { inputs: [0, 5], outputs: [0, 5] }, StepFunctions: {}, InspectorScan: {} },
  Compute: { Commands: { v2: true } },
};

/** Third-party providers with documented bounds. */
const THIRD_PARTY: Record<string, Record<string, Provider>> = {
  Source: { GitHub: SOURCE },
  Deploy: { AlexaSkillsKit: { inputs: [1, 2], outputs: [0, 0] } },
};

/** Custom actions (Jenkins and the like) take 0 to 5 of each. */
const CUSTOM: Provider = { inputs: [0, 5], outputs: [0, 5] };

export function actionTypeIssues(v: DeclarationView): Issue[] {
  return v.actions.flatMap((a) => [...typeIssues(a, v), ...artifactCounts(a, v), ...fieldsOfType(a, v)]);
}

function categoriesOf(provider: string): string[] {
  return Object.entries(AWS_PROVIDERS).flatMap(([category, providers]) => (provider in providers ? [category] : []));
}

function typeIssues(a: ActionView, v: DeclarationView): Issue[] {
  const { category, owner, provider } = a;
  if (category === undefined || owner === undefined || provider === undefined || !(category in AWS_PROVIDERS)) return [];
  const at = [...a.path, 'actionTypeId', 'provider'];
  const label = pathLabel(v.raw, a.path);
  const known = AWS_PROVIDERS[category] ?? {};
  if (category === 'Approval' && provider !== 'Manual') {
    return [error(at, 'action-type', `${label}: the only Approval provider is Manual (owner AWS), not '${provider}'.`)];
  }
  if (owner === 'AWS' && !(provider in known)) {
    const elsewhere = categoriesOf(provider);
    const names = Object.keys(known).join(', ');
    if (elsewhere.length > 0) return [error(at, 'action-type', `${label}: ${provider} is a ${elsewhere.join(' or ')} provider, not a ${category} provider. Set category to ${elsewhere[0]}, or use a ${category} provider: ${names}.`)];
    const close = closest(provider, Object.keys(known));
    if (close !== '') return [error(at, 'action-type', `${label}: ${category} has no AWS provider '${provider}'.${close}`)];
    return [warning(at, 'action-type', `${label}: '${provider}' is not one of the AWS ${category} providers this check knows (${names}); CodePipeline refuses a provider it does not have. Check the spelling against CodePipeline's action structure reference.`)];
  }
  if (owner !== 'AWS' && provider in known && !(provider in (THIRD_PARTY[category] ?? {}))) {
    return [error([...a.path, 'actionTypeId', 'owner'], 'action-type', `${label}: ${provider} ${category} actions are owned by AWS, not ${owner}. Set owner: AWS.`)];
  }
  if (owner === 'AWS' && a.version !== undefined && a.version !== '1') {
    return [error([...a.path, 'actionTypeId', 'version'], 'action-type', `${label}: AWS-owned action types are version '1', not '${a.version}'. Set version: '1'.`)];
  }
  return [];
}

function providerOf(a: ActionView): Provider | undefined {
  if (a.category === undefined || a.provider === undefined) return undefined;
  if (a.owner === 'AWS') return AWS_PROVIDERS[a.category]?.[a.provider];
  if (a.owner === 'ThirdParty') return THIRD_PARTY[a.category]?.[a.provider] ?? (a.category === 'Source' ? SOURCE : undefined);
  if (a.owner === 'Custom') return CUSTOM;
  return undefined;
}

function countText(b: Bounds): string {
  return b[0] === b[1] ? String(b[0]) : `${b[0]} to ${b[1]}`;
}

function artifactCounts(a: ActionView, v: DeclarationView): Issue[] {
  const p = providerOf(a);
  if (p === undefined) return [];
  const issues: Issue[] = [];
  const check = (bounds: Bounds | undefined, n: number, key: 'inputArtifacts' | 'outputArtifacts', what: string): void => {
    if (bounds === undefined || (n >= bounds[0] && n <= bounds[1])) return;
    const raw = a.raw[key];
    const at = raw === undefined ? a.path : [...a.path, key];
    const fix = n < bounds[0] ? `Add ${bounds[0] - n}.` : `Remove ${n - bounds[1]}.`;
    issues.push(error(at, 'artifact-count', `${pathLabel(v.raw, a.path)} has ${n} ${what} artifact${n === 1 ? '' : 's'}: ${a.owner} ${a.category} actions of ${a.provider} take ${countText(bounds)}. ${fix}`));
  };
  check(p.inputs, a.inputs.length, 'inputArtifacts', 'input');
  check(p.outputs, a.outputs.length, 'outputArtifacts', 'output');
  return issues;
}

/** Fields that belong to one kind of action only. */
function fieldsOfType(a: ActionView, v: DeclarationView): Issue[] {
  const issues: Issue[] = [];
  const label = pathLabel(v.raw, a.path);
  const p = a.owner === 'AWS' && a.category !== undefined && a.provider !== undefined ? AWS_PROVIDERS[a.category]?.[a.provider] : undefined;
  if (p?.v2 && v.pipelineType !== 'V2') {
    issues.push(error([...a.path, 'actionTypeId', 'provider'], 'pipeline-type', `${label}: ${a.provider} actions run in V2 pipelines only, and this pipeline is ${v.pipelineType ?? 'not declared V2'}. Set pipelineType: V2.`));
  }
  for (const key of ['commands', 'outputVariables'] as const) {
    if (a.raw[key] !== undefined && a.category !== 'Compute') {
      issues.push(error([...a.path, key], 'action-type', `${label} has ${key}, which only Compute actions (provider Commands) read. Remove it, or make the action a Commands action.`, { atKey: true }));
    }
  }
  if (a.category === 'Compute' && a.provider === 'Commands' && a.raw.commands === undefined) {
    issues.push(error(a.path, 'required', `${label} is a Commands action without commands: list the shell commands it runs.`));
  }
  if (a.raw.timeoutInMinutes !== undefined && a.category !== 'Approval') {
    issues.push(warning([...a.path, 'timeoutInMinutes'], 'action-type', `${label}: timeoutInMinutes applies to manual approval actions only (CodePipeline's ActionDeclaration); here it has no effect or is refused. Remove it.`, { atKey: true }));
  }
  return issues;
}
