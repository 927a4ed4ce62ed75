/**
 * aphex-deploy-stack as a program: the stand-in cdk (test/image/fixtures/bin/cdk) on PATH
 * records what it is given; STS is the sandbox's (the pod's IRSA web identity, then AssumeRole
 * of the environment's role, which trusts only the pod's role); CloudFormation's failed events
 * come from an emulator (./aws-fixtures.ts); artifacts from moto's S3.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { spawnSync } from 'node:child_process';
import { MOTO_KEYS, startMoto, type Moto } from '../moto/moto.ts';
import type { LoopbackServer } from '../sandbox/server.ts';
import { startSts, type StsSandbox } from '../sandbox/sts.ts';
import { failedUpdate, podIdentity, POD_ROLE, startCloudFormation, TARGET_ACCOUNT, TARGET_ROLE, type CloudFormationEmulator } from './aws-fixtures.ts';
import { commonArgs, leaks, makeRepo, runImageScript, tempDir } from './harness.ts';

const RUN = '0d7c6b5a-4e3f-4a2b-9c1d-fedcba987654';
const CDK_JSON = JSON.stringify({ app: 'echo "synthesised $(cat ../VERSION) for $APHEX_ENVIRONMENT in $CDK_DEFAULT_ACCOUNT/$CDK_DEFAULT_REGION; lib: $(cat ../node_modules/lib/index.js 2>/dev/null || echo none)"' });
const repo = makeRepo([{ 'VERSION': 'v1\n', 'infra/cdk.json': CDK_JSON, 'infra/README.md': 'x' }, { 'VERSION': 'v2 (HEAD)\n' }]);
const revision = repo.commits[0] as string;
const STACKS = [
  { name: 'Network', path: 'infra' },
  { name: 'Api', path: 'infra' },
  { name: 'Web', path: 'infra' },
];
const UPSTREAM = { dev: { Api: { ApiUrl: 'https://api.dev.example.com' } } };

let sts: StsSandbox;
let cf: { server: LoopbackServer; cfn: CloudFormationEmulator; env: Record<string, string> };
let moto: Moto;
let work: string;

beforeAll(async () => {
  [sts, cf, moto] = await Promise.all([startSts(), startCloudFormation(), startMoto()]);
}, 30_000);
afterAll(async () => {
  await Promise.all([sts?.server.close(), cf?.server.close(), moto?.close()]);
});
beforeEach(() => {
  sts.sts.reset();
  sts.sts.chainTrust[TARGET_ROLE] = { source: POD_ROLE };
  cf.cfn.stacks.clear();
  work = tempDir('deploy-stack');
});

interface CdkCall {
  argv: string[];
  cwd: string;
  env: Record<string, string>;
  document?: { environment: string; stacks: Record<string, Record<string, string>>; upstream: Record<string, unknown> };
  synth: { code: number; stdout: string } | null;
}

function cdkCalls(): CdkCall[] {
  const file = path.join(work, 'cdk.log');
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as CdkCall) : [];
}

interface Deploy {
  stacks?: { name: string; path: string }[];
  scenario?: Record<string, unknown>;
  roleArn?: string;
  upstream?: unknown;
  bucket?: string;
  env?: Record<string, string | undefined>;
}

function deploy(o: Deploy = {}) {
  const scenario = path.join(work, 'scenario.json');
  writeFileSync(scenario, JSON.stringify(o.scenario ?? {}));
  const args = [
    ...commonArgs(repo, revision, { runId: RUN, ...(o.bucket ? { bucket: o.bucket } : {}) }),
    ...['--environment', 'Prod EU', '--region', 'eu-central-1', '--account', TARGET_ACCOUNT, '--role-arn', o.roleArn ?? TARGET_ROLE],
    ...['--stacks', JSON.stringify(o.stacks ?? STACKS), '--outputs-file', path.join(work, 'out', 'stack-outputs.json')],
    ...(o.upstream === undefined ? [] : ['--upstream-outputs', JSON.stringify(o.upstream)]),
  ];
  const env = { ...podIdentity(sts), ...cf.env, AWS_ENDPOINT_URL_S3: moto.url, FAKE_CDK_LOG: path.join(work, 'cdk.log'), FAKE_CDK_SCENARIO: scenario, ...o.env };
  return runImageScript('deploy-stack', args, { env });
}

const outputsFile = (): unknown => JSON.parse(readFileSync(path.join(work, 'out', 'stack-outputs.json'), 'utf8'));

describe('aphex-deploy-stack', () => {
  test('deploys each stack in order with the assumed role, in the account and region, each seeing the outputs before it', async () => {
    const scenario = { Network: { outputs: { VpcId: 'vpc-123', 'Subnet-Ids': 'a,b' } }, Api: { outputs: { ApiUrl: 'https://api.prod.example.com' } } };
    const before = sts.sts.issued.length;
    const r = await deploy({ scenario, upstream: UPSTREAM });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const calls = cdkCalls();
    expect(calls.map((c) => c.argv.slice(0, 6))).toEqual(STACKS.map((s) => ['deploy', s.name, '--exclusively', '--require-approval', 'never', '--outputs-file']));
    expect(calls.every((c) => c.cwd === path.join(r.workspace, 'repo', 'infra'))).toBe(true);
    // Synthesised just in time from the revision's code, not HEAD's.
    expect(calls[0]?.synth?.stdout).toBe('synthesised v1 for Prod EU in 111111111111/eu-central-1; lib: none');
    const assumed = sts.sts.issued.slice(before).filter((k) => k.operation === 'AssumeRole');
    expect(assumed).toHaveLength(3);
    expect(assumed.every((k) => k.arn.startsWith(`arn:aws:sts::${TARGET_ACCOUNT}:assumed-role/shop-deployer/aphex-shop-${RUN}`.slice(0, 64)))).toBe(true);
    for (const [i, c] of calls.entries()) {
      expect(c.env).toMatchObject({ AWS_REGION: 'eu-central-1', AWS_DEFAULT_REGION: 'eu-central-1', CDK_DEFAULT_ACCOUNT: TARGET_ACCOUNT, CDK_DEFAULT_REGION: 'eu-central-1', APHEX_ENVIRONMENT: 'Prod EU', APHEX_REVISION: revision, AWS_ACCESS_KEY_ID: assumed[i]?.accessKeyId });
      expect(c.env.AWS_WEB_IDENTITY_TOKEN_FILE).toBeUndefined();
      expect(c.env.AWS_ROLE_ARN).toBeUndefined();
      expect(c.env.APHEX_UPSTREAM_DEV_API_APIURL).toBe('https://api.dev.example.com');
    }
    expect(calls[0]?.document).toEqual({ environment: 'Prod EU', stacks: {}, upstream: UPSTREAM });
    expect(calls[0]?.env.APHEX_OUTPUT_NETWORK_VPCID).toBeUndefined();
    expect(calls[1]?.env).toMatchObject({ APHEX_OUTPUT_NETWORK_VPCID: 'vpc-123', APHEX_OUTPUT_NETWORK_SUBNET_IDS: 'a,b' });
    expect(calls[2]?.document?.stacks).toEqual({ Network: scenario.Network.outputs, Api: scenario.Api.outputs });
    expect(calls[2]?.env.APHEX_OUTPUT_API_APIURL).toBe('https://api.prod.example.com');
    expect(outputsFile()).toEqual({ Network: scenario.Network.outputs, Api: scenario.Api.outputs, Web: {} });
    expect(r.result?.data.details).toMatchObject({ environment: 'Prod EU', stacks: [{ name: 'Network', outputs: ['VpcId', 'Subnet-Ids'] }, { name: 'Api', outputs: ['ApiUrl'] }, { name: 'Web', outputs: [] }] });
    expect(r.stdout).toContain(`[1/3] deploying Network (infra) to ${TARGET_ACCOUNT}/eu-central-1 as arn:aws:sts::${TARGET_ACCOUNT}:assumed-role/shop-deployer/`);
    expect(leaks(r, sts.sts.secrets().filter((s) => !s.startsWith('ASIA')))).toEqual([]);
  });

  test("without a role, the pod's own credentials (IRSA) go to the CDK CLI; no AssumeRole; older templates without --upstream-outputs", async () => {
    const before = sts.server.callsOf('AssumeRole').length;
    const r = await deploy({ roleArn: '', stacks: [STACKS[0]!] });
    expect(r.code).toBe(0);
    expect(sts.server.callsOf('AssumeRole')).toHaveLength(before);
    const [call] = cdkCalls();
    expect(call?.env).toMatchObject({ AWS_ROLE_ARN: POD_ROLE, AWS_REGION: 'eu-central-1', CDK_DEFAULT_ACCOUNT: TARGET_ACCOUNT });
    expect(call?.env.AWS_WEB_IDENTITY_TOKEN_FILE).toBeTruthy();
    expect(call?.env.AWS_ACCESS_KEY_ID).toBeUndefined();
    expect(call?.document).toEqual({ environment: 'Prod EU', stacks: {}, upstream: {} });
    expect(r.result?.data.message).toMatch(/^Deployed 1 stack of environment 'Prod EU' to 111111111111\/eu-central-1 in [\d.]+ s; outputs in .*stack-outputs\.json\.$/);
  });

  test('a failed stack: exit 1, its failed events of the latest operation first failure first, later stacks not deployed, earlier outputs kept', async () => {
    cf.cfn.stacks.set('Api', failedUpdate('Api'));
    const before = sts.sts.issued.length;
    const r = await deploy({ scenario: { Network: { outputs: { VpcId: 'vpc-123' } }, Api: { fail: 'UPDATE_ROLLBACK_COMPLETE: ApiFunction failed', exitCode: 1 } } });
    expect(r.code).toBe(1);
    expect(cdkCalls().map((c) => c.argv[1])).toEqual(['Network', 'Api']);
    expect(outputsFile()).toEqual({ Network: { VpcId: 'vpc-123' } });
    expect(r.result?.data.details.failed_events).toEqual([
      '2026-01-01T10:00:05.000Z ApiFunction (AWS::Lambda::Function) UPDATE_FAILED: Resource handler returned message: "The runtime parameter of nodejs12.x is no longer supported"',
      '2026-01-01T10:00:06.000Z Table (AWS::DynamoDB::Table) UPDATE_FAILED: Resource update cancelled',
    ]);
    expect(r.stderr).toMatch(/CloudFormation events of Api that failed, first failure first:\n {2}.*ApiFunction.*UPDATE_FAILED.*\n {2}.*Table.*UPDATE_FAILED/);
    expect(r.stderr).not.toContain('an old failure of an earlier operation');
    expect(r.result?.data.message).toMatch(/^Stack Api \(2 of 3\) of environment 'Prod EU' failed to deploy to 111111111111\/eu-central-1 \(cdk exit code 1\)\.\nFirst failure: .*ApiFunction/);
    expect(r.result?.data.details.output_tail).toEqual(expect.arrayContaining([' ❌  Api failed: UPDATE_ROLLBACK_COMPLETE: ApiFunction failed']));
    // DescribeStackEvents was signed with the environment role's credentials, in pages.
    const assumedKeys = sts.sts.issued.slice(before).filter((k) => k.operation === 'AssumeRole').map((k) => k.accessKeyId);
    expect(cf.cfn.signers.length).toBeGreaterThanOrEqual(2);
    expect(cf.cfn.signers.every((k) => assumedKeys.includes(k))).toBe(true);
  });

  test('a stack CloudFormation never created (synthesis failed): exit 1, says so', async () => {
    const r = await deploy({ stacks: [STACKS[0]!], scenario: { Network: { fail: 'Error: bootstrap stack not found', exitCode: 1 } } });
    expect(r.code).toBe(1);
    expect(r.result?.data.details.note).toBe('CloudFormation has no stack Network in eu-central-1: the deployment failed before CloudFormation created it (synthesis, assets, bootstrap or credentials); the CDK output above says why.');
    expect(r.result?.data.details.failed_events).toEqual([]);
  });

  test('a role the pod may not assume (or that does not exist): exit 3 before any deployment, both sides named', async () => {
    // STS answers a role that does not exist as it answers one whose trust policy refuses: AccessDenied.
    sts.sts.chainTrust[`arn:aws:iam::${TARGET_ACCOUNT}:role/no-such-role`] = { source: 'arn:aws:iam::999999999999:role/nobody' };
    const r = await deploy({ roleArn: `arn:aws:iam::${TARGET_ACCOUNT}:role/no-such-role` });
    expect(r.code).toBe(3);
    expect(cdkCalls()).toEqual([]);
    expect(r.result?.data.message).toMatch(new RegExp(`^STS refused to let the pod's IAM role ${POD_ROLE} \\(IRSA\\) assume arn:aws:iam::${TARGET_ACCOUNT}:role/no-such-role for environment 'Prod EU' \\(HTTP 403 AccessDenied: `));
    expect(r.result?.data.hint).toContain(`names ${POD_ROLE} as principal`);
    expect(r.result?.data.hint).toContain("check roleName of environment 'Prod EU' in aphex-config.yaml");
  });

  test('no AWS credentials in the pod: exit 3, says how to give it some', async () => {
    const r = await deploy({ env: { AWS_WEB_IDENTITY_TOKEN_FILE: undefined, AWS_ROLE_ARN: undefined } });
    expect(r.code).toBe(3);
    expect(r.result?.data.message).toMatch(/^No AWS credentials in the pod to assume .*shop-deployer with/);
    expect(r.result?.data.hint).toContain('eks.amazonaws.com/role-arn');
  });

  test('credentials the CDK CLI prints are redacted', async () => {
    const r = await deploy({ stacks: [STACKS[0]!], scenario: { Network: { printSecret: true } } });
    expect(r.code).toBe(0);
    const key = sts.sts.issued.findLast((k) => k.operation === 'AssumeRole');
    expect(r.stdout).toContain(`debug: key *** secret *** token ***`);
    expect(leaks(r, [key!.secretAccessKey, key!.sessionToken, key!.accessKeyId])).toEqual([]);
  });

  test('outputs that make the same variable name set neither; the file has both', async () => {
    const upstream = { dev: { 'A-B': { C: '1' }, A: { B_C: '2' }, Api: { Url: 'u' } } };
    const r = await deploy({ stacks: [STACKS[0]!], upstream });
    expect(r.code).toBe(0);
    const [call] = cdkCalls();
    expect(call?.env.APHEX_UPSTREAM_DEV_A_B_C).toBeUndefined();
    expect(call?.env.APHEX_UPSTREAM_DEV_API_URL).toBe('u');
    expect(call?.document?.upstream).toEqual(upstream);
    expect(r.stderr).toContain('aphex-deploy-stack: warning: APHEX_UPSTREAM_DEV_A_B_C is not set: dev: A-B.C and dev: A.B_C would both have that name; read them from $APHEX_STACK_OUTPUTS_FILE.');
  });

  test("restores the build's artifacts from the bucket before synthesis; missing ones are exit 3", async () => {
    const s3 = new S3Client({ region: 'eu-west-1', endpoint: moto.url, forcePathStyle: true, credentials: { accessKeyId: MOTO_KEYS.AWS_ACCESS_KEY_ID, secretAccessKey: MOTO_KEYS.AWS_SECRET_ACCESS_KEY } });
    await s3.send(new CreateBucketCommand({ Bucket: 'deploy-artifacts', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    const src = tempDir('artifacts-src');
    spawnSync('sh', ['-c', 'mkdir -p node_modules/lib && echo "lib-from-build" > node_modules/lib/index.js && tar -czf a.tgz node_modules'], { cwd: src });
    await s3.send(new PutObjectCommand({ Bucket: 'deploy-artifacts', Key: `shop/${RUN}/build.tar.gz`, Body: readFileSync(path.join(src, 'a.tgz')) }));
    s3.destroy();
    const r = await deploy({ stacks: [STACKS[0]!], bucket: 'deploy-artifacts' });
    expect(r.code).toBe(0);
    expect(cdkCalls()[0]?.synth?.stdout).toContain('lib: lib-from-build');
    expect(r.stdout).toContain(`restoring the build artifacts from s3://deploy-artifacts/shop/${RUN}/build.tar.gz`);
    const missing = await runImageScript('deploy-stack', ['--pipeline', 'other', '--repository', repo.url, '--revision', revision, '--run-id', RUN, '--artifact-bucket', 'deploy-artifacts', '--environment', 'dev', '--region', 'eu-west-1', '--account', TARGET_ACCOUNT, '--role-arn', '', '--stacks', JSON.stringify([STACKS[0]]), '--outputs-file', path.join(work, 'o.json')], { env: { ...podIdentity(sts), AWS_ENDPOINT_URL_S3: moto.url, FAKE_CDK_LOG: path.join(work, 'missing.log') } });
    expect(missing.code).toBe(3);
    expect(missing.result?.data.message).toMatch(/^Could not restore the build artifacts from s3:\/\/deploy-artifacts\/other\/.*\/build\.tar\.gz: S3 GetObject failed \(HTTP 404 NoSuchKey/);
    expect(missing.result?.data.hint).toContain('Re-run the whole Workflow');
  });

  test.each([
    [[{ name: 'App', path: 'missing' }], 'stack App: path "missing" does not exist at this revision.'],
    [[{ name: 'App', path: 'VERSION' }], 'stack App: path "VERSION" is a file; aphex-deploy-stack deploys CDK apps.'],
    [[{ name: 'App', path: '.' }], 'stack App: path "." has no cdk.json, so the CDK CLI cannot tell how to run the app.'],
  ])('a stack path that is no CDK app: exit 1 (%j)', async (stacks, message) => {
    const r = await deploy({ stacks });
    expect(r.code).toBe(1);
    expect(r.result?.data.message).toBe(message);
  });

  test('the CDK CLI missing from the image: exit 3', async () => {
    const r = await deploy({ stacks: [STACKS[0]!], env: { APHEX_CDK: '/nonexistent/cdk' } });
    expect(r.code).toBe(3);
    expect(r.result?.data.message).toBe('The AWS CDK CLI could not run for stack Network: the program was not found (looked for /nonexistent/cdk on PATH).');
  });

  test.each([
    ['--stacks', '[]', '--stacks "[]" is not a JSON list of {"name": …, "path": …}.'],
    ['--stacks', '{"name":"A"}', 'is not a JSON list'],
    ['--upstream-outputs', '{"dev": {"A": {"K": 1}}}', 'is not JSON {"<environment>": {"<Stack>": {"<Key>": "<value>"}}}.'],
    ['--region', 'mars-1', '--region "mars-1" is not an AWS region code.'],
    ['--role-arn', 'shop-deployer', '--role-arn "shop-deployer" is not an IAM role ARN or empty.'],
  ])('malformed %s %s: exit 2', async (flag, value, message) => {
    const args = [...commonArgs(repo, revision), '--environment', 'dev', '--region', 'eu-west-1', '--account', TARGET_ACCOUNT, '--role-arn', '', '--stacks', JSON.stringify([STACKS[0]]), '--outputs-file', path.join(work, 'o.json')];
    const at = args.indexOf(flag);
    if (at >= 0) args[at + 1] = value;
    else args.push(flag, value);
    const r = await runImageScript('deploy-stack', args);
    expect(r.code).toBe(2);
    expect(r.result?.data.message).toContain(message);
  });
});
