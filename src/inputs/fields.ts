/**
 * How each input is parsed and checked into its Settings field. Pure: an empty value gives the
 * field's default and never throws, so parsing '' yields the settings of an input left unset.
 */
import { InputError } from '../errors.js';
import type { Settings, SourceRevision } from './index.js';
import { pairs } from './pairs.js';
import { bool, isValue, number, oneOf, pattern } from './parse.js';
import type { RunContext } from './run-context.js';

export interface ParseEnv {
  env: NodeJS.ProcessEnv;
  run: RunContext;
}

type Parser = (raw: string, p: ParseEnv) => Partial<Settings>;

const EVENT_STATES = ['STARTED', 'SUCCEEDED', 'RESUMED', 'FAILED', 'CANCELED', 'SUPERSEDED', 'STOPPING', 'STOPPED', 'ABANDONED'];
const REVISION_TYPES = ['COMMIT_ID', 'IMAGE_DIGEST', 'S3_OBJECT_VERSION_ID', 'S3_OBJECT_KEY'] as const;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const ROLE_ARN_EXPECTED = 'an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>)';
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const AWS_NAME = /^[A-Za-z0-9.@_-]{1,100}$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function region(raw: string, env: NodeJS.ProcessEnv): string {
  const [source, value] = raw !== '' ? ['aws-region', raw] : env.AWS_REGION?.trim() ? ['AWS_REGION', env.AWS_REGION.trim()] : ['AWS_DEFAULT_REGION', env.AWS_DEFAULT_REGION?.trim() ?? ''];
  if (value === '' || REGION.test(value)) return value;
  if (source === 'aws-region') throw new InputError('aws-region', isValue(value), 'an AWS region code', 'aws-region: eu-west-1');
  throw new InputError('aws-region', `is empty and ${source} ${isValue(value)}`, `an AWS region code in aws-region or ${source}`, 'aws-region: eu-west-1');
}

function policyJson(raw: string): string {
  if (raw === '') return '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    throw new InputError('session-policy', `is not valid JSON (${(e as Error).message})`, 'an IAM policy document as JSON', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"codepipeline:*","Resource":"*"}]}');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError('session-policy', 'is not a JSON object', 'an IAM policy document as a JSON object', '{"Version":"2012-10-17","Statement":[...]}');
  }
  const compact = JSON.stringify(parsed);
  if (compact.length > 2048) {
    throw new InputError('session-policy', `is ${compact.length} characters long once compacted`, 'at most 2048 characters (the STS limit for inline session policies)', '{"Version":"2012-10-17","Statement":[...]}');
  }
  return compact;
}

/** One CodePipeline event state per line, any case: STARTED, SUCCEEDED, FAILED, ... */
function states(raw: string): string[] {
  const list = raw.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  for (const [i, state] of list.entries()) {
    if (!EVENT_STATES.includes(state.toUpperCase())) throw new InputError('states', `line ${i + 1} ${isValue(state)}`, `one CodePipeline event state per line: ${EVENT_STATES.join(', ')}`, 'states: |\n  SUCCEEDED\n  FAILED');
  }
  return [...new Set(list.map((l) => l.toUpperCase()))];
}

function sourceRevisions(raw: string): SourceRevision[] {
  const list = pairs('source-revisions', raw, {
    namePattern: AWS_NAME,
    nameExpected: 'ActionName=TYPE:VALUE with TYPE one of ' + REVISION_TYPES.join(', '),
    example: 'source-revisions: Source=COMMIT_ID:${{ github.sha }}',
    maxItems: 50,
    valueHidden: 'none',
    checkValue: (value, key) => {
      const colon = value.indexOf(':');
      const type = colon < 0 ? value : value.slice(0, colon);
      if (!(REVISION_TYPES as readonly string[]).includes(type)) return `the revision of '${key}' does not start with a TYPE (${REVISION_TYPES.join(', ')}) and ':'`;
      if (colon < 0 || value.slice(colon + 1).trim() === '') return `the revision of '${key}' has no value after '${type}:'`;
      return undefined;
    },
  });
  return list.map((p): SourceRevision => {
    const colon = p.value.indexOf(':');
    return { actionName: p.name, revisionType: p.value.slice(0, colon) as SourceRevision['revisionType'], revisionValue: p.value.slice(colon + 1).trim(), line: p.line };
  });
}

const AWS_FIELDS: Record<string, Parser> = {
  'aws-region': (raw, p) => ({ awsRegion: region(raw, p.env) }),
  'role-to-assume': (raw) => ({ roleToAssume: pattern('role-to-assume', raw, ROLE_ARN, ROLE_ARN_EXPECTED, 'role-to-assume: arn:aws:iam::123456789012:role/github-deploy') }),
  'role-session-name': (raw) => ({ roleSessionName: pattern('role-session-name', raw, /^[\w+=,.@-]{2,64}$/, '2 to 64 characters of letters, digits and +=,.@_-', 'role-session-name: deploy-main') }),
  'role-duration-seconds': (raw) => ({ roleDurationSeconds: number('role-duration-seconds', raw, 3600, 900, 43200, { integer: true, unit: 'seconds', example: 'role-duration-seconds: 3600' }) }),
  audience: (raw) => ({ audience: raw || 'sts.amazonaws.com' }),
  'chain-role-to-assume': (raw) => ({ chainRoleToAssume: pattern('chain-role-to-assume', raw, ROLE_ARN, ROLE_ARN_EXPECTED, 'chain-role-to-assume: arn:aws:iam::210987654321:role/deployer') }),
  'chain-role-external-id': (raw) => ({ chainRoleExternalId: pattern('chain-role-external-id', raw, /^[\w+=,.@:/-]{2,1224}$/, '2 to 1224 characters of letters, digits and +=,.@:/-', 'chain-role-external-id: my-external-id') }),
  'session-policy': (raw) => ({ sessionPolicy: policyJson(raw) }),
  'export-credentials': (raw) => ({ exportCredentials: bool('export-credentials', raw, false) }),
};

const PIPELINE_FIELDS: Record<string, Parser> = {
  'pipeline-definition': (raw) => ({ pipelineDefinition: raw }),
  'pipeline-name': (raw) => ({ pipelineName: pattern('pipeline-name', raw, AWS_NAME, 'a CodePipeline name (1 to 100 characters of letters, digits and .@_-)', 'pipeline-name: my-app-pipeline') }),
  'execution-id': (raw) => ({ executionId: pattern('execution-id', raw, UUID, 'a CodePipeline execution id (a UUID)', 'execution-id: 2b5a3b8e-4a1c-4a53-9c0e-1f2d3c4b5a69') }),
  'commit-sha': (raw, p) => ({ commitSha: pattern('commit-sha', raw, /^[0-9a-fA-F]{7,64}$/, 'a commit id of 7 to 64 hex digits', 'commit-sha: ${{ github.sha }}', p.run.sha) }),
  variables: (raw) => ({
    variables: pairs('variables', raw, {
      namePattern: /^[A-Za-z0-9@_-]{1,128}$/,
      nameExpected: 'NAME=VALUE with NAME of letters, digits and @_- (at most 128 characters)',
      example: 'variables: |\n  DEPLOY_ENV=prod\n  IMAGE_TAG=1.2.3',
      maxItems: 50,
      maxValueLength: 1000,
      valueHidden: 'text',
    }),
  }),
  'source-revisions': (raw) => ({ sourceRevisions: sourceRevisions(raw) }),
  'client-request-token': (raw) => ({ clientRequestToken: pattern('client-request-token', raw, /^[a-zA-Z0-9-]{1,128}$/, '1 to 128 letters, digits and hyphens', 'client-request-token: release-1-2-3') }),
  wait: (raw) => ({ wait: bool('wait', raw, true) }),
  'timeout-minutes': (raw) => ({ timeoutMinutes: number('timeout-minutes', raw, 60, 0.05, 4320, { unit: 'minutes', example: 'timeout-minutes: 60' }) }),
  'follow-superseded': (raw) => ({ followSuperseded: bool('follow-superseded', raw, true) }),
  'stop-on-cancel': (raw) => ({ stopOnCancel: bool('stop-on-cancel', raw, true) }),
  abandon: (raw) => ({ abandon: bool('abandon', raw, false) }),
  'retry-mode': (raw) => ({ retryMode: (oneOf('retry-mode', raw, ['FAILED_ACTIONS', 'ALL_ACTIONS'] as const, 'FAILED_ACTIONS') || 'FAILED_ACTIONS') as Settings['retryMode'] }),
  'stage-name': (raw) => ({ stageName: pattern('stage-name', raw, AWS_NAME, 'a stage name (letters, digits and .@_-)', 'stage-name: Deploy') }),
  'target-execution-id': (raw) => ({ targetExecutionId: pattern('target-execution-id', raw, UUID, 'a CodePipeline execution id (a UUID)', 'target-execution-id: 2b5a3b8e-4a1c-4a53-9c0e-1f2d3c4b5a69') }),
  'action-name': (raw) => ({ actionName: pattern('action-name', raw, AWS_NAME, 'an action name (letters, digits and .@_-)', 'action-name: DeployApi') }),
  states: (raw) => ({ states: states(raw) }),
  'approval-stage': (raw) => ({ approvalStage: pattern('approval-stage', raw, AWS_NAME, 'a stage name (letters, digits and .@_-)', 'approval-stage: Approve') }),
  'approval-action': (raw) => ({ approvalAction: pattern('approval-action', raw, AWS_NAME, 'an action name (letters, digits and .@_-)', 'approval-action: ManualApproval') }),
  'approval-result': (raw) => ({ approvalResult: (oneOf('approval-result', raw, ['Approved', 'Rejected'] as const, 'Approved', true) || 'Approved') as 'Approved' | 'Rejected' }),
  'approval-summary': (raw, p) => ({ approvalSummary: pattern('approval-summary', raw, /^[\s\S]{1,512}$/u, 'at most 512 characters', 'approval-summary: Approved from GitHub', `Approved from GitHub run ${p.run.runUrl}`) }),
};

const ARGO_FIELDS: Record<string, Parser> = {
  config: (raw) => ({ config: raw || 'aphex-config.yaml' }),
  pipeline: (raw) => ({ pipeline: pattern('pipeline', raw, /^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/, 'a lower-case DNS label of at most 40 characters (a-z, 0-9, -)', 'pipeline: my-app') }),
  namespace: (raw) => ({ namespace: pattern('namespace', raw, DNS_LABEL, 'a Kubernetes namespace name (lower-case DNS label, at most 63 characters)', 'namespace: argo', 'argo') }),
  'template-path': (raw) => ({ templatePath: raw }),
  'service-account': (raw) => ({ serviceAccount: pattern('service-account', raw, /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/, 'a Kubernetes service account name', 'service-account: aphex-pipeline') }),
  'artifact-bucket': (raw) => ({ artifactBucket: pattern('artifact-bucket', raw, /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name', 'artifact-bucket: my-aphex-artifacts') }),
  images: (raw) => ({
    images: pairs('images', raw, {
      namePattern: /^(validate|build|deploy-pipeline|deploy-stack|test|all)$/,
      nameExpected: 'STEP=IMAGE with STEP one of validate, build, deploy-pipeline, deploy-stack, test, all',
      example: 'images: |\n  all=ghcr.io/acme/aphex-runner:1.4.2',
      valueHidden: 'none',
      checkValue: (value) => (/^[^\s]{1,512}$/.test(value) ? undefined : `'${value}' is not an image reference`),
    }),
  }),
  'workflow-name': (raw) => ({ workflowName: pattern('workflow-name', raw, /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/, 'an Argo Workflow name (lower-case letters, digits, - and ., at most 253 characters)', 'workflow-name: ${{ needs.deploy.outputs.workflow-name }}') }),
  'cluster-name': (raw) => ({ clusterName: pattern('cluster-name', raw, /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/, 'an EKS cluster name (1 to 100 characters of letters, digits, _ and -)', 'cluster-name: platform-prod') }),
  kubeconfig: (raw) => ({ kubeconfig: raw }),
  'kube-context': (raw) => ({ kubeContext: raw }),
  'dry-run': (raw) => ({ dryRun: bool('dry-run', raw, false) }),
  submit: (raw) => ({ submit: bool('submit', raw, false) }),
  'workflow-parameters': (raw) => ({
    workflowParameters: pairs('workflow-parameters', raw, {
      namePattern: /^[-a-zA-Z0-9_]{1,128}$/,
      nameExpected: 'name=value with name of letters, digits, - and _',
      example: 'workflow-parameters: |\n  image-tag=1.2.3',
      valueHidden: 'text',
    }),
  }),
  'github-token': (raw) => ({ githubToken: raw }),
  environment: (raw) => ({ environment: pattern('environment', raw, /^[^\n\r]{1,255}$/u, 'a GitHub environment name (at most 255 characters, one line)', 'environment: production') }),
};

/** The parser of every input but `command`. */
export const FIELDS: Readonly<Record<string, Parser>> = { ...AWS_FIELDS, ...PIPELINE_FIELDS, ...ARGO_FIELDS };
