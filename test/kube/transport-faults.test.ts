/**
 * Transport robustness through the bundled action: an endpoint that is not a Kubernetes API
 * server, one that never answers (bounded), and a Workflow wait that rides out passing faults
 * but gives up with the real cause when the same failure persists.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { runAction } from '../harness/run-action.ts';
import { kubeconfigYaml, succeedingScript } from '../sandbox/kube.ts';
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

describe('the Workflow wait rides out passing faults', () => {
  test('503, a dropped connection and 503 again while polling: logged once, then recovered; the run succeeds', async () => {
    sb.kube.script = () => succeedingScript([], 1500);
    sb.server.fault({ kind: '5xx', operation: 'watchWorkflows', times: Infinity });
    sb.server.fault({ kind: '5xx', operation: 'getWorkflow', times: 1 });
    sb.server.fault({ kind: 'reset', operation: 'getWorkflow', times: 1 });
    sb.server.fault({ kind: '5xx', operation: 'getWorkflow', times: 1 });
    try {
      const r = await runAction({ inputs: applyInputs(sb, { submit: 'true' }), workspace: sb.workspace });
      expect(r.errors).toEqual([]);
      expect(r.code).toBe(0);
      expect(r.outputs['workflow-status']).toBe('Succeeded');
      const name = r.outputs['workflow-name'] as string;
      const retryLines = r.lines.filter((l) => /Still waiting for Workflow|failed attempts in a row|Recovered after/.test(l));
      expect(retryLines[0]).toMatch(/answered 503 ServiceUnavailable on get workflows .*Still waiting for Workflow shop-\w+; retrying in \d/);
      expect(retryLines.at(-1)).toBe(`Recovered after 3 failed attempts; still waiting for Workflow ${name}.`);
      expect(retryLines.length).toBeLessThanOrEqual(3);
    } finally {
      sb.server.clearFaults();
    }
  }, 60_000);

  test('the same failure past its budget (a quarter of timeout-minutes, at least 30 s): the real cause, before the timeout', async () => {
    sb.kube.script = () => succeedingScript([], 60_000);
    sb.server.fault({ kind: '5xx', operation: 'watchWorkflows', times: Infinity });
    sb.server.fault({ kind: '5xx', operation: 'getWorkflow', times: Infinity });
    try {
      const r = await runAction({ inputs: applyInputs(sb, { submit: 'true', 'timeout-minutes': '1.5' }), workspace: sb.workspace, timeoutMs: 100_000 });
      const msg = oneError(r);
      // The streak is judged at each failed look, so it ends at the first look past the 30 s budget (back-off at most 30 s).
      const over = Number(/failed attempts over (\d+) s/.exec(msg)?.[1]);
      expect(over).toBeGreaterThanOrEqual(30);
      expect(over).toBeLessThan(65);
      expect(msg).toMatch(/Stopped waiting for Workflow shop-\w+ after \d+ failed attempts over \d+ s: the Kubernetes API at .* answered 503 ServiceUnavailable on get workflows .*unable to handle the request\. The Workflow/);
      expect(msg).toContain('The Workflow itself may still be running.');
      expect(msg).toContain('argo watch -n argo');
      expect(r.outputs['workflow-status']).toBe('Running');
      expect(r.durationMs).toBeLessThan(85_000);
      expect(r.lines.filter((l) => /Still waiting for Workflow|failed attempts in a row/.test(l)).length).toBeLessThanOrEqual(6);
    } finally {
      sb.server.clearFaults();
    }
  }, 110_000);
});
