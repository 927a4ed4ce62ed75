/**
 * `npm run demo`: the bundled action (dist/index.js), run the way the GitHub runner runs it,
 * against the loopback sandbox — validate → render → credentials (OIDC → STS) → CodePipeline
 * start-and-await → a failed build's log in the job and a retry of its stage → apply + submit on
 * "EKS" → an Argo approval round trip (the Workflow stops at production's approval, later jobs
 * approve production, then production-us) → a failed Workflow with its step's log tail — printing
 * what a user sees in the job log.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, runAction, type RunResult } from '../harness/run-action.ts';
import { CLUSTER, ROLE, startSandbox } from './index.ts';
import { exampleApprovalRun, failingScript } from './kube-sim.ts';
import type { KubeEmulator } from './kube.ts';
import type { ScriptStage } from './codepipeline.ts';

const SHA = '0123456789abcdef0123456789abcdef01234567';

const STAGES: ScriptStage[] = [
  { name: 'Source', actions: [{ name: 'Source', category: 'Source', provider: 'CodeStarSourceConnection', durationMs: 400, namespace: 'SourceVariables', outputVariables: { CommitId: SHA, BranchName: 'main' } }] },
  { name: 'Build', actions: [{ name: 'Synth', category: 'Build', provider: 'CodeBuild', durationMs: 900, summary: 'cdk synth: 2 stacks', externalUrl: 'https://console.aws.amazon.com/codesuite/codebuild/projects/shop/build/1' }] },
  {
    name: 'Deploy',
    actions: [
      { name: 'DeployNetwork', category: 'Deploy', provider: 'CloudFormation', runOrder: 1, durationMs: 800, namespace: 'Network', configuration: { ActionMode: 'CREATE_UPDATE', StackName: 'shop-network' }, outputVariables: { VpcId: 'vpc-0abc1234', PrivateSubnets: 'subnet-1,subnet-2' } },
      { name: 'DeployApi', category: 'Deploy', provider: 'CloudFormation', runOrder: 2, durationMs: 900, namespace: 'Api', configuration: { ActionMode: 'CREATE_UPDATE', StackName: 'shop-api' }, outputVariables: { ApiUrl: 'https://api.shop.example.com', TableName: 'shop-orders' } },
    ],
  },
];

/** The same pipeline with a flaky test action: it fails once (its build log says why), then passes when the stage is retried. */
const FLAKY: ScriptStage[] = STAGES.map((s) =>
  s.name !== 'Build'
    ? s
    : {
        ...s,
        actions: [
          ...s.actions,
          {
            name: 'UnitTests',
            category: 'Test',
            provider: 'CodeBuild',
            runOrder: 2,
            durationMs: 300,
            configuration: { ProjectName: 'shop-tests' },
            fail: { code: 'JobFailed', message: 'Build terminated with state: FAILED' },
            failAttempts: 1,
            buildLog: ['[Container] Running command npm test', 'PASS test/cart.test.ts', 'FAIL test/checkout.test.ts', '  ● checkout › applies the discount', '    connect ETIMEDOUT 10.0.3.17:5432', '[Container] Command did not exit successfully npm test exit status 1'],
          },
        ],
      },
);

const BROKEN_CONFIG = `version: "1.0"
build:
  commands: [npm ci]
environments:
  - name: prod
    region: eu-west-9x
    acount: "123456789012"
    stacks:
      - name: Api
        path: infra/api
`;

function show(title: string, r: RunResult, outputs: string[] = [], expand?: RegExp): void {
  console.log(`\n\x1b[1m━━ ${title}\x1b[0m  (exit ${r.code}, ${Math.round(r.durationMs)} ms)`);
  // As in the job log: a ::group:: shows as one collapsed line.
  let group: { title: string; lines: number } | undefined;
  for (const line of r.stdout.split('\n')) {
    if (line === '' || line.startsWith('::add-mask::') || line.startsWith('::debug::')) continue;
    if (line.startsWith('::group::') && expand?.test(line.slice('::group::'.length))) {
      console.log(`  │ ▾ ${line.slice('::group::'.length)}`);
    } else if (line.startsWith('::group::')) {
      group = { title: line.slice('::group::'.length), lines: 0 };
    } else if (line.startsWith('::endgroup::') && group) {
      console.log(`  │ ▸ ${group.title}  (${group.lines} lines, collapsed)`);
      group = undefined;
    } else if (group) {
      group.lines++;
    } else if (line.startsWith('::stop-commands::') || /^::[0-9a-f]{32}::$/.test(line) || line === '::endgroup::') {
      continue;
    } else {
      console.log(`  │ ${line.length > 160 ? line.slice(0, 157) + '...' : line}`);
    }
  }
  const shown = outputs.length > 0 ? outputs : Object.keys(r.outputs);
  if (shown.length > 0) console.log('  outputs:');
  for (const name of shown) if (r.outputs[name] !== undefined) console.log(`    ${name} = ${r.outputs[name]}`);
}

type Step = (title: string, inputs: Record<string, string>, expectCode?: number, outputs?: string[], expand?: RegExp) => Promise<RunResult>;

/** What aphex-deploy-stack printed before it failed (the Argo step's main container). */
const FAILED_DEPLOY_LOG = [
  'aphex-deploy-stack: environment prod: ShopNetwork, ShopApi in order',
  'ShopNetwork: no changes',
  'ShopApi: deploying (change set aphex-1a2b3c)',
  'ShopApi | 3/9 | CREATE_IN_PROGRESS | AWS::Lambda::Function | OrdersHandler',
  'ShopApi | 4/9 | CREATE_FAILED | AWS::DynamoDB::Table | OrdersTable Resource handler returned message: "Table already exists: shop-orders"',
  'ShopApi | 5/9 | UPDATE_ROLLBACK_IN_PROGRESS | AWS::CloudFormation::Stack | ShopApi The following resource(s) failed to create: [OrdersTable].',
  'ShopApi | 9/9 | UPDATE_ROLLBACK_COMPLETE | AWS::CloudFormation::Stack | ShopApi',
  'aphex-deploy-stack: ShopApi failed (UPDATE_ROLLBACK_COMPLETE); ShopNetwork kept',
];

/** The Workflow stops at production's approval; later jobs approve it, then production-us. */
async function approvalRoundTrip(kube: KubeEmulator, step: Step): Promise<void> {
  kube.script = () => exampleApprovalRun(250);
  const eks = { 'role-to-assume': ROLE, 'cluster-name': CLUSTER };
  const deploy = await step('apply + submit: the Workflow reaches an approval, and the step ends there', { command: 'apply', ...eks, pipeline: 'shop', submit: 'true' }, 0, ['workflow-name', 'workflow-status', 'pending-approval']);
  const name = deploy.outputs['workflow-name'] ?? '';
  const approve = (environment: string, outputs: string[]): Promise<RunResult> =>
    step(`approve ${environment} (a later job, in a GitHub environment with required reviewers)`, { command: 'approve', ...eks, 'workflow-name': name, environment, 'approval-summary': 'Release 1.4 reviewed' }, 0, outputs);
  const first = await approve(deploy.outputs['pending-approval'] || 'production', ['workflow-status', 'pending-approval']);
  await approve(first.outputs['pending-approval'] || 'production-us', ['workflow-status', 'pending-approval', 'stack-outputs']);
}

async function main(): Promise<void> {
  const sandbox = await startSandbox({ name: 'shop-pipeline', stages: STAGES, defaultRevision: SHA });
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'aphex-demo-'));
  copyFileSync(path.join(ROOT, 'examples/aphex-config.yaml'), path.join(workspace, 'aphex-config.yaml'));
  writeFileSync(path.join(workspace, 'broken-config.yaml'), BROKEN_CONFIG);
  console.log('aphex-pipeline demo: dist/index.js against the loopback sandbox');
  for (const [name, url] of Object.entries(sandbox.urls())) console.log(`  ${name.padEnd(28)} ${url}`);
  const env = sandbox.env;
  let failures = 0;
  const step = async (title: string, inputs: Record<string, string>, expectCode = 0, outputs: string[] = [], expand?: RegExp): Promise<RunResult> => {
    const r = await runAction({ inputs, env, workspace, timeoutMs: 120_000 });
    show(title, r, outputs, expand);
    if (r.code !== expectCode) failures++;
    return r;
  };
  try {
    await step('validate aphex-config.yaml', { command: 'validate' });
    await step('validate a broken config (what a pull request annotation shows)', { command: 'validate', config: 'broken-config.yaml' }, 1);
    await step('render the WorkflowTemplate', { command: 'render', pipeline: 'shop', 'template-path': 'shop-template.yaml' });
    await step('credentials: GitHub OIDC token → STS AssumeRoleWithWebIdentity', { command: 'credentials', 'role-to-assume': ROLE });
    await step('start the CodePipeline execution and await it', {
      command: 'start',
      'role-to-assume': ROLE,
      'pipeline-name': 'shop-pipeline',
      variables: 'DEPLOY_ENV=prod',
      'source-revisions': `Source=COMMIT_ID:${SHA}`,
    }, 0, ['execution-id', 'execution-status', 'execution-url', 'stack-outputs', 'ApiUrl', 'VpcId']);
    const flaky = sandbox.codepipeline.emulator.startExecution({ stages: FLAKY, startTime: Date.now() - 2500 });
    const pipeline = { 'role-to-assume': ROLE, 'pipeline-name': 'shop-pipeline' };
    await step('await an execution whose tests failed: the build log comes to the job', { command: 'await', ...pipeline, 'execution-id': flaky.id }, 1, ['execution-status'], /^Build log of /);
    await step('retry the failed stage (only the failed action runs again) and await it', { command: 'retry', ...pipeline }, 0, ['execution-id', 'execution-status', 'ApiUrl']);
    await step('apply the WorkflowTemplate on EKS, submit a Workflow and await it', {
      command: 'apply',
      'role-to-assume': ROLE,
      pipeline: 'shop',
      'cluster-name': CLUSTER,
      submit: 'true',
    }, 0, ['template-name', 'template-digest', 'apply-result', 'workflow-name', 'workflow-status', 'stack-outputs']);
    await step('apply again: nothing changed', { command: 'apply', 'role-to-assume': ROLE, pipeline: 'shop', 'cluster-name': CLUSTER }, 0, ['apply-result']);
    await approvalRoundTrip(sandbox.kube.kube, step);
    sandbox.kube.kube.script = () => failingScript('Error (exit code 1)', 250, FAILED_DEPLOY_LOG);
    const failing = { command: 'apply', 'role-to-assume': ROLE, pipeline: 'shop', 'cluster-name': CLUSTER, submit: 'true' };
    await step("a Workflow that fails: the failed step's log tail comes to the job", failing, 1, ['workflow-name', 'workflow-status'], /^Last \d+ lines of /);
  } finally {
    await sandbox.close();
  }
  console.log(failures === 0 ? '\nDemo finished: every step behaved as expected.' : `\nDemo finished with ${failures} unexpected result(s).`);
  process.exitCode = failures === 0 ? 0 : 1;
}

await main();
