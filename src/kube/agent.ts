/**
 * The HTTP(S) agent for one API server: TLS trust (CA, insecure-skip-tls-verify, the name to
 * verify), the client certificate, and the proxy (the kubeconfig's proxy-url, else the runner's
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY) through Node's built-in proxy support.
 */
import http from 'node:http';
import https from 'node:https';
import { proxyEnvOf } from '../aws/proxy.js';
import { ActionError } from '../errors.js';

export interface TlsSettings {
  /** PEM of the CAs to trust instead of the system's. */
  ca?: Buffer;
  insecureSkipTlsVerify: boolean;
  /** The name the server certificate must carry (and SNI), instead of the URL's host. */
  tlsServerName?: string;
  /** http:// or https:// proxy for every request. */
  proxyUrl?: string;
}

export interface ClientCertificate {
  cert: Buffer;
  key: Buffer;
}

/** Checks a kubeconfig proxy-url: http(s) only, with a host. */
export function checkProxyUrl(proxyUrl: string, where: string): void {
  let u: URL;
  try {
    u = new URL(proxyUrl);
  } catch {
    throw new ActionError(`${where}: proxy-url "${proxyUrl}" is not a URL.`, { hint: 'Use http://host:port or https://host:port.', title: 'kubeconfig' });
  }
  if (u.protocol.startsWith('socks')) {
    throw new ActionError(`${where}: proxy-url ${u.protocol}//${u.host} is a SOCKS proxy; SOCKS is not supported, only http:// and https:// proxies.`, {
      hint: 'Use an HTTP CONNECT proxy (http://host:port), or run the job where the API server is reachable directly.',
      title: 'kubeconfig',
    });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new ActionError(`${where}: proxy-url "${proxyUrl}" has the scheme ${u.protocol}; only http:// and https:// proxies are supported.`, { hint: 'Use http://host:port or https://host:port.', title: 'kubeconfig' });
  }
}

/** Node's proxyEnv for this connection: proxy-url for every request, else the runner's proxy variables. */
function proxyEnvFor(tls: TlsSettings, env: NodeJS.ProcessEnv): Record<string, string> {
  if (tls.proxyUrl) return { HTTPS_PROXY: tls.proxyUrl, HTTP_PROXY: tls.proxyUrl };
  return proxyEnvOf(env);
}

/** Builds agents for a server, one per client certificate (an exec plugin may hand out new ones). */
export class AgentFactory {
  private readonly server: URL;
  private readonly tls: TlsSettings;
  private readonly env: NodeJS.ProcessEnv;
  private cached: { key: string; agent: http.Agent } | undefined;

  constructor(server: string, tls: TlsSettings, env: NodeJS.ProcessEnv) {
    this.server = new URL(server);
    this.tls = tls;
    this.env = env;
  }

  agent(cert?: ClientCertificate): http.Agent {
    const key = cert ? `${cert.cert.toString('base64')}|${cert.key.toString('base64')}` : '';
    if (this.cached?.key === key) return this.cached.agent;
    this.cached?.agent.destroy();
    const proxyEnv = proxyEnvFor(this.tls, this.env);
    let agent: http.Agent;
    if (this.server.protocol === 'http:') {
      agent = new http.Agent({ keepAlive: true, proxyEnv });
    } else {
      agent = new https.Agent({
        keepAlive: true,
        proxyEnv,
        rejectUnauthorized: !this.tls.insecureSkipTlsVerify,
        ...(this.tls.ca ? { ca: this.tls.ca } : {}),
        ...(this.tls.tlsServerName ? { servername: this.tls.tlsServerName } : {}),
        ...(cert ? { cert: cert.cert, key: cert.key } : {}),
      });
    }
    this.cached = { key, agent };
    return agent;
  }
}
