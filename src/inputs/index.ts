/**
 * Every action input, parsed and checked once into a typed Settings object.
 * Pure: takes a reader (name -> raw string) and the environment; throws InputError.
 */
import { InputError } from '../errors.js';
import { bool, number, oneOf, pairs, pattern, type Pair, type Reader } from './parse.js';
import { runContext, type RunContext } from './run-context.js';

export const COMMANDS = ['credentials', 'start', 'await', 'approve', 'stop', 'validate', 'render', 'apply'] as const;
export type Command = (typeof COMMANDS)[number];

export type { Pair } from './parse.js';

export interface Settings {
  command: Command;
  /** Empty when neither the input nor AWS_REGION / AWS_DEFAULT_REGION is set. */
  awsRegion: string;
  roleToAssume: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  audience: string;
  chainRoleToAssume: string;
  chainRoleExternalId: string;
  /** Inline session policy, compact JSON, or ''. */
  sessionPolicy: string;
  exportCredentials: boolean;
  pipelineName: string;
  executionId: string;
  commitSha: string;
  variables: Pair[];
  sourceRevisions: SourceRevision[];
  clientRequestToken: string;
  wait: boolean;
  timeoutMinutes: number;
  followSuperseded: boolean;
  stopOnCancel: boolean;
  abandon: boolean;
  approvalStage: string;
  approvalAction: string;
  approvalResult: 'Approved' | 'Rejected';
  approvalSummary: string;
  config: string;
  pipeline: string;
  namespace: string;
  templatePath: string;
  serviceAccount: string;
  artifactBucket: string;
  images: Pair[];
  clusterName: string;
  kubeconfig: string;
  /** kubeconfig context (like kubectl --context); '' for current-context. */
  kubeContext: string;
  dryRun: boolean;
  submit: boolean;
  workflowParameters: Pair[];
  githubToken: string;
  environment: string;
  run: RunContext;
}

export interface SourceRevision {
  actionName: string;
  revisionType: 'COMMIT_ID' | 'IMAGE_DIGEST' | 'S3_OBJECT_VERSION_ID' | 'S3_OBJECT_KEY';
  revisionValue: string;
  line: number;
}

const REVISION_TYPES = ['COMMIT_ID', 'IMAGE_DIGEST', 'S3_OBJECT_VERSION_ID', 'S3_OBJECT_KEY'] as const;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const ROLE_ARN_EXPECTED = 'an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>)';
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const AWS_NAME = /^[A-Za-z0-9.@_-]{1,100}$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** Inputs required by each command (beyond `command`). */
const REQUIRED: Record<Command, (keyof Settings)[]> = {
  credentials: [],
  start: ['pipelineName'],
  await: ['pipelineName'],
  approve: ['pipelineName', 'approvalStage', 'approvalAction'],
  stop: ['pipelineName'],
  validate: [],
  render: [],
  apply: [],
};

/** Input name and an example value of each setting a command may require. */
const INPUT_NAME: Partial<Record<keyof Settings, [string, string]>> = {
  pipelineName: ['pipeline-name', 'my-app-pipeline'],
  approvalStage: ['approval-stage', 'Approve'],
  approvalAction: ['approval-action', 'ManualApproval'],
};

export function readSettings(read: Reader, env: NodeJS.ProcessEnv): Settings {
  const command = oneOf(read, 'command', COMMANDS, '');
  if (command === '') {
    throw new InputError('command', 'is missing', `one of ${COMMANDS.join(', ')}`, 'command: start');
  }
  const run = runContext(env);
  const settings: Settings = {
    command,
    ...awsInputs(read, env),
    ...pipelineInputs(read, run),
    ...argoInputs(read),
    githubToken: read('github-token').trim(),
    environment: pattern(read, 'environment', /^[^\n\r]{1,255}$/, 'a GitHub environment name (at most 255 characters, one line)', 'environment: production'),
    run,
  };
  for (const key of REQUIRED[command]) {
    if (settings[key] === '') {
      const [name, example] = INPUT_NAME[key] ?? [String(key), '...'];
      throw new InputError(name, `is required by command '${command}' but is empty`, `a value for '${name}'`, `${name}: ${example}`);
    }
  }
  return settings;
}

function awsInputs(read: Reader, env: NodeJS.ProcessEnv) {
  const regionRaw = read('aws-region').trim() || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || '';
  if (regionRaw !== '' && !REGION.test(regionRaw)) {
    throw new InputError('aws-region', `is '${regionRaw}'`, 'an AWS region code', 'aws-region: eu-west-1');
  }
  const sessionPolicy = read('session-policy').trim();
  return {
    awsRegion: regionRaw,
    roleToAssume: pattern(read, 'role-to-assume', ROLE_ARN, ROLE_ARN_EXPECTED, 'arn:aws:iam::123456789012:role/github-deploy'),
    roleSessionName: pattern(read, 'role-session-name', /^[\w+=,.@-]{2,64}$/, '2 to 64 characters of letters, digits and +=,.@_-', 'role-session-name: deploy-main'),
    roleDurationSeconds: number(read, 'role-duration-seconds', 3600, 900, 43200, { integer: true, unit: 'seconds', example: 'role-duration-seconds: 3600' }),
    audience: read('audience').trim() || 'sts.amazonaws.com',
    chainRoleToAssume: pattern(read, 'chain-role-to-assume', ROLE_ARN, ROLE_ARN_EXPECTED, 'arn:aws:iam::210987654321:role/deployer'),
    chainRoleExternalId: pattern(read, 'chain-role-external-id', /^[\w+=,.@:/-]{2,1224}$/, '2 to 1224 characters of letters, digits and +=,.@:/-', 'chain-role-external-id: my-external-id'),
    sessionPolicy: sessionPolicy === '' ? '' : policyJson(sessionPolicy),
    exportCredentials: bool(read, 'export-credentials', false),
  };
}

function policyJson(raw: string): string {
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

function pipelineInputs(read: Reader, run: RunContext) {
  const variables = pairs(read, 'variables', {
    namePattern: /^[A-Za-z0-9@_-]{1,128}$/,
    nameExpected: 'NAME=VALUE with NAME of letters, digits and @_- (at most 128 characters)',
    example: 'variables: |\n  DEPLOY_ENV=prod\n  IMAGE_TAG=1.2.3',
    maxItems: 50,
    maxValueLength: 1000,
  });
  const revisions = pairs(read, 'source-revisions', {
    namePattern: AWS_NAME,
    nameExpected: 'ActionName=TYPE:VALUE with TYPE one of ' + REVISION_TYPES.join(', '),
    example: 'source-revisions: Source=COMMIT_ID:${{ github.sha }}',
    maxItems: 50,
    checkValue: (value, key) => {
      const colon = value.indexOf(':');
      const type = colon < 0 ? value : value.slice(0, colon);
      if (!(REVISION_TYPES as readonly string[]).includes(type)) return `the revision of '${key}' does not start with a TYPE (${REVISION_TYPES.join(', ')}) and ':'`;
      if (colon < 0 || value.slice(colon + 1).trim() === '') return `the revision of '${key}' has no value after '${type}:'`;
      return undefined;
    },
  });
  return {
    pipelineName: pattern(read, 'pipeline-name', AWS_NAME, 'a CodePipeline name (1 to 100 characters of letters, digits and .@_-)', 'pipeline-name: my-app-pipeline'),
    executionId: pattern(read, 'execution-id', UUID, 'a CodePipeline execution id (a UUID)', 'execution-id: 2b5a3b8e-4a1c-4a53-9c0e-1f2d3c4b5a69'),
    commitSha: pattern(read, 'commit-sha', /^[0-9a-fA-F]{7,64}$/, 'a commit id of 7 to 64 hex digits', 'commit-sha: ${{ github.sha }}', run.sha),
    variables,
    sourceRevisions: revisions.map((p): SourceRevision => {
      const colon = p.value.indexOf(':');
      return { actionName: p.name, revisionType: p.value.slice(0, colon) as SourceRevision['revisionType'], revisionValue: p.value.slice(colon + 1).trim(), line: p.line };
    }),
    clientRequestToken: pattern(read, 'client-request-token', /^[a-zA-Z0-9-]{1,128}$/, '1 to 128 letters, digits and hyphens', 'client-request-token: release-1-2-3'),
    wait: bool(read, 'wait', true),
    timeoutMinutes: number(read, 'timeout-minutes', 60, 0.05, 4320, { unit: 'minutes', example: 'timeout-minutes: 60' }),
    followSuperseded: bool(read, 'follow-superseded', true),
    stopOnCancel: bool(read, 'stop-on-cancel', true),
    abandon: bool(read, 'abandon', false),
    approvalStage: pattern(read, 'approval-stage', AWS_NAME, 'a stage name (letters, digits and .@_-)', 'approval-stage: Approve'),
    approvalAction: pattern(read, 'approval-action', AWS_NAME, 'an action name (letters, digits and .@_-)', 'approval-action: ManualApproval'),
    approvalResult: (oneOf(read, 'approval-result', ['Approved', 'Rejected'] as const, 'Approved', true) || 'Approved') as 'Approved' | 'Rejected',
    approvalSummary: pattern(read, 'approval-summary', /^[\s\S]{1,512}$/, 'at most 512 characters', 'approval-summary: Approved from GitHub', `Approved from GitHub run ${run.runUrl}`),
  };
}

function argoInputs(read: Reader) {
  const images = pairs(read, 'images', {
    namePattern: /^(validate|build|deploy-pipeline|deploy-stack|test|all)$/,
    nameExpected: 'STEP=IMAGE with STEP one of validate, build, deploy-pipeline, deploy-stack, test, all',
    example: 'images: |\n  all=ghcr.io/acme/aphex-runner:1.4.2',
    checkValue: (value) => (/^[^\s]{1,512}$/.test(value) ? undefined : `'${value}' is not an image reference`),
  });
  return {
    config: read('config').trim() || 'aphex-config.yaml',
    pipeline: pattern(read, 'pipeline', /^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/, 'a lower-case DNS label of at most 40 characters (a-z, 0-9, -)', 'pipeline: my-app'),
    namespace: pattern(read, 'namespace', DNS_LABEL, 'a Kubernetes namespace name (lower-case DNS label, at most 63 characters)', 'namespace: argo', 'argo'),
    templatePath: read('template-path').trim(),
    serviceAccount: pattern(read, 'service-account', /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/, 'a Kubernetes service account name', 'service-account: aphex-pipeline'),
    artifactBucket: pattern(read, 'artifact-bucket', /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name', 'artifact-bucket: my-aphex-artifacts'),
    images,
    clusterName: pattern(read, 'cluster-name', /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/, 'an EKS cluster name (1 to 100 characters of letters, digits, _ and -)', 'cluster-name: platform-prod'),
    kubeconfig: read('kubeconfig').trim(),
    kubeContext: read('kube-context').trim(),
    dryRun: bool(read, 'dry-run', false),
    submit: bool(read, 'submit', false),
    workflowParameters: pairs(read, 'workflow-parameters', {
      namePattern: /^[-a-zA-Z0-9_]{1,128}$/,
      nameExpected: 'name=value with name of letters, digits, - and _',
      example: 'workflow-parameters: |\n  image-tag=1.2.3',
    }),
  };
}
