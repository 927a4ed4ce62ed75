/**
 * The GitHub OIDC token, read from the runner's ACTIONS_ID_TOKEN_REQUEST_URL with the bearer
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN. Our own bounded retry: an unreachable endpoint fails in
 * seconds, not minutes.
 */
import { ActionError } from '../errors.js';
import { RetryExhausted, withRetry, type RetryEvent, type RetryPolicy } from '../retry/index.js';
import { checkTokenRequestUrl } from './endpoints.js';
import { httpRequest } from '../util/http-request.js';
import { proxyAgents } from './proxy.js';

export const OIDC_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 400, maxDelayMs: 3000, deadlineMs: 11000, attemptTimeoutMs: 4000 };

export interface OidcEndpoint {
  url: string;
  bearer: string;
}

const PERMISSION_HINT =
  'Grant the job permission to request the token:\n' +
  '  permissions:\n    id-token: write\n    contents: read\n' +
  'Pull requests from forks never receive an OIDC token, whatever the permissions say. ' +
  'To use credentials set up by an earlier step (or a self-hosted runner\'s instance role) instead, leave role-to-assume empty.';

export function oidcEndpoint(env: NodeJS.ProcessEnv): OidcEndpoint {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '';
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '';
  const missing = [url === '' ? 'ACTIONS_ID_TOKEN_REQUEST_URL' : '', bearer === '' ? 'ACTIONS_ID_TOKEN_REQUEST_TOKEN' : ''].filter(Boolean);
  if (missing.length > 0) {
    throw new ActionError(
      `role-to-assume is set but this job cannot request a GitHub OIDC token: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set. The job lacks 'permissions: id-token: write'.`,
      { hint: PERMISSION_HINT, title: 'GitHub OIDC token' },
    );
  }
  checkTokenRequestUrl(url);
  return { url, bearer };
}

/** The runner's URL already has `?api-version=…`; the audience is appended as the toolkit does. */
export function tokenUrl(endpoint: OidcEndpoint, audience: string): URL {
  const sep = endpoint.url.includes('?') ? '&' : '?';
  return new URL(audience === '' ? endpoint.url : `${endpoint.url}${sep}audience=${encodeURIComponent(audience)}`);
}

class TokenHttpError extends Error {
  readonly status: number;
  constructor(status: number, body: string) {
    super(`HTTP ${status}${body.trim() !== '' ? `: ${body.trim().replace(/\s+/g, ' ').slice(0, 200)}` : ''}`);
    this.name = 'TokenHttpError';
    this.status = status;
  }
}

export interface TokenRequestOptions {
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  policy?: RetryPolicy;
  /** Called with the token before anything else sees it (mask it). */
  onToken(token: string): void;
  onRetry?(event: RetryEvent): void;
}

export async function requestIdToken(endpoint: OidcEndpoint, audience: string, options: TokenRequestOptions): Promise<string> {
  const url = tokenUrl(endpoint, audience);
  const headers = { Authorization: `Bearer ${endpoint.bearer}`, Accept: 'application/json', 'User-Agent': 'aphex-pipeline-action' };
  try {
    const answer = await withRetry(
      async ({ timeoutMs }) => {
        const agents = proxyAgents(options.env);
        const agent = url.protocol === 'https:' ? agents.httpsAgent : agents.httpAgent;
        const r = await httpRequest(url, { method: 'GET', headers, agent, timeoutMs, signal: options.signal, maxBodyBytes: 1 << 20 });
        if (r.status !== 200) throw new TokenHttpError(r.status, r.body);
        return r.body;
      },
      { policy: options.policy ?? OIDC_RETRY, onRetry: options.onRetry, signal: options.signal },
    );
    return parseToken(answer, url, options.onToken);
  } catch (e) {
    if (e instanceof ActionError) throw e;
    throw tokenError(e, url);
  }
}

function parseToken(body: string, url: URL, onToken: (token: string) => void): string {
  let value: unknown;
  try {
    value = (JSON.parse(body) as { value?: unknown }).value;
  } catch {
    value = undefined;
  }
  if (typeof value !== 'string' || value.split('.').length !== 3) {
    throw new ActionError(`The GitHub OIDC token endpoint (${url.host}) answered without a token.`, {
      hint: 'Expected JSON {"value": "<JWT>"}. Re-run the job; if it persists, the runner or a proxy in between is rewriting the answer.',
      title: 'GitHub OIDC token',
    });
  }
  onToken(value);
  return value;
}

function tokenError(e: unknown, url: URL): ActionError {
  const last = e instanceof RetryExhausted ? e.last : e;
  const outcome = e instanceof RetryExhausted ? e.outcome : undefined;
  const tries = outcome ? ` (${outcome.attempts} attempt${outcome.attempts === 1 ? '' : 's'} in ${(outcome.elapsedMs / 1000).toFixed(1)} s)` : '';
  const status = last instanceof TokenHttpError ? last.status : undefined;
  if (status === 401 || status === 403) {
    return new ActionError(`The GitHub OIDC token endpoint (${url.host}) refused the request: ${(last as Error).message}.`, {
      hint: "ACTIONS_ID_TOKEN_REQUEST_TOKEN was not accepted. Check that the job has 'permissions: id-token: write' and that no earlier step overwrote ACTIONS_ID_TOKEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN.",
      title: 'GitHub OIDC token',
      cause: last,
    });
  }
  const what = last instanceof Error ? last.message : String(last);
  return new ActionError(`Could not get a GitHub OIDC token from ${url.host}: ${what}${tries}.`, {
    hint:
      status !== undefined && status < 500 && status !== 429 && status !== 408
        ? 'The token endpoint rejected the request; check the audience input and that ACTIONS_ID_TOKEN_REQUEST_URL was not changed by an earlier step.'
        : 'The runner\'s token endpoint did not answer. Check the runner\'s network and proxy settings (HTTPS_PROXY, NO_PROXY), then re-run the job.',
    title: 'GitHub OIDC token',
    retryable: status === undefined || status >= 500,
    cause: last,
  });
}
