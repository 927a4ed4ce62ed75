/**
 * Configuration shared by every AWS SDK client: region, credentials, timeouts, retries, proxy.
 * Endpoints come from the SDK itself (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>); the
 * proxy from HTTPS_PROXY / HTTP_PROXY / NO_PROXY through Node's built-in support.
 */
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { BodyKeepingHttpHandler } from './http-handler.js';
import { proxyAgents } from './proxy.js';

export interface ClientTuning {
  /** Per-request socket timeout. Default 15 s. */
  requestTimeoutMs?: number;
  /** TCP connect timeout. Default 5 s. */
  connectionTimeoutMs?: number;
  /**
   * SDK attempts per call. Default 1: the SDK never retries on its own, so that retries do not
   * multiply under the action's own (withRetry for one-off calls, the failure streak of wait
   * loops; see ../retry/index.ts).
   */
  maxAttempts?: number;
}

/** What a client needs from a session (an AwsSession fits). */
export interface ClientSessionLike {
  region: string;
  credentials: AwsCredentialIdentityProvider | undefined;
  /** Environment the proxy settings are read from. Default: process.env. */
  env?: NodeJS.ProcessEnv;
}

export function awsClientConfig(session: ClientSessionLike, tuning: ClientTuning = {}) {
  const { httpAgent, httpsAgent } = proxyAgents(session.env ?? process.env);
  return {
    region: session.region,
    ...(session.credentials ? { credentials: session.credentials } : {}),
    maxAttempts: tuning.maxAttempts ?? 1,
    // Keeps answer bodies so that an answer that is not AWS's can be described (describe-error.ts).
    requestHandler: new BodyKeepingHttpHandler({
      connectionTimeout: tuning.connectionTimeoutMs ?? 5000,
      requestTimeout: tuning.requestTimeoutMs ?? 15000,
      httpAgent,
      httpsAgent,
    }),
  };
}
