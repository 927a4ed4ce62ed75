/**
 * GitHub's OIDC token endpoint as the runner exposes it (ACTIONS_ID_TOKEN_REQUEST_URL with the
 * bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN, `audience` query parameter), answering
 * {"count": 1, "value": "<JWT>"} with realistic claims. Knobs: claims, token lifetime, failures
 * (plus the shared throttle/5xx/reset/slow faults of server.ts).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { startEmulator, type Emulator, type LoopbackServer, type SandboxRequest, type SandboxResponse } from './server.ts';

export interface OidcOptions {
  /** Claims to set or override (undefined removes one). */
  claims?: Record<string, unknown>;
  /** A job bound to a GitHub environment: sets `environment` and the environment form of `sub`. */
  environment?: string;
  /** Token lifetime (GitHub: 5 minutes). */
  lifetimeSec?: number;
}

export interface ScriptedAnswer {
  status: number;
  body?: string;
  times: number;
}

const PATH = '/00000000-0000-0000-0000-000000000000/_apis/distributedtask/hubs/Actions/plans/7d0f3e0c-3c1b-4b7e-9a7e-0a1b2c3d4e5f/jobs/1c2d3e4f-5a6b-7c8d-9e0f-a1b2c3d4e5f6/idtoken';

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function baseClaims(audience: string, nowSec: number, lifetimeSec: number): Record<string, unknown> {
  return {
    jti: randomUUID(),
    sub: 'repo:acme/shop:ref:refs/heads/main',
    aud: audience,
    ref: 'refs/heads/main',
    sha: '0123456789abcdef0123456789abcdef01234567',
    repository: 'acme/shop',
    repository_owner: 'acme',
    repository_owner_id: '1234567',
    repository_id: '7654321',
    repository_visibility: 'private',
    run_id: '9876543210',
    run_number: '42',
    run_attempt: '1',
    actor: 'octocat',
    actor_id: '583231',
    workflow: 'Deploy',
    workflow_ref: 'acme/shop/.github/workflows/deploy.yml@refs/heads/main',
    workflow_sha: '0123456789abcdef0123456789abcdef01234567',
    job_workflow_ref: 'acme/shop/.github/workflows/deploy.yml@refs/heads/main',
    job_workflow_sha: '0123456789abcdef0123456789abcdef01234567',
    head_ref: '',
    base_ref: '',
    event_name: 'push',
    ref_type: 'branch',
    ref_protected: 'true',
    runner_environment: 'github-hosted',
    iss: 'https://token.actions.githubusercontent.com',
    nbf: nowSec - 5,
    iat: nowSec,
    exp: nowSec + lifetimeSec,
  };
}

export class OidcEmulator implements Emulator {
  /** The bearer the runner would hand the job (a secret). */
  readonly requestToken = `ghs_${randomBytes(24).toString('hex')}`;
  /** Every token handed out (secrets), in order. */
  readonly issued: string[] = [];
  /** Audiences asked for, in order ('' when the query had none). */
  readonly audiences: string[] = [];
  options: OidcOptions;
  private readonly script: ScriptedAnswer[] = [];

  constructor(options: OidcOptions = {}) {
    this.options = options;
  }

  /** Answer the next `times` token requests with this status (e.g. 401, 404, 500). */
  failNext(status: number, times = 1, body = JSON.stringify({ message: `scripted HTTP ${status}` })): void {
    this.script.push({ status, body, times });
  }

  clearScript(): void {
    this.script.length = 0;
  }

  operationOf(req: SandboxRequest): string {
    return req.url.pathname.endsWith('/idtoken') ? 'GetIdToken' : 'unknown';
  }

  faultResponse(kind: 'throttle' | '5xx'): SandboxResponse {
    return kind === 'throttle' ? { status: 429, body: '{"message":"Too many requests"}' } : { status: 503, body: '{"message":"Service unavailable"}' };
  }

  handle(req: SandboxRequest, operation: string): SandboxResponse {
    if (operation !== 'GetIdToken' || req.method !== 'GET') return { status: 404, body: '{"message":"Not found"}' };
    if (req.headers.authorization !== `Bearer ${this.requestToken}`) return { status: 401, body: '{"message":"Unauthorized: invalid bearer token"}' };
    if (req.url.searchParams.get('api-version') !== '2.0') return { status: 400, body: '{"message":"api-version 2.0 required"}' };
    const scripted = this.script.find((s) => s.times > 0);
    if (scripted) {
      scripted.times--;
      return { status: scripted.status, body: scripted.body };
    }
    const audience = req.url.searchParams.get('audience') ?? '';
    this.audiences.push(audience);
    const token = this.mint(audience || 'https://github.com/acme');
    this.issued.push(token);
    return { status: 200, body: JSON.stringify({ count: token.length, value: token }) };
  }

  mint(audience: string): string {
    const now = Math.floor(Date.now() / 1000);
    const o = this.options;
    const claims = baseClaims(audience, now, o.lifetimeSec ?? 300);
    if (o.environment !== undefined) {
      claims.environment = o.environment;
      claims.sub = `repo:acme/shop:environment:${o.environment}`;
    }
    for (const [k, v] of Object.entries(o.claims ?? {})) {
      if (v === undefined) delete claims[k];
      else claims[k] = v;
    }
    const header = { typ: 'JWT', alg: 'RS256', x5t: 'sandbox-key', kid: 'sandbox-key' };
    return `${b64url(header)}.${b64url(claims)}.${randomBytes(64).toString('base64url')}`;
  }
}

export interface OidcSandbox {
  server: LoopbackServer;
  oidc: OidcEmulator;
  /** The runner variables that point the action at this endpoint. */
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
}

export async function startOidc(options: OidcOptions = {}): Promise<OidcSandbox> {
  const oidc = new OidcEmulator(options);
  const server = await startEmulator(oidc);
  return { server, oidc, env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${server.url}${PATH}?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken } };
}
