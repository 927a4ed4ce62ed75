/**
 * Failures that used to be blamed on the wrong thing: each message must name the real cause.
 * Through the bundled action, against the OIDC and STS emulators.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { credSandbox, type CredSandbox } from './sandbox.ts';

let sb: CredSandbox;
const KNOWN = { accessKeyId: 'AKIAIOSFODNN7KNOWN01', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYKNOWNKEY01', arn: 'arn:aws:iam::444455556666:user/ci' };
const UNKNOWN = { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7UNKNOWN', AWS_SECRET_ACCESS_KEY: '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' };

beforeAll(async () => {
  sb = await credSandbox();
  sb.sts.sts.ambient.push(KNOWN);
});
afterAll(async () => sb.close());
beforeEach(() => {
  sb.oidc.server.calls.length = 0;
  sb.sts.server.calls.length = 0;
  sb.sts.sts.reset();
});

const stsOps = (): string[] => sb.sts.server.calls.map((c) => c.operation);
const NOT_A_DEFECT = /Invalid URL|defect|Unexpected error|\n\s+at .+\(/;

describe("InvalidIdentityToken: AWS could not fetch the identity provider's keys", () => {
  test('is not retried and is put on the identity-provider side, not the network', async () => {
    sb.sts.sts.failNext({ code: 'InvalidIdentityToken', times: 5 });
    const r = await sb.run();
    expect(r.code).toBe(1);
    expect(stsOps()).toEqual(['AssumeRoleWithWebIdentity']);
    expect(r.stdout).not.toContain('retrying');
    expect(r.errors).toHaveLength(1);
    const m = r.errors[0]!.message;
    expect(m).toContain("(HTTP 400 InvalidIdentityToken: Couldn't retrieve verification key from your identity provider");
    expect(m).toContain('AWS could not get the keys that sign the token from the identity provider https://token.actions.githubusercontent.com');
    expect(m).toContain("not the role's trust policy, and not the runner's network");
    expect(m).toContain('its URL must be exactly https://token.actions.githubusercontent.com');
    expect(m).not.toMatch(/HTTPS_PROXY|unavailable, throttling or unreachable/);
  });
});

describe('IDPCommunicationError: STS could not reach the identity provider', () => {
  test('is retried, then put between AWS and the issuer, not on the runner', async () => {
    sb.sts.sts.failNext({ code: 'IDPCommunicationError', times: 5 });
    const r = await sb.run();
    expect(r.code).toBe(1);
    expect(stsOps()).toHaveLength(5);
    const m = r.errors[0]!.message;
    expect(m).toMatch(/after 5 attempts in \d+\.\d s \(HTTP 400 IDPCommunicationError: Failed to communicate with the identity provider; request id [\w-]+\)\./);
    expect(m).toContain("STS could not reach the identity provider https://token.actions.githubusercontent.com to check the token");
    expect(m).toContain("not the runner's network");
    expect(m).not.toContain('HTTPS_PROXY');
  });
});

describe('rejected ambient credentials (role-to-assume empty) are blamed on themselves', () => {
  test('an unknown access key in the environment: InvalidClientTokenId', async () => {
    const r = await sb.run({ inputs: { 'role-to-assume': '' }, env: UNKNOWN });
    expect(r.code).toBe(1);
    expect(stsOps()).toEqual(['GetCallerIdentity']);
    const m = r.errors[0]!.message;
    expect(m).toContain(
      'STS GetCallerIdentity rejected the ambient AWS credentials from the environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (HTTP 403 InvalidClientTokenId: The security token included in the request is invalid; request id ',
    );
    expect(m).toContain('AWS does not know their access key id');
    expect(m).toContain('Fix or remove them where they are set');
    expect(m).not.toMatch(/trust polic|chain-role-to-assume/);
    expect(m).not.toMatch(NOT_A_DEFECT);
  });

  test.each([
    ['SignatureDoesNotMatch', 403, 'The request signature we calculated does not match the signature you provided.', 'does not belong to the access key id'],
    ['ExpiredToken', 400, 'The security token included in the request is expired', 'temporary credentials that have expired'],
  ])('%s from credentials in the environment', async (code, status, awsMessage, why) => {
    sb.sts.sts.failNext({ code, status, message: awsMessage, operation: 'GetCallerIdentity' });
    const r = await sb.run({ inputs: { 'role-to-assume': '' }, env: { AWS_ACCESS_KEY_ID: KNOWN.accessKeyId, AWS_SECRET_ACCESS_KEY: KNOWN.secretAccessKey, AWS_SESSION_TOKEN: 'ambient-session-token-0001' } });
    expect(r.code).toBe(1);
    expect(stsOps()).toEqual(['GetCallerIdentity']);
    const m = r.errors[0]!.message;
    expect(m).toContain(`rejected the ambient AWS credentials from the environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (with AWS_SESSION_TOKEN) (HTTP ${status} ${code}: ${awsMessage.replace(/\.$/, '')}; request id `);
    expect(m).toContain(why);
    expect(m).not.toMatch(/trust polic|role-duration-seconds/);
  });

  test('credentials from a profile name the profile and its files', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-aws-profile-'));
    const file = path.join(dir, 'credentials');
    writeFileSync(file, `[ci]\naws_access_key_id = ${UNKNOWN.AWS_ACCESS_KEY_ID}\naws_secret_access_key = ${UNKNOWN.AWS_SECRET_ACCESS_KEY}\n`);
    const r = await sb.run({ inputs: { 'role-to-assume': '' }, env: { AWS_PROFILE: 'ci', AWS_SHARED_CREDENTIALS_FILE: file } });
    expect(r.code).toBe(1);
    expect(r.errors[0]!.message).toContain(`rejected the ambient AWS credentials from profile 'ci' of the shared AWS config files (${file}, /nonexistent/aws-config) (HTTP 403 InvalidClientTokenId`);
  });
});

describe('URL variables are checked before anything is called', () => {
  test.each([
    ['AWS_ENDPOINT_URL_STS', 'https://sts.eu-west-1.amazonaws.com'],
    ['AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_STS=https://sts.eu-west-1.amazonaws.com'],
    ['AWS_ENDPOINT_URL_CODEPIPELINE', 'https://codepipeline.eu-west-1.amazonaws.com'],
    ['AWS_ENDPOINT_URL_EKS', 'https://eks.eu-west-1.amazonaws.com'],
  ])('%s=not a url', async (name, example) => {
    const r = await sb.run({ env: { [name]: 'not a url' } });
    expect(r.code).toBe(1);
    expect(sb.oidc.server.calls).toHaveLength(0);
    expect(stsOps()).toHaveLength(0);
    expect(r.errors).toHaveLength(1);
    const m = r.errors[0]!.message;
    expect(m).toContain(`The environment variable ${name} is not an http(s) URL: 'not a url'.`);
    expect(m).toContain(`for example ${example}`);
    expect(m).not.toMatch(NOT_A_DEFECT);
  });

  test('ACTIONS_ID_TOKEN_REQUEST_URL=not a url', async () => {
    const r = await sb.run({ env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'not a url' } });
    expect(r.code).toBe(1);
    expect(stsOps()).toHaveLength(0);
    const m = r.errors[0]!.message;
    expect(m).toContain("The environment variable ACTIONS_ID_TOKEN_REQUEST_URL is not an http(s) URL: 'not a url'. The GitHub OIDC token cannot be requested.");
    expect(m).toContain('for example https://pipelines.actions.githubusercontent.com/');
    expect(m).toContain('overwrote it');
    expect(m).not.toMatch(NOT_A_DEFECT);
  });
});
