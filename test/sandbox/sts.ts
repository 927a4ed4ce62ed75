/**
 * AWS STS (query protocol, XML answers): AssumeRoleWithWebIdentity, AssumeRole,
 * GetCallerIdentity, with AWS-shaped errors. Scriptable per test: trust rules, scripted errors,
 * credential lifetime (seconds, so renewal can be tested quickly). Signed calls must use keys it
 * issued (or the configured ambient keys) and are refused once those expire.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { startEmulator, type Emulator, type LoopbackServer, type SandboxRequest, type SandboxResponse } from './server.ts';

export interface StsError {
  code: string;
  message?: string;
  status?: number;
  /** Only this operation; all when absent. */
  operation?: string;
  times?: number;
}

export interface WebIdentityTrust {
  /** StringLike pattern on the token's sub (* and ?). */
  sub?: string;
  /** StringEquals on aud. */
  aud?: string;
}

export interface ChainTrust {
  /** Role ARN (arn:aws:iam::…:role/…) allowed to assume this role. */
  source: string;
  externalId?: string;
}

export interface IssuedKey {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  arn: string;
  operation: string;
}

export interface AmbientKey {
  accessKeyId: string;
  secretAccessKey: string;
  arn: string;
}

const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const DEFAULT_STATUS: Record<string, number> = { AccessDenied: 403, InvalidClientTokenId: 403, InternalFailure: 500, ServiceUnavailable: 503 };
const DEFAULT_MESSAGE: Record<string, string> = {
  AccessDenied: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
  InvalidIdentityToken: "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
  IDPCommunicationError: 'Failed to communicate with the identity provider',
  Throttling: 'Rate exceeded',
  ValidationError: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
  InternalFailure: 'An internal error occurred',
  ServiceUnavailable: 'Service unavailable',
};

export function glob(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(value);
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function rand(alphabet: string, n: number): string {
  const bytes = randomBytes(n);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export class StsEmulator implements Emulator {
  /** Every credential set handed out (their parts are secrets), in order. */
  readonly issued: IssuedKey[] = [];
  /** Overrides the lifetime of issued credentials (default: DurationSeconds). */
  lifetimeSec: number | undefined;
  /** The role's MaxSessionDuration. */
  maxSessionSec = 3600;
  account = '123456789012';
  /** Per role: who may assume it with a web identity. Roles not listed accept any token. */
  readonly trust: Record<string, WebIdentityTrust> = {};
  /** Per role: which role may assume it by chaining. Roles not listed accept any caller. */
  readonly chainTrust: Record<string, ChainTrust> = {};
  /** Keys the SDK's default chain may find (environment variables in tests). */
  readonly ambient: AmbientKey[] = [];
  /** Tokens accepted by AssumeRoleWithWebIdentity; any JWT when unset. */
  validTokens: (() => string[]) | undefined;
  private readonly script: (StsError & { left: number })[] = [];

  /** Forget scripted errors, trust rules and lifetime overrides (issued keys are kept). */
  reset(): void {
    this.script.length = 0;
    this.lifetimeSec = undefined;
    this.maxSessionSec = 3600;
    for (const k of Object.keys(this.trust)) delete this.trust[k];
    for (const k of Object.keys(this.chainTrust)) delete this.chainTrust[k];
  }

  /** Answer the next matching calls with this AWS error. */
  failNext(e: StsError): void {
    this.script.push({ ...e, left: e.times ?? 1 });
  }

  operationOf(req: SandboxRequest): string {
    return new URLSearchParams(req.body).get('Action') ?? 'unknown';
  }

  faultResponse(kind: 'throttle' | '5xx'): SandboxResponse {
    return kind === 'throttle' ? this.error('Throttling') : this.error('ServiceUnavailable');
  }

  error(code: string, message?: string, status?: number): SandboxResponse {
    const type = (status ?? DEFAULT_STATUS[code] ?? 400) >= 500 ? 'Receiver' : 'Sender';
    const body = `<ErrorResponse xmlns="${NS}"><Error><Type>${type}</Type><Code>${code}</Code><Message>${xml(message ?? DEFAULT_MESSAGE[code] ?? code)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`;
    return { status: status ?? DEFAULT_STATUS[code] ?? 400, headers: { 'content-type': 'text/xml' }, body };
  }

  handle(req: SandboxRequest, operation: string): SandboxResponse {
    const p = new URLSearchParams(req.body);
    const scripted = this.script.find((s) => s.left > 0 && (s.operation === undefined || s.operation === operation));
    if (scripted) {
      scripted.left--;
      return this.error(scripted.code, scripted.message, scripted.status);
    }
    if (operation === 'AssumeRoleWithWebIdentity') return this.webIdentity(p);
    const caller = this.caller(req);
    if ('status' in caller) return caller;
    if (operation === 'AssumeRole') return this.assumeRole(p, caller.arn);
    if (operation === 'GetCallerIdentity') {
      return this.ok('GetCallerIdentity', `<Arn>${xml(caller.arn)}</Arn><UserId>AROA${rand('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}</UserId><Account>${caller.arn.split(':')[4]}</Account>`);
    }
    return this.error('InvalidAction', `Could not find operation ${operation} for version 2011-06-15`);
  }

  /** Who signed the request: an issued or ambient key, still valid. */
  private caller(req: SandboxRequest): { arn: string } | SandboxResponse {
    const auth = String(req.headers.authorization ?? '');
    const keyId = /Credential=([^/]+)\//.exec(auth)?.[1];
    if (!keyId) return this.error('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
    const ambient = this.ambient.find((a) => a.accessKeyId === keyId);
    if (ambient) return { arn: ambient.arn };
    const key = this.issued.find((k) => k.accessKeyId === keyId);
    if (!key || req.headers['x-amz-security-token'] !== key.sessionToken) return this.error('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
    if (Date.now() >= key.expiration.getTime()) return this.error('ExpiredToken', 'The security token included in the request is expired', 400);
    return { arn: key.arn };
  }

  private webIdentity(p: URLSearchParams): SandboxResponse {
    const token = p.get('WebIdentityToken') ?? '';
    const claims = this.claims(token);
    if (!claims || (this.validTokens && !this.validTokens().includes(token))) return this.error('InvalidIdentityToken', 'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)');
    if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) {
      return this.error('ExpiredTokenException', `Token expired: current date/time ${Math.floor(Date.now() / 1000)} must be before the expiration date/time ${claims.exp}`);
    }
    const roleArn = p.get('RoleArn') ?? '';
    const rule = this.trust[roleArn];
    if (rule && ((rule.sub !== undefined && !glob(rule.sub, String(claims.sub))) || (rule.aud !== undefined && rule.aud !== claims.aud))) return this.error('AccessDenied');
    const invalid = this.validate(p);
    if (invalid) return invalid;
    const extra = `<SubjectFromWebIdentityToken>${xml(String(claims.sub))}</SubjectFromWebIdentityToken><Audience>${xml(String(claims.aud))}</Audience><Provider>arn:aws:iam::${this.account}:oidc-provider/token.actions.githubusercontent.com</Provider>`;
    return this.grant('AssumeRoleWithWebIdentity', p, extra);
  }

  private assumeRole(p: URLSearchParams, callerArn: string): SandboxResponse {
    const roleArn = p.get('RoleArn') ?? '';
    const rule = this.chainTrust[roleArn];
    const callerRole = callerArn.replace(/^arn:([^:]+):sts::(\d+):assumed-role\/(.+)\/[^/]+$/, 'arn:$1:iam::$2:role/$3');
    if (rule && (rule.source !== callerRole || (rule.externalId !== undefined && rule.externalId !== p.get('ExternalId')))) {
      return this.error('AccessDenied', `User: ${callerArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`);
    }
    if (/:assumed-role\//.test(callerArn) && Number(p.get('DurationSeconds') ?? 3600) > 3600) {
      return this.error('ValidationError', 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
    }
    return this.validate(p) ?? this.grant('AssumeRole', p, '');
  }

  private validate(p: URLSearchParams): SandboxResponse | undefined {
    const duration = Number(p.get('DurationSeconds') ?? 3600);
    if (duration > this.maxSessionSec) return this.error('ValidationError');
    if (!/^[\w+=,.@-]{2,64}$/.test(p.get('RoleSessionName') ?? '')) {
      return this.error('ValidationError', "1 validation error detected: Value at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*");
    }
    if (!/^arn:aws:iam::\d{12}:role\/.+$/.test(p.get('RoleArn') ?? '')) return this.error('ValidationError', 'RoleArn is not a valid ARN');
    return undefined;
  }

  private grant(operation: string, p: URLSearchParams, extra: string): SandboxResponse {
    const roleArn = p.get('RoleArn') ?? '';
    const [, account = this.account] = /^arn:aws:iam::(\d{12}):/.exec(roleArn) ?? [];
    const roleName = roleArn.split('/').pop() ?? 'role';
    const lifetime = this.lifetimeSec ?? Number(p.get('DurationSeconds') ?? 3600);
    const key: IssuedKey = {
      accessKeyId: `ASIA${rand('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `IQoJb3JpZ2luX2Vj${randomBytes(180).toString('base64')}`,
      expiration: new Date(Date.now() + lifetime * 1000),
      arn: `arn:aws:sts::${account}:assumed-role/${roleName}/${p.get('RoleSessionName') ?? ''}`,
      operation,
    };
    this.issued.push(key);
    const creds = `<Credentials><AccessKeyId>${key.accessKeyId}</AccessKeyId><SecretAccessKey>${xml(key.secretAccessKey)}</SecretAccessKey><SessionToken>${xml(key.sessionToken)}</SessionToken><Expiration>${key.expiration.toISOString()}</Expiration></Credentials>`;
    const user = `<AssumedRoleUser><Arn>${xml(key.arn)}</Arn><AssumedRoleId>AROA${rand('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}:${xml(p.get('RoleSessionName') ?? '')}</AssumedRoleId></AssumedRoleUser>`;
    return this.ok(operation, `${creds}${user}${extra}<PackedPolicySize>${p.get('Policy') ? 6 : 0}</PackedPolicySize>`);
  }

  private ok(operation: string, result: string): SandboxResponse {
    return {
      status: 200,
      headers: { 'content-type': 'text/xml' },
      body: `<${operation}Response xmlns="${NS}"><${operation}Result>${result}</${operation}Result><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${operation}Response>`,
    };
  }

  private claims(token: string): Record<string, unknown> | undefined {
    try {
      return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }

  /** Every secret handed out so far (for leak scans). */
  secrets(): string[] {
    return this.issued.flatMap((k) => [k.secretAccessKey, k.sessionToken, k.accessKeyId]);
  }
}

export interface StsSandbox {
  server: LoopbackServer;
  sts: StsEmulator;
  /** Points the SDK at this emulator (standard configuration). */
  env: { AWS_ENDPOINT_URL_STS: string };
}

export async function startSts(): Promise<StsSandbox> {
  const sts = new StsEmulator();
  const server = await startEmulator(sts);
  return { server, sts, env: { AWS_ENDPOINT_URL_STS: server.url } };
}
