/**
 * HTTP(S) agents that honour the runner's HTTPS_PROXY / HTTP_PROXY / NO_PROXY through Node's
 * built-in proxy support (the `proxyEnv` agent option), so no proxy library is bundled.
 */
import http from 'node:http';
import https from 'node:https';

export interface Agents {
  httpAgent: http.Agent;
  httpsAgent: https.Agent;
}

const PROXY_VARS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'] as const;

let cached: { key: string; agents: Agents } | undefined;

/** The proxy-related variables only (what Node's proxy support reads). */
export function proxyEnvOf(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of PROXY_VARS) {
    const v = env[name];
    if (v !== undefined && v !== '') out[name] = v;
  }
  return out;
}

/** Keep-alive agents shared by every client in the process (one pair per proxy setting). */
export function proxyAgents(env: NodeJS.ProcessEnv = process.env): Agents {
  const proxyEnv = proxyEnvOf(env);
  const key = JSON.stringify(proxyEnv);
  if (cached?.key !== key) {
    const common = { keepAlive: true, maxSockets: 50, proxyEnv };
    cached = { key, agents: { httpAgent: new http.Agent(common), httpsAgent: new https.Agent(common) } };
  }
  return cached.agents;
}
