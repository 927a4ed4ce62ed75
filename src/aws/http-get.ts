/** A small GET with a hard time limit, through the proxy-aware agents. */
import http from 'node:http';
import https from 'node:https';
import { proxyAgents } from './proxy.js';

export interface HttpAnswer {
  status: number;
  body: string;
}

export class HttpTimeoutError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(url: URL, ms: number) {
    super(`no answer from ${url.host} within ${(ms / 1000).toFixed(1)} s`);
    this.name = 'TimeoutError';
  }
}

const MAX_BODY = 1 << 20;

export function httpGet(url: URL, headers: Record<string, string>, timeoutMs: number, env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<HttpAnswer> {
  const agents = proxyAgents(env);
  const secure = url.protocol === 'https:';
  const request = secure ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers, agent: secure ? agents.httpsAgent : agents.httpAgent, signal }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
        if (body.length > MAX_BODY) req.destroy(new Error(`answer from ${url.host} is larger than ${MAX_BODY} bytes`));
      });
      res.on('end', () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, body });
      });
      res.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
    const timer = setTimeout(() => req.destroy(new HttpTimeoutError(url, timeoutMs)), timeoutMs);
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    req.end();
  });
}
