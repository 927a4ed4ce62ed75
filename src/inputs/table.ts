/**
 * Which command reads which input, in one place. A command parses and checks only the inputs it
 * reads; an input it does not read, or that has no effect with the other inputs given, is not
 * checked but reported as a warning when it is set to something other than its default.
 *
 * Policy: "has no effect" is always a warning, never an error: the step then does exactly what
 * the inputs that matter say, and a `with:` block shared by several commands (as the reusable
 * workflow has) keeps working. Errors are for values that are invalid or missing.
 */
import type { HiddenPolicy } from '../util/hidden-chars.js';
import type { Settings } from './index.js';

export const COMMANDS = ['credentials', 'start', 'await', 'approve', 'stop', 'retry', 'rollback', 'status', 'event', 'update-pipeline', 'validate', 'render', 'apply', 'delete'] as const;
export type Command = (typeof COMMANDS)[number];

/** Commands that call AWS, GitHub or a cluster (and so go through the proxy settings). */
export const NETWORK_COMMANDS: readonly Command[] = ['credentials', 'start', 'await', 'approve', 'stop', 'retry', 'rollback', 'status', 'update-pipeline', 'apply', 'delete'];

export interface InputSpec {
  name: string;
  /** The action.yml default ('' for none); a value equal to it is not reported as having no effect. */
  default: string;
  /** Commands that read the input. */
  commands: readonly Command[];
  /** Commands that fail without it. */
  required?: readonly Command[];
  /**
   * Why the input has no effect with the inputs parsed so far, or undefined when it has one.
   * Reads only inputs listed before it in INPUTS.
   */
  idle?: (s: Settings) => string | undefined;
  /** Why a command that does not read the input does not need it (instead of listing who reads it). */
  unread?: Partial<Record<Command, string>>;
  /** Hidden characters the value may hold (default: none). */
  hidden?: HiddenPolicy;
  /** Never shown in a message. */
  secret?: boolean;
  /** An example line for messages: `pipeline-name: my-app-pipeline`. */
  example: string;
}

const AWS: readonly Command[] = ['credentials', 'start', 'await', 'approve', 'stop', 'retry', 'rollback', 'status', 'update-pipeline', 'apply', 'delete'];
const PIPELINE: readonly Command[] = ['start', 'await', 'approve', 'stop', 'retry', 'rollback', 'status', 'update-pipeline'];
const CONFIG: readonly Command[] = ['validate', 'render', 'apply'];
/** Commands that talk to a Kubernetes cluster (await and approve only with workflow-name). */
const CLUSTER: readonly Command[] = ['apply', 'await', 'approve', 'delete'];

/** validate checks either a pipeline declaration or aphex-config, never both. */
const noConfig = (s: Settings): string | undefined => (s.command === 'validate' && s.pipelineDefinition !== '' ? 'pipeline-definition is set, so validate checks that pipeline declaration, not aphex-config' : undefined);
/** await and approve follow an Argo Workflow when workflow-name is set, else a CodePipeline execution. */
const argoPath = (s: Settings): boolean => s.workflowName !== '' && (s.command === 'await' || s.command === 'approve');
const noCluster = (s: Settings): string | undefined => ((s.command === 'await' || s.command === 'approve') && s.workflowName === '' ? `workflow-name is empty, so ${s.command} works on a CodePipeline execution and no cluster` : undefined);
const onArgo = (s: Settings): string | undefined => (argoPath(s) ? `workflow-name is set, so ${s.command} works on that Argo Workflow and no CodePipeline` : undefined);
const noEks = (s: Settings): string | undefined => ((s.command === 'apply' || s.command === 'delete' || argoPath(s)) && s.clusterName === '' ? `cluster-name is empty, and ${s.command} uses AWS only to reach an EKS cluster` : undefined);
const noRole = (s: Settings): string | undefined => noEks(s) ?? (s.roleToAssume === '' ? 'role-to-assume is empty, so no role is assumed (the ambient credentials are used as they are)' : undefined);
const noWorkflow = (s: Settings): string | undefined => {
  if (s.command !== 'apply') return undefined;
  if (s.dryRun) return 'dry-run is true, and a dry run submits no Workflow';
  return s.submit ? undefined : 'submit is false, so no Workflow is submitted';
};
const noWait = (s: Settings): string | undefined => noWorkflow(s) ?? (s.wait ? undefined : 'wait is false, so nothing is awaited');

/** Every input of action.yml, deciding inputs first (see `idle`). */
export const INPUTS: readonly InputSpec[] = [
  { name: 'command', default: '', commands: [...COMMANDS], required: [...COMMANDS], example: 'command: start' },
  { name: 'workflow-name', default: '', commands: ['await', 'approve'], example: 'workflow-name: ${{ needs.deploy.outputs.workflow-name }}' },
  { name: 'pipeline-definition', default: '', commands: ['validate', 'update-pipeline'], required: ['update-pipeline'], example: 'pipeline-definition: deploy/pipeline.json' },
  { name: 'cluster-name', default: '', commands: CLUSTER, idle: noCluster, example: 'cluster-name: platform-prod' },
  { name: 'kubeconfig', default: '', commands: CLUSTER, idle: (s) => noCluster(s) ?? (s.clusterName !== '' ? 'cluster-name is set, so the action connects to that EKS cluster and reads no kubeconfig' : undefined), example: 'kubeconfig: .kube/config' },
  { name: 'kube-context', default: '', commands: CLUSTER, idle: (s) => noCluster(s) ?? (s.clusterName !== '' ? 'cluster-name is set, so the action connects to that EKS cluster and reads no kubeconfig' : undefined), example: 'kube-context: staging' },
  { name: 'dry-run', default: 'false', commands: ['apply', 'update-pipeline', 'delete'], example: 'dry-run: true' },
  { name: 'submit', default: 'false', commands: ['apply'], example: 'submit: true' },
  { name: 'wait', default: 'true', commands: ['start', 'approve', 'apply'], idle: (s) => (s.command === 'approve' ? noCluster(s) : noWorkflow(s)), example: 'wait: true' },
  { name: 'role-to-assume', default: '', commands: AWS, idle: noEks, example: 'role-to-assume: arn:aws:iam::123456789012:role/github-deploy' },
  { name: 'aws-region', default: '', commands: AWS, idle: noEks, example: 'aws-region: eu-west-1' },
  { name: 'chain-role-to-assume', default: '', commands: AWS, idle: noRole, example: 'chain-role-to-assume: arn:aws:iam::210987654321:role/deployer' },
  { name: 'chain-role-external-id', default: '', commands: AWS, idle: (s) => noRole(s) ?? (s.chainRoleToAssume === '' ? 'chain-role-to-assume is empty, so no second role is assumed' : undefined), example: 'chain-role-external-id: my-external-id' },
  { name: 'role-session-name', default: '', commands: AWS, idle: noRole, example: 'role-session-name: deploy-main' },
  { name: 'role-duration-seconds', default: '3600', commands: AWS, idle: noRole, example: 'role-duration-seconds: 3600' },
  { name: 'audience', default: 'sts.amazonaws.com', commands: AWS, idle: noRole, example: 'audience: sts.amazonaws.com' },
  { name: 'session-policy', default: '', commands: AWS, idle: noRole, hidden: 'text', example: 'session-policy: {"Version":"2012-10-17","Statement":[...]}' },
  { name: 'export-credentials', default: 'false', commands: ['start', 'await', 'approve', 'stop', 'retry', 'rollback', 'status', 'update-pipeline', 'apply', 'delete'], idle: noEks, unread: { credentials: 'command credentials always exports them' }, example: 'export-credentials: true' },
  { name: 'pipeline-name', default: '', commands: [...PIPELINE, 'event'], required: PIPELINE, idle: onArgo, example: 'pipeline-name: my-app-pipeline' },
  { name: 'execution-id', default: '', commands: ['await', 'approve', 'stop', 'retry', 'status'], idle: onArgo, example: 'execution-id: 2b5a3b8e-4a1c-4a53-9c0e-1f2d3c4b5a69' },
  { name: 'commit-sha', default: '', commands: ['await', 'apply'], idle: (s) => noWorkflow(s) ?? onArgo(s) ?? (s.command === 'await' && s.executionId !== '' ? 'execution-id is set, so no execution is looked up by commit' : undefined), example: 'commit-sha: ${{ github.sha }}' },
  { name: 'variables', default: '', commands: ['start'], hidden: 'text', example: 'variables: |\n  DEPLOY_ENV=prod' },
  { name: 'source-revisions', default: '', commands: ['start'], hidden: 'text', example: 'source-revisions: Source=COMMIT_ID:${{ github.sha }}' },
  { name: 'client-request-token', default: '', commands: ['start'], example: 'client-request-token: release-1-2-3' },
  { name: 'timeout-minutes', default: '60', commands: ['start', 'await', 'approve', 'retry', 'rollback', 'apply'], idle: (s) => (s.command === 'start' || s.command === 'apply' ? noWait(s) : undefined), example: 'timeout-minutes: 60' },
  { name: 'follow-superseded', default: 'true', commands: ['start', 'await', 'retry', 'rollback'], idle: (s) => (s.command === 'start' ? noWait(s) : onArgo(s)), example: 'follow-superseded: true' },
  { name: 'stop-on-cancel', default: 'true', commands: ['start', 'await', 'approve', 'retry', 'rollback', 'apply'], idle: (s) => (s.command === 'start' ? noWait(s) : s.command === 'approve' ? (noCluster(s) ?? (s.wait ? undefined : 'wait is false, so nothing is awaited')) : noWorkflow(s)), example: 'stop-on-cancel: true' },
  { name: 'abandon', default: 'false', commands: ['stop'], example: 'abandon: true' },
  { name: 'retry-mode', default: 'FAILED_ACTIONS', commands: ['retry'], example: 'retry-mode: ALL_ACTIONS' },
  { name: 'stage-name', default: '', commands: ['rollback', 'event'], required: ['rollback'], example: 'stage-name: Deploy' },
  { name: 'target-execution-id', default: '', commands: ['rollback'], example: 'target-execution-id: 2b5a3b8e-4a1c-4a53-9c0e-1f2d3c4b5a69' },
  { name: 'action-name', default: '', commands: ['event'], example: 'action-name: DeployApi' },
  { name: 'states', default: '', commands: ['event'], hidden: 'text', example: 'states: |\n  SUCCEEDED\n  FAILED' },
  { name: 'approval-stage', default: '', commands: ['approve'], required: ['approve'], idle: onArgo, example: 'approval-stage: Approve' },
  { name: 'approval-action', default: '', commands: ['approve'], required: ['approve'], idle: onArgo, example: 'approval-action: ManualApproval' },
  { name: 'approval-result', default: 'Approved', commands: ['approve'], example: 'approval-result: Rejected' },
  { name: 'approval-summary', default: '', commands: ['approve'], hidden: 'text', example: 'approval-summary: Approved from GitHub' },
  { name: 'config', default: 'aphex-config.yaml', commands: CONFIG, idle: noConfig, example: 'config: deploy/aphex-config.yaml' },
  { name: 'pipeline', default: '', commands: [...CONFIG, 'delete'], idle: noConfig, example: 'pipeline: my-app' },
  { name: 'namespace', default: 'argo', commands: [...CONFIG, 'await', 'approve', 'delete'], idle: (s) => noConfig(s) ?? noCluster(s), example: 'namespace: argo' },
  { name: 'template-path', default: '', commands: ['render', 'apply'], example: 'template-path: build/workflow-template.yaml' },
  { name: 'service-account', default: '', commands: CONFIG, idle: noConfig, example: 'service-account: aphex-pipeline' },
  { name: 'artifact-bucket', default: '', commands: CONFIG, idle: noConfig, example: 'artifact-bucket: my-aphex-artifacts' },
  { name: 'images', default: '', commands: CONFIG, idle: noConfig, hidden: 'text', example: 'images: |\n  all=ghcr.io/acme/aphex-runner:1.4.2' },
  { name: 'workflow-parameters', default: '', commands: ['apply'], idle: noWorkflow, hidden: 'text', example: 'workflow-parameters: |\n  image-tag=1.2.3' },
  { name: 'github-token', default: '', commands: ['start', 'await'], idle: onArgo, secret: true, example: 'github-token: ${{ github.token }}' },
  {
    name: 'environment',
    default: '',
    commands: ['start', 'await', 'approve'],
    idle: (s) => (s.command === 'approve' ? (argoPath(s) ? undefined : 'workflow-name is empty, and a CodePipeline approval is named by approval-stage and approval-action') : (onArgo(s) ?? (s.githubToken === '' ? 'github-token is empty, so no GitHub Deployment is recorded' : undefined))),
    example: 'environment: production',
  },
];

export const INPUT = new Map(INPUTS.map((spec) => [spec.name, spec]));

/** Whether a raw value differs from the input's default (booleans compared case-insensitively, numbers by value). */
export function differsFromDefault(spec: InputSpec, raw: string): boolean {
  if (raw === '' || raw === spec.default) return false;
  if (/^(true|false)$/.test(spec.default)) return raw.toLowerCase() !== spec.default;
  return !(/^\d+(\.\d+)?$/.test(spec.default) && Number(raw) === Number(spec.default));
}

/** The warning for an input that is set but has no effect. */
export function noEffect(spec: InputSpec, command: Command, idleReason?: string): string {
  if (idleReason !== undefined) return `Input '${spec.name}' has no effect: ${idleReason}.`;
  const readers = spec.commands.length === 1 ? `only command ${spec.commands[0]} reads it` : `only commands ${spec.commands.join(', ')} read it`;
  return `Input '${spec.name}' has no effect with command '${command}': ${spec.unread?.[command] ?? readers}.`;
}
