/**
 * The reusable workflow's "Locate this workflow's own commit" step, run with bash as the runner
 * runs it: from job.workflow_* when the runner provides them, else from the OIDC token claims
 * (served here by a loopback token endpoint), else a clear error.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { workflowFile } from './workflow-files.ts';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const script = (workflowFile('.github/workflows/deploy.yml').doc.jobs.validate?.steps ?? []).find((s) => s.id === 'self')?.run ?? '';

interface Result {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-self-'));
const scriptFile = path.join(dir, 'self.sh');
let server: http.Server;
let baseUrl = '';
let claims: Record<string, unknown> = {};
let status = 200;
const requests: { url: string; authorization: string | undefined }[] = [];

function jwt(payload: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(payload)}.c2lnbmF0dXJl`;
}

/** Runs the step like the runner: bash --noprofile --norc -eo pipefail {0}, bounded in time. */
function runStep(env: Record<string, string>): Promise<Result> {
  const output = path.join(dir, `output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(output, '');
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', GITHUB_OUTPUT: output, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const outputs = Object.fromEntries(
        readFileSync(output, 'utf8')
          .split('\n')
          .filter((l) => l.includes('='))
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
      resolve({ code, stdout, outputs });
    });
  });
}

beforeAll(async () => {
  writeFileSync(scriptFile, script);
  server = http.createServer((req, res) => {
    requests.push({ url: req.url ?? '', authorization: req.headers.authorization });
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(status === 200 ? JSON.stringify({ value: jwt(claims) }) : '{"message":"forbidden"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('locating the commit of deploy.yml', () => {
  test('the step exists and is a bash script', () => {
    expect(script).toContain('GITHUB_OUTPUT');
  });

  test('uses job.workflow_repository and job.workflow_sha when the runner provides them', async () => {
    const r = await runStep({ WORKFLOW_REPOSITORY: 'acme/aphex-pipeline-action', WORKFLOW_SHA: SHA });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ repository: 'acme/aphex-pipeline-action', sha: SHA });
    expect(r.stdout).toContain(`acme/aphex-pipeline-action@${SHA}`);
  });

  test('falls back to the job_workflow_ref and job_workflow_sha claims of the OIDC token', async () => {
    claims = { job_workflow_ref: 'acme/aphex-pipeline-action/.github/workflows/deploy.yml@refs/tags/v1', job_workflow_sha: SHA, sub: 'repo:acme/app:environment:production' };
    status = 200;
    requests.length = 0;
    const r = await runStep({ WORKFLOW_REPOSITORY: '', WORKFLOW_SHA: '', ACTIONS_ID_TOKEN_REQUEST_URL: `${baseUrl}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ repository: 'acme/aphex-pipeline-action', sha: SHA });
    expect(requests).toEqual([{ url: '/token?api-version=2.0&audience=aphex-pipeline-action', authorization: 'bearer request-token' }]);
    // The token is masked before anything else is printed.
    expect(r.stdout).toMatch(/^::add-mask::[\w-]+\.[\w-]+\.[\w-]+$/m);
  });

  test('fails with a clear error when neither the context nor an OIDC token is available', async () => {
    const r = await runStep({ WORKFLOW_REPOSITORY: '', WORKFLOW_SHA: '' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error title=deploy\.yml::Cannot tell which commit of deploy\.yml is running.*%0AGrant the calling job 'permissions: id-token: write'/m);
    expect(r.outputs).toEqual({});
  });

  test('fails with a clear error when the token lacks the claims', async () => {
    claims = { sub: 'repo:acme/app:ref:refs/heads/main' };
    status = 200;
    const r = await runStep({ WORKFLOW_REPOSITORY: '', WORKFLOW_SHA: '', ACTIONS_ID_TOKEN_REQUEST_URL: `${baseUrl}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error title=deploy\.yml::Cannot tell which commit of deploy\.yml is running \(repository '', commit ''\)/m);
    expect(r.outputs).toEqual({});
  });

  test('fails when the token endpoint refuses', async () => {
    status = 403;
    const r = await runStep({ WORKFLOW_REPOSITORY: '', WORKFLOW_SHA: '', ACTIONS_ID_TOKEN_REQUEST_URL: `${baseUrl}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error title=deploy\.yml::The OIDC token request failed.*%0ACheck that the calling job grants 'permissions: id-token: write'/m);
    expect(r.outputs).toEqual({});
  });

  test('refuses a malformed commit from the context', async () => {
    const r = await runStep({ WORKFLOW_REPOSITORY: 'acme/aphex-pipeline-action', WORKFLOW_SHA: 'main' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("commit 'main'");
  });
});
