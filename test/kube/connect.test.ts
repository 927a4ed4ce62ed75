import { describe, expect, test } from '@jest/globals';
import { missingOwnership } from '../../src/kube/apply.js';
import { chooseKubeconfig } from '../../src/kube/kubeconfig.js';
import { CALL_DEADLINE_MS, KUBE_RETRY, REQUEST_TIMEOUT_MS } from '../../src/kube/transport.js';

describe('kubeconfig choice', () => {
  test('the input (relative to the workspace) wins over KUBECONFIG and ~/.kube/config', () => {
    expect(chooseKubeconfig('ci/kubeconfig', { KUBECONFIG: '/etc/k', HOME: '/home/r' }, '/ws')).toEqual({ files: ['/ws/ci/kubeconfig'], from: "the 'kubeconfig' input" });
  });
  test('KUBECONFIG is a path list', () => {
    expect(chooseKubeconfig('', { KUBECONFIG: '/a/config::/b/config', HOME: '/home/r' }, '/ws')).toEqual({ files: ['/a/config', '/b/config'], from: 'KUBECONFIG' });
  });
  test('else ~/.kube/config', () => {
    expect(chooseKubeconfig('', { HOME: '/home/r' }, '/ws')).toEqual({ files: ['/home/r/.kube/config'], from: '~/.kube/config' });
  });
});

describe('request bounds', () => {
  test('each request 15 s, each call with its retries 45 s, on the shared retry policy', () => {
    expect(KUBE_RETRY).toMatchObject({ attemptTimeoutMs: REQUEST_TIMEOUT_MS, deadlineMs: CALL_DEADLINE_MS });
    expect(REQUEST_TIMEOUT_MS).toBe(15_000);
    expect(CALL_DEADLINE_MS).toBe(45_000);
    expect(KUBE_RETRY.maxAttempts * KUBE_RETRY.maxDelayMs).toBeLessThan(CALL_DEADLINE_MS);
  });
});

describe('ownership', () => {
  const own = { 'app.kubernetes.io/instance': 'shop', 'app.kubernetes.io/managed-by': 'aphex-pipeline-action' };
  test('every ownership label must be present with its value', () => {
    expect(missingOwnership({ metadata: { labels: { ...own, extra: 'x' } } }, own)).toEqual([]);
    expect(missingOwnership({ metadata: { labels: { 'app.kubernetes.io/instance': 'shop' } } }, own)).toEqual(['app.kubernetes.io/managed-by=aphex-pipeline-action']);
    expect(missingOwnership({ metadata: {} }, own)).toHaveLength(2);
  });
});
