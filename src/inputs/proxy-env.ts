/**
 * The runner's proxy variables as Node's built-in proxy support (the `proxyEnv` agent option)
 * reads them: lower-case names win over upper-case ones; only values starting with `http://` or
 * `https://` are used, anything else is ignored and requests connect directly; a line break or
 * an unparsable URL makes Node throw. NO_PROXY entries are host names, `.suffix` / `*.suffix`,
 * `host:port`, IPv4 ranges `a-b` or `*`. Pure: says what is unusable, before any request.
 *
 * Severity: an error when Node would refuse the setting (nothing could be sent); a warning when
 * Node would quietly ignore it (requests then bypass the proxy, which fails where it is needed).
 */
import { ActionError } from '../errors.js';
import { escapeHidden } from '../util/hidden-chars.js';

export interface ProxyFinding {
  variable: string;
  severity: 'error' | 'warning';
  /** What is wrong and what to do, in one message. */
  message: string;
}

const USABLE = 'A usable value looks like http://proxy.example.com:3128 (or https://…).';

/** The value as safe to print: any user:password@ hidden, hidden characters escaped. */
function shown(value: string): string {
  return `'${escapeHidden(value.replace(/^([^/]*\/\/)[^/@]*@/, '$1***@'))}'`;
}

/** What Node makes of one proxy URL, or undefined when it is usable. */
function proxyProblem(variable: string, value: string): ProxyFinding | undefined {
  const finding = (severity: ProxyFinding['severity'], message: string): ProxyFinding => ({ variable, severity, message: `${variable} is ${shown(value)}: ${message}` });
  if (/[\r\n]/.test(value)) return finding('error', `it holds a line break, and Node refuses it. ${USABLE}`);
  if (value.startsWith('http://') || value.startsWith('https://')) {
    try {
      new URL(value);
      return undefined;
    } catch {
      return finding('error', `it is not a valid URL, and Node refuses it. ${USABLE}`);
    }
  }
  const ignored = 'so Node ignores it and requests connect directly, which fails where the proxy is needed';
  if (/^socks[45]?[ah]?:\/\//i.test(value)) return finding('warning', `a SOCKS proxy, which Node's built-in proxy support cannot use, ${ignored}. Use an HTTP proxy: ${USABLE}`);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value);
  if (scheme) return finding('warning', `Node uses only proxies starting with http:// or https:// (lower case), not ${scheme[1]}://, ${ignored}. ${USABLE}`);
  return finding('warning', `it has no http:// or https:// in front, ${ignored}. ${USABLE}`);
}

/** NO_PROXY entries that can never match a host. */
function noProxyProblems(variable: string, value: string): ProxyFinding[] {
  const out: ProxyFinding[] = [];
  for (const raw of value.split(',')) {
    const entry = raw.trim();
    let why: string | undefined;
    if (entry.includes('://')) why = 'has a scheme; entries are host names (example.com, .example.com, 10.0.0.1), so it never matches';
    else if (entry.includes('/')) why = 'is a CIDR range or a path, which Node does not match; list the hosts, .suffix domains, or a range like 10.0.0.1-10.0.0.255';
    else if (/\s/.test(entry)) why = 'holds a space; entries are separated by commas, so it never matches';
    if (why) out.push({ variable, severity: 'warning', message: `${variable} entry '${escapeHidden(entry)}' ${why}.` });
  }
  return out;
}

/** The variable Node reads of a lower/upper-case pair, and a finding when the other one is set differently. */
function effective(env: NodeJS.ProcessEnv, lower: string, upper: string, out: ProxyFinding[]): [string, string] | undefined {
  const l = env[lower] ?? '';
  const u = env[upper] ?? '';
  if (l !== '' && u !== '' && l !== u) out.push({ variable: upper, severity: 'warning', message: `${upper} is ignored: ${lower} is set too, to something else, and Node's built-in proxy support uses the lower-case one. Set only one of them.` });
  if (l !== '') return [lower, l];
  return u !== '' ? [upper, u] : undefined;
}

/** Every unusable proxy setting of `env`. */
export function proxyFindings(env: NodeJS.ProcessEnv): ProxyFinding[] {
  const out: ProxyFinding[] = [];
  let anyProxy = false;
  for (const [lower, upper] of [['https_proxy', 'HTTPS_PROXY'], ['http_proxy', 'HTTP_PROXY']] as const) {
    const chosen = effective(env, lower, upper, out);
    if (!chosen) continue;
    anyProxy = true;
    const problem = proxyProblem(chosen[0], chosen[1]);
    if (problem) out.push(problem);
  }
  const noProxy = anyProxy ? effective(env, 'no_proxy', 'NO_PROXY', out) : undefined;
  if (noProxy) out.push(...noProxyProblems(noProxy[0], noProxy[1]));
  return out;
}

/** Throws for a proxy setting Node would refuse; returns the warnings for the ones it would ignore. */
export function checkProxyEnv(env: NodeJS.ProcessEnv): string[] {
  const findings = proxyFindings(env);
  const error = findings.find((f) => f.severity === 'error');
  if (error) throw new ActionError(error.message, { hint: `Fix or unset ${error.variable} in the job's env: (or on the runner).`, title: `proxy ${error.variable}` });
  return findings.map((f) => f.message);
}
