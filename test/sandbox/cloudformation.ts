/**
 * Loopback CloudFormation emulator: DescribeStackEvents only, in CloudFormation's awsQuery
 * protocol (form-encoded `Action=DescribeStackEvents&Version=2010-05-15&StackName=…`, an XML
 * DescribeStackEventsResponse with StackEvents/member: EventId, StackId, StackName,
 * LogicalResourceId, PhysicalResourceId, ResourceType, Timestamp, ResourceStatus,
 * ResourceStatusReason, newest first, and NextToken), errors as an XML ErrorResponse
 * (AccessDenied with HTTP 403, ValidationError for a stack that does not exist), as the
 * CloudFormation API reference documents them. Reach it with AWS_ENDPOINT_URL_CLOUDFORMATION.
 */
import { startEmulator, type Emulator, type LoopbackServer, type SandboxRequest, type SandboxResponse } from './server.ts';

export interface StackEventRecord {
  resource: string;
  type: string;
  status: string;
  reason?: string;
  at: number;
}

const NS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';
const XML = { 'content-type': 'text/xml' };
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function xmlError(status: number, code: string, message: string): SandboxResponse {
  return { status, headers: XML, body: `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${esc(message)}</Message></Error><RequestId>cfn-0001</RequestId></ErrorResponse>` };
}

export class CloudFormationEmulator implements Emulator {
  readonly deny = new Set<string>();
  /** Events of the stack, any order (answered newest first); undefined for a stack that does not exist. */
  resolve: (stack: string) => StackEventRecord[] | undefined = () => undefined;
  pageSize = 100;

  operationOf(req: SandboxRequest): string {
    return new URLSearchParams(req.body).get('Action') ?? 'unknown';
  }

  faultResponse(kind: 'throttle' | '5xx'): SandboxResponse {
    return kind === 'throttle' ? xmlError(400, 'Throttling', 'Rate exceeded') : xmlError(503, 'ServiceUnavailable', 'Service unavailable');
  }

  handle(req: SandboxRequest, operation: string): SandboxResponse {
    const form = new URLSearchParams(req.body);
    if (this.deny.has(operation)) return xmlError(403, 'AccessDenied', `User: arn:aws:sts::123456789012:assumed-role/deployer/gh is not authorized to perform: cloudformation:${operation}`);
    if (operation !== 'DescribeStackEvents') return xmlError(400, 'InvalidAction', `Unknown action ${operation}`);
    const stack = form.get('StackName') ?? '';
    const events = this.resolve(stack);
    if (!events) return xmlError(400, 'ValidationError', `Stack with id ${stack} does not exist`);
    const sorted = [...events].sort((a, b) => b.at - a.at);
    const from = Number(form.get('NextToken') ?? 0);
    const page = sorted.slice(from, from + this.pageSize);
    const next = from + this.pageSize < sorted.length ? `<NextToken>${from + this.pageSize}</NextToken>` : '';
    const stackId = `arn:aws:cloudformation:eu-west-1:123456789012:stack/${stack}/0a1b2c3d`;
    const members = page.map((e, i) =>
      `<member><EventId>${esc(`${e.resource}-${e.at}-${from + i}`)}</EventId><StackId>${stackId}</StackId><StackName>${esc(stack)}</StackName><LogicalResourceId>${esc(e.resource)}</LogicalResourceId><PhysicalResourceId>${esc(e.resource === stack ? stackId : `${e.resource}-phys`)}</PhysicalResourceId><ResourceType>${esc(e.type)}</ResourceType><Timestamp>${new Date(e.at).toISOString()}</Timestamp><ResourceStatus>${esc(e.status)}</ResourceStatus>${e.reason ? `<ResourceStatusReason>${esc(e.reason)}</ResourceStatusReason>` : ''}</member>`,
    );
    return { status: 200, headers: XML, body: `<DescribeStackEventsResponse xmlns="${NS}"><DescribeStackEventsResult><StackEvents>${members.join('')}</StackEvents>${next}</DescribeStackEventsResult><ResponseMetadata><RequestId>cfn-0002</RequestId></ResponseMetadata></DescribeStackEventsResponse>` };
  }
}

export async function startCloudFormation(): Promise<{ server: LoopbackServer; cloudformation: CloudFormationEmulator }> {
  const cloudformation = new CloudFormationEmulator();
  return { server: await startEmulator(cloudformation), cloudformation };
}
