/**
 * EKS bearer tokens, built exactly like `aws eks get-token`: a presigned STS
 * GetCallerIdentity URL carrying the signed header `x-k8s-aws-id: <cluster>`,
 * X-Amz-Expires=60, encoded as `k8s-aws-v1.` + base64url without padding.
 * The API server accepts such a token for 15 minutes after its X-Amz-Date.
 */
import { createHash, createHmac, type Hash as NodeHash, type Hmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity, SourceData } from '@smithy/types';

export const EKS_TOKEN_PREFIX = 'k8s-aws-v1.';
/** How long the API server accepts a token. */
export const EKS_TOKEN_LIFETIME_MS = 15 * 60_000;
/** Tokens are replaced well before their life ends. */
export const EKS_TOKEN_REFRESH_MS = 10 * 60_000;

/** sha256 / HMAC-sha256 for the signer, from node:crypto. */
class NodeSha256 {
  private readonly h: NodeHash | Hmac;
  constructor(secret?: SourceData) {
    this.h = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: SourceData): void {
    this.h.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.h.digest());
  }
}

function bytes(data: SourceData): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data as ArrayBuffer);
}

/** RFC 3986 query escaping (what SigV4 canonicalises to). */
function escape(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The regional STS endpoint, as `aws eks get-token` uses it. */
export function regionalStsEndpoint(region: string): string {
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://sts.${region}.${suffix}`;
}

/** AWS_ENDPOINT_URL_STS, then AWS_ENDPOINT_URL, then the regional endpoint. */
export function stsEndpointFor(region: string, env: NodeJS.ProcessEnv): string {
  return env.AWS_ENDPOINT_URL_STS?.trim() || env.AWS_ENDPOINT_URL?.trim() || regionalStsEndpoint(region);
}

export interface EksTokenRequest {
  clusterName: string;
  region: string;
  credentials: AwsCredentialIdentity;
  stsEndpoint: string;
  signingDate: Date;
}

export interface EksToken {
  token: string;
  /** The X-Amz-Date the token was signed at. */
  signedAt: Date;
  /** When the API server stops accepting it. */
  expiresAt: Date;
}

export async function eksToken(req: EksTokenRequest): Promise<EksToken> {
  const url = new URL(req.stsEndpoint);
  const signer = new SignatureV4({ service: 'sts', region: req.region, credentials: req.credentials, sha256: NodeSha256 });
  const signed = await signer.presign(
    {
      method: 'GET',
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path: url.pathname || '/',
      query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
      headers: { host: url.host, 'x-k8s-aws-id': req.clusterName },
    },
    { expiresIn: 60, signingDate: req.signingDate },
  );
  const query = Object.entries(signed.query ?? {})
    .flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string').map((x) => `${escape(k)}=${escape(x)}`))
    .join('&');
  const presigned = `${url.protocol}//${url.host}${signed.path}?${query}`;
  const signedAt = new Date(Math.floor(req.signingDate.getTime() / 1000) * 1000);
  return {
    token: EKS_TOKEN_PREFIX + Buffer.from(presigned, 'utf8').toString('base64url'),
    signedAt,
    expiresAt: new Date(signedAt.getTime() + EKS_TOKEN_LIFETIME_MS),
  };
}

/** Decodes a token back to its presigned URL (for checks and tests); undefined when malformed. */
export function decodeEksToken(token: string): URL | undefined {
  if (!token.startsWith(EKS_TOKEN_PREFIX)) return undefined;
  const body = token.slice(EKS_TOKEN_PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) return undefined;
  try {
    return new URL(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

export interface TokenSourceOptions {
  clusterName: string;
  region: string;
  stsEndpoint: string;
  credentials: () => Promise<AwsCredentialIdentity>;
  now?: () => number;
  /** Called with every new token before it is used (to mask it). */
  onToken?: (token: string) => void;
}

/**
 * Hands out a token, replacing it once it is EKS_TOKEN_REFRESH_MS old or when the API
 * server rejected it. A replacement is always signed at a later second than the token it
 * replaces, so it is never the same string.
 */
export class EksTokenSource {
  private current: EksToken | undefined;
  private readonly now: () => number;
  private readonly opts: TokenSourceOptions;

  constructor(opts: TokenSourceOptions) {
    this.opts = opts;
    this.now = opts.now ?? Date.now;
  }

  async token(): Promise<string> {
    const now = this.now();
    if (this.current && now - this.current.signedAt.getTime() < EKS_TOKEN_REFRESH_MS) return this.current.token;
    return this.renew();
  }

  /** The server rejected the current token: sign a new one. */
  async renew(): Promise<string> {
    let at = this.now();
    if (this.current && at < this.current.signedAt.getTime() + 1000) at = this.current.signedAt.getTime() + 1000;
    const credentials = await this.opts.credentials();
    const next = await eksToken({ clusterName: this.opts.clusterName, region: this.opts.region, stsEndpoint: this.opts.stsEndpoint, credentials, signingDate: new Date(at) });
    this.opts.onToken?.(next.token);
    this.current = next;
    return next.token;
  }
}
