import { describe, expect, test } from '@jest/globals';
import { missingOwnership } from '../../src/kube/apply.js';
import { chooseKubeconfig } from '../../src/kube/kubeconfig.js';
import { MAX_ATTEMPTS, retryDelayMs } from '../../src/kube/transport.js';

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

describe('retry back-off', () => {
  test('doubles from 0.5 s and honours Retry-After up to 5 s', () => {
    expect([1, 2, 3].map((a) => retryDelayMs(a))).toEqual([500, 1000, 2000]);
    expect(retryDelayMs(1, '2')).toBe(2000);
    expect(retryDelayMs(1, '120')).toBe(5000);
    expect(retryDelayMs(1, 'soon')).toBe(500);
    const worst = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => retryDelayMs(i + 1, '120')).reduce((a, b) => a + b, 0);
    expect(worst).toBeLessThanOrEqual(15_000);
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
