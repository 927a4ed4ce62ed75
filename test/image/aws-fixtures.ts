/**
 * AWS for the image tests: the pod's IRSA identity (a projected service-account token file and
 * AWS_ROLE_ARN, exchanged at the sandbox's STS), and a CloudFormation emulator answering
 * DescribeStackEvents (query protocol, XML, newest first, paged) from scripted events.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmulator, type Emulator, type LoopbackServer, type SandboxRequest, type SandboxResponse } from '../sandbox/server.ts';
import type { StsSandbox } from '../sandbox/sts.ts';
import { tempDir } from './harness.ts';

export const POD_ROLE = 'arn:aws:iam::123456789012:role/shop-pipeline';
export const TARGET_ACCOUNT = '111111111111';
export const TARGET_ROLE = `arn:aws:iam::${TARGET_ACCOUNT}:role/shop-deployer`;

function b64url(v: unknown): string {
  return Buffer.from(JSON.stringify(v)).toString('base64url');
}

/** A projected service-account token (an unsigned JWT: the sandbox STS reads its claims). */
export function serviceAccountToken(sub = 'system:serviceaccount:argo:shop-pipeline'): string {
  const now = Math.floor(Date.now() / 1000);
  return `${b64url({ alg: 'RS256', kid: 'k1' })}.${b64url({ iss: 'https://oidc.eks.eu-west-1.amazonaws.com/id/ABC', sub, aud: 'sts.amazonaws.com', iat: now, exp: now + 3600 })}.c2lnbmF0dXJl`;
}

/** The environment EKS gives a pod whose service account has an IAM role (IRSA), pointed at the sandbox STS. */
export function podIdentity(sts: StsSandbox, token = serviceAccountToken()): Record<string, string> {
  const file = path.join(tempDir('irsa'), 'token');
  writeFileSync(file, token);
  return { AWS_WEB_IDENTITY_TOKEN_FILE: file, AWS_ROLE_ARN: POD_ROLE, AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-west-1', ...sts.env };
}

export interface ScriptedEvent {
  logicalId: string;
  type: string;
  status: string;
  reason?: string;
}

const NS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';
const PAGE = 3;
const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export class CloudFormationEmulator implements Emulator {
  /** Per stack, events oldest first (the emulator answers newest first). */
  readonly stacks = new Map<string, ScriptedEvent[]>();
  /** Access key ids that signed each call. */
  readonly signers: string[] = [];

  operationOf(req: SandboxRequest): string {
    return new URLSearchParams(req.body).get('Action') ?? 'unknown';
  }

  faultResponse(kind: 'throttle' | '5xx'): SandboxResponse {
    return this.error(kind === 'throttle' ? 'Throttling' : 'InternalFailure', kind === 'throttle' ? 'Rate exceeded' : 'Internal failure', kind === 'throttle' ? 400 : 500);
  }

  private error(code: string, message: string, status = 400): SandboxResponse {
    return { status, headers: { 'content-type': 'text/xml' }, body: `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${xml(message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>` };
  }

  handle(req: SandboxRequest, operation: string): SandboxResponse {
    this.signers.push(/Credential=([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1] ?? '');
    if (operation !== 'DescribeStackEvents') return this.error('InvalidAction', `${operation} is not emulated`);
    const p = new URLSearchParams(req.body);
    const name = p.get('StackName') ?? '';
    const events = this.stacks.get(name);
    if (!events) return this.error('ValidationError', `Stack with id ${name} does not exist`);
    const newestFirst = [...events].reverse();
    const start = Number(p.get('NextToken') ?? '0');
    const page = newestFirst.slice(start, start + PAGE);
    const base = Date.parse('2026-01-01T10:00:00Z');
    const members = page
      .map((e, i) => {
        const at = new Date(base + (events.length - (start + i)) * 1000).toISOString();
        return `<member><EventId>${randomUUID()}</EventId><StackName>${xml(name)}</StackName><StackId>arn:aws:cloudformation:eu-west-1:${TARGET_ACCOUNT}:stack/${xml(name)}/1</StackId><LogicalResourceId>${xml(e.logicalId)}</LogicalResourceId><ResourceType>${xml(e.type)}</ResourceType><Timestamp>${at}</Timestamp><ResourceStatus>${e.status}</ResourceStatus>${e.reason ? `<ResourceStatusReason>${xml(e.reason)}</ResourceStatusReason>` : ''}</member>`;
      })
      .join('');
    const next = start + PAGE < newestFirst.length ? `<NextToken>${start + PAGE}</NextToken>` : '';
    return {
      status: 200,
      headers: { 'content-type': 'text/xml' },
      body: `<DescribeStackEventsResponse xmlns="${NS}"><DescribeStackEventsResult><StackEvents>${members}</StackEvents>${next}</DescribeStackEventsResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></DescribeStackEventsResponse>`,
    };
  }
}

export async function startCloudFormation(): Promise<{ server: LoopbackServer; cfn: CloudFormationEmulator; env: Record<string, string> }> {
  const cfn = new CloudFormationEmulator();
  const server = await startEmulator(cfn);
  return { server, cfn, env: { AWS_ENDPOINT_URL_CLOUDFORMATION: server.url } };
}

/** A failed update: an earlier operation's failure (not shown), then this one's, with consequences. */
export function failedUpdate(stack: string): ScriptedEvent[] {
  const self = (status: string, reason?: string): ScriptedEvent => ({ logicalId: stack, type: 'AWS::CloudFormation::Stack', status, ...(reason ? { reason } : {}) });
  return [
    self('CREATE_IN_PROGRESS', 'User Initiated'),
    { logicalId: 'OldQueue', type: 'AWS::SQS::Queue', status: 'CREATE_FAILED', reason: 'an old failure of an earlier operation' },
    self('UPDATE_IN_PROGRESS', 'User Initiated'),
    { logicalId: 'Table', type: 'AWS::DynamoDB::Table', status: 'UPDATE_IN_PROGRESS' },
    { logicalId: 'ApiFunction', type: 'AWS::Lambda::Function', status: 'UPDATE_FAILED', reason: 'Resource handler returned message: "The runtime parameter of nodejs12.x is no longer supported"' },
    { logicalId: 'Table', type: 'AWS::DynamoDB::Table', status: 'UPDATE_FAILED', reason: 'Resource update cancelled' },
    self('UPDATE_ROLLBACK_IN_PROGRESS', 'The following resource(s) failed to update: [ApiFunction, Table].'),
    self('UPDATE_ROLLBACK_COMPLETE'),
  ];
}
