/**
 * command: credentials against moto's STS (an AWS emulator written by others): the GitHub OIDC
 * token from the project's sandbox, AssumeRoleWithWebIdentity, chained AssumeRole, ambient
 * credentials. moto is the oracle: the exported credentials must be the ones it issued.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { leaks, runAction, type RunOptions, type RunResult } from '../harness/run-action.ts';
import { startOidc, type OidcSandbox } from '../sandbox/oidc.ts';
import { MOTO_ACCOUNT, MOTO_KEYS, startMoto, type Moto } from './moto.ts';

const ROLE = `arn:aws:iam::${MOTO_ACCOUNT}:role/github-deploy`;
const CHAIN_ROLE = 'arn:aws:iam::210987654321:role/env-deployer';
const SESSION = 'gh-acme-shop-9876543210-1';

let moto: Moto;
let oidc: OidcSandbox;
beforeAll(async () => {
  [moto, oidc] = await Promise.all([startMoto(), startOidc()]);
}, 30_000);
afterAll(async () => {
  await moto?.close();
  await oidc?.server.close();
});

function run(inputs: Record<string, string>, env: RunOptions['env'] = {}): Promise<RunResult> {
  return runAction({ inputs: { command: 'credentials', ...inputs }, env: { ...oidc.env, AWS_ENDPOINT_URL: moto.url, AWS_REGION: 'eu-west-1', ...env } });
}

/** Who moto says the exported credentials are. */
async function callerOf(r: RunResult): Promise<string | undefined> {
  const e = r.exportedEnv;
  const sts = new STSClient({
    region: 'eu-west-1',
    endpoint: moto.url,
    credentials: { accessKeyId: e.AWS_ACCESS_KEY_ID ?? '', secretAccessKey: e.AWS_SECRET_ACCESS_KEY ?? '', sessionToken: e.AWS_SESSION_TOKEN },
  });
  return (await sts.send(new GetCallerIdentityCommand({}))).Arn;
}

function expectExpiresIn(r: RunResult, seconds: number): void {
  const at = Date.parse(r.outputs['credentials-expiration'] ?? '');
  expect(r.outputs['credentials-expiration']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(Math.abs(at - (Date.now() + seconds * 1000))).toBeLessThan(120_000);
}

describe('moto STS', () => {
  test('AssumeRoleWithWebIdentity with the OIDC token: outputs, masked export, and moto knows the credentials', async () => {
    const r = await run({ 'role-to-assume': ROLE, 'role-duration-seconds': '900' });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(oidc.server.calls).not.toHaveLength(0);
    expect(r.outputs['aws-account-id']).toBe(MOTO_ACCOUNT);
    expect(r.outputs['assumed-role-arn']).toBe(`arn:aws:sts::${MOTO_ACCOUNT}:assumed-role/github-deploy/${SESSION}`);
    expectExpiresIn(r, 900);
    expect(Object.keys(r.exportedEnv).sort()).toEqual(['AWS_ACCESS_KEY_ID', 'AWS_DEFAULT_REGION', 'AWS_REGION', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);
    const secret = r.exportedEnv.AWS_SECRET_ACCESS_KEY!;
    const token = r.exportedEnv.AWS_SESSION_TOKEN!;
    expect(r.masks).toEqual(expect.arrayContaining([secret, token, ...oidc.oidc.issued]));
    expect(leaks(r, [secret, token, ...oidc.oidc.issued, oidc.oidc.requestToken])).toEqual([]);
    expect(await callerOf(r)).toBe(r.outputs['assumed-role-arn']);
  });

  test('chain-role-to-assume: AssumeRole with the first credentials, into the other account', async () => {
    const r = await run({ 'role-to-assume': ROLE, 'chain-role-to-assume': CHAIN_ROLE });
    expect(r.errors).toEqual([]);
    expect(r.outputs['aws-account-id']).toBe('210987654321');
    expect(r.outputs['assumed-role-arn']).toBe(`arn:aws:sts::210987654321:assumed-role/env-deployer/${SESSION}`);
    expectExpiresIn(r, 3600);
    expect(r.stdout).toContain(`(chained from arn:aws:sts::${MOTO_ACCOUNT}:assumed-role/github-deploy/${SESSION})`);
    expect(await callerOf(r)).toBe(r.outputs['assumed-role-arn']);
  });

  test('ambient credentials: GetCallerIdentity names the account, nothing but the region is exported', async () => {
    const r = await run({ 'role-to-assume': '' }, MOTO_KEYS);
    expect(r.errors).toEqual([]);
    expect(r.outputs['aws-account-id']).toBe(MOTO_ACCOUNT);
    expect(r.stdout).toContain(`AWS credentials: ambient, arn:aws:sts::${MOTO_ACCOUNT}:user/moto`);
    expect(r.exportedEnv).toEqual({ AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-west-1' });
  });
});
