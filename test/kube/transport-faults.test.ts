/**
 * Transport robustness through the bundled action: an endpoint that is not a Kubernetes API
 * server, and one that never answers (bounded). The Workflow wait under faults is in
 * workflow-wait-faults.test.ts (its own file, so the two slow cases run in parallel).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { runAction } from '../harness/run-action.ts';
import { kubeconfigYaml } from '../sandbox/kube.ts';
import { applyInputs, kubeSandbox, TOKEN, type KubeSandbox } from './fixture.ts';

let sb: KubeSandbox;
beforeAll(async () => {
  sb = await kubeSandbox();
});
afterAll(async () => sb.close());

/** A server on 127.0.0.1 answering every request with `answer` (or never, when undefined). */
async function fakeServer(answer?: { status: number; type: string; body: string }): Promise<{ url: string; requests: number; close(): Promise<void> }> {
  const state = { url: '', requests: 0, close: async () => undefined };
  const server = http.createServer((req, res) => {
    state.requests++;
    if (!answer) return; // accept, read, never answer
    res.writeHead(answer.status, { 'content-type': answer.type });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return state;
}

function oneError(r: Awaited<ReturnType<typeof runAction>>): string {
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+\(/);
  return r.errors[0]?.message ?? '';
}

function kubeconfigFor(url: string, name: string): string {
  writeFileSync(path.join(sb.workspace, name), kubeconfigYaml(url, { token: TOKEN }));
  return name;
}

describe('an endpoint that is not a Kubernetes API server', () => {
  test('200 with an HTML page: said as such (URL, status, content type, first bytes), not "Argo is not installed"', async () => {
    const html = await fakeServer({ status: 200, type: 'text/html; charset=utf-8', body: '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>SSO</body></html>' });
    try {
      const msg = oneError(await runAction({ inputs: applyInputs(sb, { kubeconfig: kubeconfigFor(html.url, 'html.yaml') }), workspace: sb.workspace }));
      expect(msg).toContain(`The endpoint ${html.url}/apis/argoproj.io/v1alpha1`);
      expect(msg).toContain('did not answer like a Kubernetes API server');
      expect(msg).toContain('got 200 text/html; charset=utf-8');
      expect(msg).toContain('"<!DOCTYPE html> <html><head><title>Sign in</title>');
      expect(msg).toContain('not a dashboard');
      expect(msg).not.toContain('Argo Workflows is not installed');
      expect(html.requests).toBe(1);
    } finally {
      await html.close();
    }
  });

  test('JSON that is no discovery document, and a 404 from something that is not Kubernetes', async () => {
    const json = await fakeServer({ status: 200, type: 'application/json', body: '{"status":"ok"}' });
    const notFound = await fakeServer({ status: 404, type: 'text/plain', body: 'Not Found' });
    try {
      const a = oneError(await runAction({ inputs: applyInputs(sb, { kubeconfig: kubeconfigFor(json.url, 'json.yaml') }), workspace: sb.workspace }));
      expect(a).toContain('did not answer like a Kubernetes API server');
      expect(a).toContain('got 200 application/json with a body starting "{"status":"ok"}"');
      const b = oneError(await runAction({ inputs: applyInputs(sb, { kubeconfig: kubeconfigFor(notFound.url, 'nf.yaml') }), workspace: sb.workspace }));
      expect(b).toContain(`The endpoint ${notFound.url}/apis`);
      expect(b).toContain('did not answer like a Kubernetes API server');
    } finally {
      await json.close();
      await notFound.close();
    }
  });

  test('an endpoint that accepts connections and never answers fails within the stated bound (45 s)', async () => {
    const silent = await fakeServer();
    try {
      const r = await runAction({ inputs: applyInputs(sb, { kubeconfig: kubeconfigFor(silent.url, 'silent.yaml') }), workspace: sb.workspace, timeoutMs: 80_000 });
      const msg = oneError(r);
      expect(msg).toContain(`The Kubernetes API at ${silent.url}`);
      expect(msg).toContain('accepted the connection but did not answer discover argoproj.io/v1alpha1');
      expect(msg).toContain('each request may take 15 s and each call 45 s');
      expect(r.durationMs).toBeLessThan(55_000);
      expect(silent.requests).toBeGreaterThanOrEqual(2);
      expect(silent.requests).toBeLessThanOrEqual(4);
    } finally {
      await silent.close();
    }
  }, 90_000);
});
