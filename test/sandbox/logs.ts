/**
 * Loopback CloudWatch Logs emulator: GetLogEvents only (awsJson1_1, `X-Amz-Target:
 * Logs_20140328.GetLogEvents`). As the CloudWatch Logs API reference documents it: without
 * startFromHead (or false) the newest events come back, at most `limit` (default 10,000), oldest
 * first, with nextForwardToken / nextBackwardToken. Reach it with AWS_ENDPOINT_URL_CLOUDWATCH_LOGS.
 */
import { startEmulator, type Emulator, type LoopbackServer, type SandboxRequest, type SandboxResponse } from './server.ts';
import { jsonError, JSON_11 } from './codebuild.ts';

export class LogsEmulator implements Emulator {
  readonly deny = new Set<string>();
  /** The stream's lines, oldest first; undefined for a stream that does not exist. */
  resolve: (group: string, stream: string) => string[] | undefined = () => undefined;

  operationOf(req: SandboxRequest): string {
    const target = String(req.headers['x-amz-target'] ?? '');
    return target.startsWith('Logs_20140328.') ? target.slice('Logs_20140328.'.length) : `unknown:${target}`;
  }

  faultResponse(kind: 'throttle' | '5xx'): SandboxResponse {
    return kind === 'throttle' ? jsonError('ThrottlingException', 'Rate exceeded') : jsonError('ServiceUnavailableException', 'Service unavailable', 503);
  }

  handle(req: SandboxRequest, operation: string): SandboxResponse {
    if (this.deny.has(operation)) return jsonError('AccessDeniedException', `User: arn:aws:sts::123456789012:assumed-role/deployer/gh is not authorized to perform: logs:${operation}`);
    if (operation !== 'GetLogEvents') return jsonError('UnknownOperationException', `Unknown operation ${operation}`);
    const b = JSON.parse(req.body || '{}') as { logGroupName?: string; logStreamName?: string; limit?: number; startFromHead?: boolean };
    const lines = this.resolve(b.logGroupName ?? '', b.logStreamName ?? '');
    if (!lines) return jsonError('ResourceNotFoundException', 'The specified log stream does not exist.');
    const limit = b.limit ?? 10_000;
    const shown = b.startFromHead ? lines.slice(0, limit) : lines.slice(-limit);
    const base = Date.now() - lines.length * 10;
    const from = b.startFromHead ? 0 : lines.length - shown.length;
    const events = shown.map((message, i) => ({ timestamp: base + (from + i) * 10, message: `${message}\n`, ingestionTime: base + (from + i) * 10 + 5 }));
    return { status: 200, headers: JSON_11, body: JSON.stringify({ events, nextForwardToken: `f/${lines.length}`, nextBackwardToken: `b/${from}` }) };
  }
}

export async function startLogs(): Promise<{ server: LoopbackServer; logs: LogsEmulator }> {
  const logs = new LogsEmulator();
  return { server: await startEmulator(logs), logs };
}
