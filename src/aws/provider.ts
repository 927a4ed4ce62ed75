/**
 * A credential provider that renews itself before expiry: fresh OIDC token, assume again,
 * chain again. Long waits (CodePipeline, Argo Workflows) keep working without knowing.
 */
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { IssuedCredentials } from './sts.js';

/** Renew this long before expiry: 5 minutes, or a quarter of the lifetime for short sessions. */
export function refreshLeadMs(lifetimeMs: number): number {
  return Math.min(5 * 60_000, Math.max(0, lifetimeMs) / 4);
}

export interface RefreshingOptions {
  now?: () => number;
  onRefreshed?(fresh: IssuedCredentials): void;
  /** A renewal failed but the current credentials are still valid; we try again on the next call. */
  onRefreshFailed?(error: unknown, current: IssuedCredentials): void;
}

export interface RefreshingProvider {
  provider: AwsCredentialIdentityProvider;
  /** The credentials handed out last. */
  current(): IssuedCredentials;
  /** How many times new credentials were issued after the first. */
  refreshes(): number;
}

export function refreshingProvider(first: IssuedCredentials, issue: () => Promise<IssuedCredentials>, options: RefreshingOptions = {}): RefreshingProvider {
  const now = options.now ?? Date.now;
  let current = first;
  let issuedAt = now();
  let count = 0;
  let inFlight: Promise<IssuedCredentials> | undefined;
  /** After a failed renewal, wait a little before the next try (the current ones still work). */
  let notBefore = 0;

  const dueAt = (): number => {
    const expires = current.expiration.getTime();
    return expires - refreshLeadMs(expires - issuedAt);
  };
  const renew = (): Promise<IssuedCredentials> => {
    inFlight ??= issue()
      .then((fresh) => {
        current = fresh;
        issuedAt = now();
        count++;
        options.onRefreshed?.(fresh);
        return fresh;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };
  const provider: AwsCredentialIdentityProvider = async () => {
    const t = now();
    const expired = t >= current.expiration.getTime();
    if (t >= dueAt() && (t >= notBefore || expired)) {
      try {
        await renew();
      } catch (error) {
        const left = current.expiration.getTime() - now();
        if (left <= 0) throw error;
        notBefore = now() + Math.min(30_000, left / 4);
        options.onRefreshFailed?.(error, current);
      }
    }
    return identityOf(current);
  };
  return { provider, current: () => current, refreshes: () => count };
}

export function identityOf(c: IssuedCredentials): AwsCredentialIdentity {
  return { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken, expiration: c.expiration };
}
