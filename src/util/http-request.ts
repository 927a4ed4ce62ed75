/**
 * One HTTP exchange with a hard time limit, cancellation and a cap on the answer's size: the one
 * hand-written request the project makes outside the AWS SDK (the GitHub OIDC token, the
 * Kubernetes API). Retries are the caller's (src/retry); streams (a Kubernetes watch) are not here.
 */
import http from 'node:http';
import https from 'node:https';

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface HttpRequestOptions {
  method: string;
  headers?: Record<string, string | number>;
  body?: string;
  /** Agent for the URL's scheme (TLS settings, proxy, keep-alive). */
  agent?: http.Agent;
  /** No complete answer within this long: the request is destroyed with NoAnswerError. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** The error a cancelled request rejects with. Default: an AbortError. */
  cancelled?: () => Error;
  /** Larger answers are cut off with an error. Default 16 MiB. */
  maxBodyBytes?: number;
}

/** The server accepted the request but did not answer in time (code ETIMEDOUT, as Node's own time-outs). */
export class NoAnswerError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(url: URL, ms: number) {
    super(`no answer from ${url.host} within ${ms < 10_000 ? (ms / 1000).toFixed(1) : Math.round(ms / 1000)} s`);
    this.name = 'TimeoutError';
  }
}

const abortError = (): Error => Object.assign(new Error('the request was cancelled'), { name: 'AbortError' });

export function httpRequest(url: URL, o: HttpRequestOptions): Promise<HttpAnswer> {
  const cancelled = o.cancelled ?? abortError;
  if (o.signal?.aborted) return Promise.reject(cancelled());
  const limit = o.maxBodyBytes ?? 16 * 1024 * 1024;
  const send = url.protocol === 'http:' ? http.request : https.request;
  return new Promise<HttpAnswer>((resolve, reject) => {
    const req = send(url, { method: o.method, headers: o.headers, agent: o.agent });
    const timer = setTimeout(() => req.destroy(new NoAnswerError(url, o.timeoutMs)), o.timeoutMs);
    const onAbort = (): void => void req.destroy(cancelled());
    o.signal?.addEventListener('abort', onAbort, { once: true });
    const done = (): void => {
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', onAbort);
    };
    req.on('error', (e) => (done(), reject(e)));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > limit) req.destroy(new Error(`the answer from ${url.host} is larger than ${limit} bytes`));
        else chunks.push(c);
      });
      res.on('error', (e) => (done(), reject(e)));
      res.on('end', () => (done(), resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') })));
    });
    req.end(o.body);
  });
}
