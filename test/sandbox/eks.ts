/**
 * Loopback EKS emulator (restJson1): DescribeCluster, `GET /clusters/<name>`, answering with
 * the endpoint of the Kubernetes emulator. Reach it with AWS_ENDPOINT_URL_EKS=<server.url>.
 * Also: an independent check of EKS bearer tokens (what aws-iam-authenticator and STS verify).
 */
import { createHash, createHmac } from 'node:crypto';
import { startEmulator, type Emulator, type LoopbackServer, type SandboxRequest, type SandboxResponse } from './server.ts';

export interface EksCluster {
  name: string;
  endpoint: string;
  /** base64 PEM; a placeholder by default (an http endpoint has no TLS). */
  caData?: string;
  status?: string;
}

const PLACEHOLDER_CA = Buffer.from('-----BEGIN CERTIFICATE-----\nMIIBsandbox\n-----END CERTIFICATE-----\n').toString('base64');

export class EksEmulator implements Emulator {
  readonly clusters = new Map<string, EksCluster>();
  /** Access key ids whose DescribeCluster is denied. */
  readonly denied = new Set<string>();

  addCluster(c: EksCluster): void {
    this.clusters.set(c.name, c);
  }

  operationOf(req: SandboxRequest): string {
    return req.method === 'GET' && /^\/clusters\/[^/]+$/.test(req.url.pathname) ? 'DescribeCluster' : 'unknown';
  }

  faultResponse(kind: 'throttle' | '5xx'): SandboxResponse {
    return kind === 'throttle'
      ? error(429, 'ThrottlingException', 'Rate exceeded')
      : error(500, 'ServerException', 'An internal error occurred.');
  }

  handle(req: SandboxRequest, operation: string): SandboxResponse {
    const auth = String(req.headers.authorization ?? '');
    const akid = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/\d{8}\/[a-z0-9-]+\/eks\/aws4_request,/.exec(auth)?.[1];
    if (!akid) return error(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
    if (operation !== 'DescribeCluster') return error(404, 'ResourceNotFoundException', `No route for ${req.method} ${req.url.pathname}`);
    const name = decodeURIComponent(req.url.pathname.slice('/clusters/'.length));
    if (this.denied.has(akid)) {
      return error(403, 'AccessDeniedException', `User: arn:aws:sts::123456789012:assumed-role/deploy/ci is not authorized to perform: eks:DescribeCluster on resource: arn:aws:eks:eu-west-1:123456789012:cluster/${name}`);
    }
    const c = this.clusters.get(name);
    if (!c) return error(404, 'ResourceNotFoundException', `No cluster found for name: ${name}.`);
    return {
      status: 200,
      body: JSON.stringify({
        cluster: {
          name: c.name,
          arn: `arn:aws:eks:eu-west-1:123456789012:cluster/${c.name}`,
          endpoint: c.endpoint,
          status: c.status ?? 'ACTIVE',
          version: '1.31',
          certificateAuthority: { data: c.caData ?? PLACEHOLDER_CA },
        },
      }),
    };
  }
}

function error(status: number, type: string, message: string): SandboxResponse {
  return { status, headers: { 'x-amzn-errortype': type }, body: JSON.stringify({ message }) };
}

export async function startEks(): Promise<{ server: LoopbackServer; eks: EksEmulator }> {
  const eks = new EksEmulator();
  return { server: await startEmulator(eks), eks };
}

export interface EksTokenCheck {
  clusterName: string;
  region: string;
  /** When given, the signature is verified as STS would. */
  accessKeyId?: string;
  secretAccessKey?: string;
  now?: number;
}

export interface DecodedEksToken {
  url: URL;
  signedAt: Date;
}

function rfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
const hmac = (key: Buffer | string, s: string): Buffer => createHmac('sha256', key).update(s).digest();

/** Returns why an EKS token is not acceptable, or the decoded token. */
export function checkEksToken(token: string, c: EksTokenCheck): DecodedEksToken | string {
  if (!token.startsWith('k8s-aws-v1.')) return 'no k8s-aws-v1. prefix';
  const body = token.slice('k8s-aws-v1.'.length);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) return 'not base64url without padding';
  let url: URL;
  try {
    url = new URL(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return 'not a URL';
  }
  const q = url.searchParams;
  if (q.get('Action') !== 'GetCallerIdentity' || q.get('Version') !== '2011-06-15') return 'not a GetCallerIdentity URL';
  if (q.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') return 'not SigV4';
  if (q.get('X-Amz-Expires') !== '60') return `X-Amz-Expires is ${q.get('X-Amz-Expires')}, not 60`;
  const signed = (q.get('X-Amz-SignedHeaders') ?? '').split(';');
  if (!signed.includes('host') || !signed.includes('x-k8s-aws-id')) return 'x-k8s-aws-id is not a signed header';
  const cred = (q.get('X-Amz-Credential') ?? '').split('/');
  if (cred.length !== 5 || cred[2] !== c.region || cred[3] !== 'sts' || cred[4] !== 'aws4_request') return `bad credential scope ${q.get('X-Amz-Credential')}`;
  const date = q.get('X-Amz-Date') ?? '';
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(date);
  if (!m) return 'bad X-Amz-Date';
  const signedAt = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  const now = c.now ?? Date.now();
  if (now - signedAt.getTime() > 15 * 60_000) return 'token expired (older than 15 minutes)';
  if (signedAt.getTime() - now > 5 * 60_000) return 'token signed in the future';
  if (!/^[0-9a-f]{64}$/.test(q.get('X-Amz-Signature') ?? '')) return 'bad signature format';
  if (c.secretAccessKey !== undefined) {
    if (cred[0] !== c.accessKeyId) return `signed by ${cred[0]}, not ${c.accessKeyId}`;
    const canonicalQuery = [...q.entries()]
      .filter(([k]) => k !== 'X-Amz-Signature')
      .map(([k, v]) => [rfc3986(k), rfc3986(v)] as const)
      .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : 1))
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
    const headers: Record<string, string> = { host: url.host, 'x-k8s-aws-id': c.clusterName };
    const canonicalHeaders = signed.map((h) => `${h}:${headers[h] ?? ''}\n`).join('');
    const canonical = ['GET', url.pathname || '/', canonicalQuery, canonicalHeaders, signed.join(';'), sha256('')].join('\n');
    const scope = cred.slice(1).join('/');
    const toSign = ['AWS4-HMAC-SHA256', date, scope, sha256(canonical)].join('\n');
    const key = hmac(hmac(hmac(hmac(`AWS4${c.secretAccessKey}`, cred[1]!), cred[2]!), 'sts'), 'aws4_request');
    if (hmac(key, toSign).toString('hex') !== q.get('X-Amz-Signature')) return 'signature does not match (wrong cluster name or key)';
  }
  return { url, signedAt };
}
