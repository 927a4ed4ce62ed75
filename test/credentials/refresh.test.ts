/**
 * Renewal during a long wait, through the bundled action: `await` on a CodePipeline execution
 * that outlives the assumed-role credentials several times over (STS issues 6-second
 * credentials). Every CodePipeline call must be signed with credentials that were still valid.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startCodePipeline } from '../sandbox/codepipeline.ts';
import type { LoopbackServer } from '../sandbox/server.ts';
import { CHAIN_ROLE, credSandbox, type CredSandbox } from './sandbox.ts';

const SHA = '0123456789abcdef0123456789abcdef01234567';
let sb: CredSandbox;
let cp: Awaited<ReturnType<typeof startCodePipeline>>;

beforeAll(async () => {
  sb = await credSandbox();
  cp = await startCodePipeline({
    name: 'shop-pipeline',
    defaultRevision: SHA,
    stages: [
      { name: 'Source', actions: [{ name: 'Source', category: 'Source', durationMs: 200 }] },
      { name: 'Build', actions: [{ name: 'Compile', durationMs: 15_000 }] },
    ],
  });
});
afterAll(async () => {
  await cp.server.close();
  await sb.close();
});

function keyOf(call: LoopbackServer['calls'][number]): string {
  return /Credential=([^/]+)\//.exec(String(call.headers.authorization ?? ''))?.[1] ?? '';
}

describe('credentials renew themselves during a long wait', () => {
  test('await outlives three credential lifetimes: fresh token, assume and chain again, every call signed with valid keys', async () => {
    sb.sts.sts.lifetimeSec = 6;
    const exec = cp.emulator.startExecution();
    const r = await sb.run({
      inputs: { command: 'await', 'pipeline-name': 'shop-pipeline', 'execution-id': exec.id, 'chain-role-to-assume': CHAIN_ROLE, 'export-credentials': 'true' },
      env: { AWS_ENDPOINT_URL_CODEPIPELINE: cp.server.url },
      timeoutMs: 90_000,
    });
    expect(r.errors).toEqual([]);
    expect(r.outputs['execution-status']).toBe('Succeeded');

    const webIdentity = sb.sts.server.callsOf('AssumeRoleWithWebIdentity');
    const chained = sb.sts.server.callsOf('AssumeRole');
    expect(webIdentity.length).toBeGreaterThanOrEqual(3);
    expect(chained).toHaveLength(webIdentity.length);
    // A fresh OIDC token for every renewal.
    expect(sb.oidc.server.calls).toHaveLength(webIdentity.length);
    expect(new Set(webIdentity.map((c) => new URLSearchParams(c.body).get('WebIdentityToken'))).size).toBe(webIdentity.length);

    const issued = new Map(sb.sts.sts.issued.map((k) => [k.accessKeyId, k]));
    const pipelineCalls = cp.server.calls;
    expect(pipelineCalls.length).toBeGreaterThan(3);
    for (const call of pipelineCalls) {
      const key = issued.get(keyOf(call));
      expect(key?.operation).toBe('AssumeRole');
      expect(call.at).toBeLessThan(key!.expiration.getTime());
    }
    expect(new Set(pipelineCalls.map(keyOf)).size).toBeGreaterThanOrEqual(3);

    const last = sb.sts.sts.issued.at(-1)!;
    expect(r.stdout).toContain('AWS credentials renewed: arn:aws:sts::210987654321:assumed-role/env-deployer/');
    expect(r.outputs['credentials-expiration']).toBe(last.expiration.toISOString());
    expect(r.exportedEnv.AWS_ACCESS_KEY_ID).toBe(last.accessKeyId);
    expect(r.exportedEnv.AWS_SESSION_TOKEN).toBe(last.sessionToken);
  });
});
