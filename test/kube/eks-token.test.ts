import { describe, expect, test } from '@jest/globals';
import { decodeEksToken, EKS_TOKEN_REFRESH_MS, eksToken, EksTokenSource, regionalStsEndpoint, stsEndpointFor } from '../../src/kube/eks-token.js';
import { checkEksToken } from '../sandbox/eks.ts';

const credentials = { accessKeyId: 'AKIAEXAMPLE123', secretAccessKey: 'c2VjcmV0LWtleS1mb3ItdGVzdHM' };
const at = new Date('2026-03-01T12:00:00Z');

describe('EKS token (aws eks get-token format)', () => {
  test('k8s-aws-v1. + base64url without padding of a presigned GetCallerIdentity URL', async () => {
    const { token, expiresAt } = await eksToken({ clusterName: 'prod', region: 'eu-west-1', credentials, stsEndpoint: regionalStsEndpoint('eu-west-1'), signingDate: at });
    expect(token.startsWith('k8s-aws-v1.')).toBe(true);
    expect(token.slice('k8s-aws-v1.'.length)).toMatch(/^[A-Za-z0-9_-]+$/);
    const url = decodeEksToken(token) as URL;
    expect(url.origin).toBe('https://sts.eu-west-1.amazonaws.com');
    expect(url.pathname).toBe('/');
    const q = url.searchParams;
    expect(q.get('Action')).toBe('GetCallerIdentity');
    expect(q.get('Version')).toBe('2011-06-15');
    expect(q.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256');
    expect(q.get('X-Amz-Expires')).toBe('60');
    expect(q.get('X-Amz-SignedHeaders')).toBe('host;x-k8s-aws-id');
    expect(q.get('X-Amz-Credential')).toBe('AKIAEXAMPLE123/20260301/eu-west-1/sts/aws4_request');
    expect(q.get('X-Amz-Date')).toBe('20260301T120000Z');
    expect(q.has('x-k8s-aws-id')).toBe(false);
    expect(expiresAt.toISOString()).toBe('2026-03-01T12:15:00.000Z');
  });

  test('the signature verifies independently (what STS checks), and only for the named cluster', async () => {
    const { token } = await eksToken({ clusterName: 'prod', region: 'eu-west-1', credentials, stsEndpoint: regionalStsEndpoint('eu-west-1'), signingDate: at });
    const check = { region: 'eu-west-1', ...credentials, now: at.getTime() + 60_000 };
    expect(typeof checkEksToken(token, { ...check, clusterName: 'prod' })).toBe('object');
    expect(checkEksToken(token, { ...check, clusterName: 'other' })).toMatch(/signature does not match/);
    expect(checkEksToken(token, { ...check, clusterName: 'prod', now: at.getTime() + 16 * 60_000 })).toMatch(/expired/);
  });

  test('session credentials add X-Amz-Security-Token; the STS endpoint can be overridden', async () => {
    const env = { AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:9999' };
    const { token } = await eksToken({ clusterName: 'c', region: 'us-east-2', credentials: { ...credentials, sessionToken: 'FwoGZ+/token==' }, stsEndpoint: stsEndpointFor('us-east-2', env), signingDate: at });
    const url = decodeEksToken(token) as URL;
    expect(url.origin).toBe('http://127.0.0.1:9999');
    expect(url.searchParams.get('X-Amz-Security-Token')).toBe('FwoGZ+/token==');
    expect(typeof checkEksToken(token, { clusterName: 'c', region: 'us-east-2', ...credentials, now: at.getTime() })).toBe('object');
  });

  test('regional endpoints per partition', () => {
    expect(regionalStsEndpoint('cn-north-1')).toBe('https://sts.cn-north-1.amazonaws.com.cn');
    expect(stsEndpointFor('eu-central-1', {})).toBe('https://sts.eu-central-1.amazonaws.com');
  });

  test('the token source reuses a token for 10 minutes, then signs a new one', async () => {
    let now = at.getTime();
    let fetched = 0;
    const masked: string[] = [];
    const src = new EksTokenSource({
      clusterName: 'prod',
      region: 'eu-west-1',
      stsEndpoint: regionalStsEndpoint('eu-west-1'),
      credentials: async () => (fetched++, credentials),
      now: () => now,
      onToken: (t) => masked.push(t),
    });
    const first = await src.token();
    now += EKS_TOKEN_REFRESH_MS - 1000;
    expect(await src.token()).toBe(first);
    now += 2000;
    const second = await src.token();
    expect(second).not.toBe(first);
    expect(fetched).toBe(2);
    expect(masked).toEqual([first, second]);
    // Well inside the 15-minute life the API server allows.
    expect(EKS_TOKEN_REFRESH_MS).toBeLessThan(15 * 60_000);
  });

  test('after a 401 the replacement differs even within the same second', async () => {
    const src = new EksTokenSource({ clusterName: 'p', region: 'eu-west-1', stsEndpoint: regionalStsEndpoint('eu-west-1'), credentials: async () => credentials, now: () => at.getTime() });
    const a = await src.token();
    const b = await src.renew();
    const c = await src.renew();
    expect(new Set([a, b, c]).size).toBe(3);
  });
});
