/**
 * Configuration shared by every AWS SDK client: region, credentials, timeouts, retries, proxy.
 * Endpoints come from the SDK itself (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>).
 */
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsSession } from './session.js';

export interface ClientTuning {
  /** Per-request socket timeout. Default 15 s. */
  requestTimeoutMs?: number;
  /** TCP connect timeout. Default 5 s. */
  connectionTimeoutMs?: number;
  /** SDK attempts per call (1 = no SDK retry). Default 4. */
  maxAttempts?: number;
}

export function awsClientConfig(session: AwsSession, tuning: ClientTuning = {}) {
  return {
    region: session.region,
    ...(session.credentials ? { credentials: session.credentials } : {}),
    maxAttempts: tuning.maxAttempts ?? 4,
    requestHandler: new NodeHttpHandler({
      connectionTimeout: tuning.connectionTimeoutMs ?? 5000,
      requestTimeout: tuning.requestTimeoutMs ?? 15000,
    }),
  };
}
