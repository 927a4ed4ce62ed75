/**
 * aphex-test as a program: the test commands in order in the repository root at the revision,
 * with the environment's stack outputs and the upstream ones available (APHEX_STACK_OUTPUTS_FILE
 * and APHEX_OUTPUT_* / APHEX_UPSTREAM_* variables), in the environment's region with its role's
 * credentials (assumed at the sandbox's STS from the pod's IRSA identity); exit 1 at the first
 * failing command.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startSts, type StsSandbox } from '../sandbox/sts.ts';
import { podIdentity, POD_ROLE, TARGET_ACCOUNT, TARGET_ROLE } from './aws-fixtures.ts';
import { commonArgs, leaks, makeRepo, runImageScript, tempDir } from './harness.ts';

const repo = makeRepo([{ 'tests/smoke.sh': '#!/bin/sh\necho "smoke against $APHEX_OUTPUT_API_APIURL"\n', 'VERSION': 'v1\n' }, { 'VERSION': 'v2\n' }]);
const revision = repo.commits[0] as string;
const STACK_OUTPUTS = { Api: { ApiUrl: 'https://api.staging.example.com', 'Table.Name': 'orders' } };
const UPSTREAM = { 'Prod EU': { Network: { VpcId: 'vpc-9' } } };

let sts: StsSandbox;
let work: string;
beforeAll(async () => {
  sts = await startSts();
});
afterAll(async () => {
  await sts?.server.close();
});
beforeEach(() => {
  sts.sts.reset();
  sts.sts.chainTrust[TARGET_ROLE] = { source: POD_ROLE };
  work = tempDir('test');
});

function runTests(commands: string[], o: { roleArn?: string; stackOutputs?: unknown; upstream?: unknown } = {}) {
  const args = [
    ...commonArgs(repo, revision),
    ...['--environment', 'staging', '--region', 'eu-west-2', '--account', TARGET_ACCOUNT, '--role-arn', o.roleArn ?? TARGET_ROLE, '--commands', JSON.stringify(commands)],
    ...(o.stackOutputs === undefined ? [] : ['--stack-outputs', JSON.stringify(o.stackOutputs)]),
    ...(o.upstream === undefined ? [] : ['--upstream-outputs', JSON.stringify(o.upstream)]),
  ];
  return runImageScript('test', args, { env: podIdentity(sts) });
}

const read = (name: string): string => readFileSync(path.join(work, name), 'utf8').trim();

describe('aphex-test', () => {
  test('runs the commands in order at the revision, with the outputs, the region and the role', async () => {
    const r = await runTests(
      [
        `cat VERSION > ${work}/version`,
        './tests/smoke.sh',
        `cat "$APHEX_STACK_OUTPUTS_FILE" > ${work}/doc.json; echo "$APHEX_OUTPUT_API_TABLE_NAME $APHEX_UPSTREAM_PROD_EU_NETWORK_VPCID $AWS_REGION $AWS_ACCESS_KEY_ID $APHEX_ENVIRONMENT" > ${work}/vars`,
      ],
      { stackOutputs: STACK_OUTPUTS, upstream: UPSTREAM },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read('version')).toBe('v1');
    expect(r.stdout).toContain('smoke against https://api.staging.example.com');
    expect(JSON.parse(read('doc.json'))).toEqual({ environment: 'staging', stacks: STACK_OUTPUTS, upstream: UPSTREAM });
    const key = sts.sts.issued.findLast((k) => k.operation === 'AssumeRole');
    expect(read('vars')).toBe(`orders vpc-9 eu-west-2 ${key?.accessKeyId} staging`);
    expect(r.stdout).toContain(`testing as arn:aws:sts::${TARGET_ACCOUNT}:assumed-role/shop-deployer/`);
    expect(r.result?.data.message).toMatch(/^3 test commands of environment 'staging' passed in [\d.]+ s\.$/);
    expect(leaks(r, [key!.secretAccessKey, key!.sessionToken])).toEqual([]);
  });

  test('stops at the first failing command: exit 1, the deployed stacks stay', async () => {
    const r = await runTests(['true', 'echo "expected 200, got 503" >&2; exit 1', `touch ${work}/ran`], { stackOutputs: STACK_OUTPUTS });
    expect(r.code).toBe(1);
    expect(existsSync(path.join(work, 'ran'))).toBe(false);
    expect(r.result?.data.message).toBe('Test command 2 of 3 failed (exit code 1): echo "expected 200, got 503" >&2; exit 1');
    expect(r.result?.data.details).toMatchObject({ command_index: 2, exit_code: 1, output_tail: ['expected 200, got 503'] });
    expect(r.result?.data.hint).toContain('The deployed stacks stay in place');
  });

  test("older templates pass no outputs: an empty document; without a role the pod's identity", async () => {
    const before = sts.server.callsOf('AssumeRole').length;
    const r = await runTests([`cat "$APHEX_STACK_OUTPUTS_FILE" > ${work}/doc.json; echo "$AWS_ROLE_ARN" > ${work}/role`], { roleArn: '' });
    expect(r.code).toBe(0);
    expect(JSON.parse(read('doc.json'))).toEqual({ environment: 'staging', stacks: {}, upstream: {} });
    expect(read('role')).toBe(POD_ROLE);
    expect(sts.server.callsOf('AssumeRole')).toHaveLength(before);
  });

  test('no test commands: nothing checked out, success', async () => {
    const r = await runTests([]);
    expect(r.code).toBe(0);
    expect(r.result?.data.message).toBe("No test commands for environment 'staging'.");
  });

  test('a role the pod may not assume: exit 3, no command runs', async () => {
    sts.sts.chainTrust[TARGET_ROLE] = { source: 'arn:aws:iam::999999999999:role/nobody' };
    const r = await runTests([`touch ${work}/ran`]);
    expect(r.code).toBe(3);
    expect(existsSync(path.join(work, 'ran'))).toBe(false);
    expect(r.result?.data.message).toContain(`STS refused to let the pod's IAM role ${POD_ROLE} (IRSA) assume ${TARGET_ROLE} for environment 'staging'`);
  });

  test.each([
    ['--commands', '"make test"', 'is not a JSON list of command strings.'],
    ['--stack-outputs', '[1]', 'is not JSON {"<Stack>": {"<Key>": "<value>"}}.'],
  ])('malformed %s: exit 2', async (flag, value, message) => {
    const args = [...commonArgs(repo, revision), '--environment', 'staging', '--region', 'eu-west-2', '--account', TARGET_ACCOUNT, '--role-arn', '', '--commands', '[]'];
    const at = args.indexOf(flag);
    if (at >= 0) args[at + 1] = value;
    else args.push(flag, value);
    const r = await runImageScript('test', args);
    expect(r.code).toBe(2);
    expect(r.result?.data.message).toContain(message);
  });
});
