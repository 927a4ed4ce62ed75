/**
 * A loopback HTTP server for the sandbox emulators, with fault knobs shared by all of them.
 * Binds 127.0.0.1 on an ephemeral port only. Every emulator records the calls it received.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type FaultKind = 'throttle' | '5xx' | 'reset' | 'slow';

export interface Fault {
  kind: FaultKind;
  /** Only requests for this operation (emulator-defined name, e.g. 'GetPipelineState'); all when absent. */
  operation?: string;
  /** How many matching requests it hits; Infinity for all. Default 1. */
  times?: number;
  /** For 'slow': how long to wait before answering normally. */
  delayMs?: number;
}

export interface RecordedCall {
  operation: string;
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface SandboxRequest {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface SandboxResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/** What an emulator implements: name the operation, then answer it. */
export interface Emulator {
  operationOf(req: SandboxRequest): string;
  handle(req: SandboxRequest, operation: string): Promise<SandboxResponse> | SandboxResponse;
  /** The answer for a throttling / 5xx fault, in the emulator's protocol. */
  faultResponse(kind: 'throttle' | '5xx', operation: string): SandboxResponse;
}

export class LoopbackServer {
  readonly calls: RecordedCall[] = [];
  private readonly faults: (Fault & { left: number })[] = [];
  private readonly server: http.Server;
  private readonly sockets = new Set<import('node:net').Socket>();
  private readonly emulator: Emulator;
  url = '';

  constructor(emulator: Emulator) {
    this.emulator = emulator;
    this.server = http.createServer((req, res) => void this.onRequest(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  /** Inject a fault for the next matching requests. */
  fault(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  callsOf(operation: string): RecordedCall[] {
    return this.calls.filter((c) => c.operation === operation);
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const sreq: SandboxRequest = {
      method: req.method ?? 'GET',
      url: new URL(req.url ?? '/', this.url),
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    let operation = 'unknown';
    try {
      operation = this.emulator.operationOf(sreq);
      this.calls.push({ operation, method: sreq.method, path: sreq.url.pathname + sreq.url.search, headers: req.headers, body: sreq.body, at: Date.now() });
      const fault = this.faults.find((f) => f.left > 0 && (f.operation === undefined || f.operation === operation));
      if (fault) {
        fault.left--;
        if (fault.kind === 'reset') {
          req.socket.destroy();
          return;
        }
        if (fault.kind === 'slow') await new Promise((r) => setTimeout(r, fault.delayMs ?? 5000));
        else return this.send(res, this.emulator.faultResponse(fault.kind, operation));
      }
      this.send(res, await this.emulator.handle(sreq, operation));
    } catch (e) {
      this.send(res, { status: 500, headers: { 'content-type': 'text/plain' }, body: `sandbox emulator error in ${operation}: ${(e as Error).stack}` });
    }
  }

  private send(res: http.ServerResponse, r: SandboxResponse): void {
    if (res.destroyed) return;
    res.writeHead(r.status, { 'content-type': 'application/json', ...(r.headers ?? {}) });
    res.end(r.body ?? '');
  }
}

export async function startEmulator(emulator: Emulator): Promise<LoopbackServer> {
  return new LoopbackServer(emulator).listen();
}
