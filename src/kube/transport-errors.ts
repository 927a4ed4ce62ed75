/**
 * Failures below the Kubernetes API itself, as messages a user can act on: no connection, no
 * answer in time, a TLS certificate we refuse, or an endpoint that answers but is not a
 * Kubernetes API server (an HTML login page, a proxy, a dashboard). Pure.
 */
import { ActionError, type ActionErrorOptions } from '../errors.js';
import type { RetryOutcome, RetryPolicy } from '../retry/index.js';
import { apiError, describeOp, type ApiTarget, type Operation } from './status-errors.js';
import { NoAnswerError } from '../util/http-request.js';

/**
 * A failed Kubernetes call: the message for the user, plus the facts the shared classifier
 * (src/retry) reads — the HTTP status, the server's Retry-After, the socket error code — so a
 * wait loop can tell a passing fault from a lasting one.
 */
export class KubeCallError extends ActionError {
  readonly status?: number;
  readonly code?: string;
  readonly retryAfterMs?: number;
  constructor(message: string, options: ActionErrorOptions, facts: { status?: number; code?: string; retryAfterMs?: number }) {
    super(message, options);
    this.status = facts.status;
    this.code = facts.code;
    this.retryAfterMs = facts.retryAfterMs;
  }
}

function retryAfterOf(headers: AnswerShape['headers']): number | undefined {
  const raw = headers['retry-after'];
  const v = Number(Array.isArray(raw) ? raw[0] : raw);
  return raw !== undefined && Number.isFinite(v) && v >= 0 ? v * 1000 : undefined;
}

export interface AnswerShape {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function attemptsText(outcome: RetryOutcome | undefined): string {
  if (!outcome || outcome.attempts <= 1) return '';
  return ` (after ${outcome.attempts} attempts over ${Math.round(outcome.elapsedMs / 1000)} s)`;
}

/** The first bytes of a body, on one line. */
export function firstBytes(body: string, max = 120): string {
  const text = body.replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** An answer that is no Kubernetes API answer (HTML, a redirect, text where JSON belongs). */
export function notKubernetesError(url: URL, res: AnswerShape, op: Operation, target: ApiTarget): ActionError {
  const type = String(res.headers['content-type'] ?? '') || 'no content-type';
  const location = res.headers.location ? ` redirecting to ${String(res.headers.location)}` : '';
  const start = res.body.trim() === '' ? 'an empty body' : `a body starting "${firstBytes(res.body)}"`;
  return new ActionError(
    `The endpoint ${url.origin}${url.pathname} (${target.source}) did not answer like a Kubernetes API server: ${describeOp(op)} got ${res.status} ${type}${location} with ${start}.`,
    {
      hint:
        'Check the server URL (it must be the API server itself, such as https://<host>:6443 or the EKS endpoint, not a dashboard, the Argo UI or a load balancer page). ' +
        'A proxy (proxy-url, HTTPS_PROXY) or a single-sign-on page in between answers like this too: the runner needs a direct path to the API server. For EKS, prefer the cluster-name input.',
      title: 'not a Kubernetes API',
    },
  );
}

/** A non-accepted answer of the API server, with how often it was tried. */
export function answerError(res: AnswerShape, op: Operation, target: ApiTarget, outcome?: RetryOutcome): ActionError {
  const e = apiError(res.status, res.body, op, target);
  const more = attemptsText(outcome);
  const message = more === '' ? e.message : `${e.message.replace(/\.$/, '')}${more}.`;
  return new KubeCallError(message, { hint: e.hint, title: e.title, retryable: e.retryable, problems: e.problems }, { status: res.status, retryAfterMs: retryAfterOf(res.headers) });
}

const UNTRUSTED = new Set(['SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'CERT_SIGNATURE_FAILURE']);
const EXPIRED = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

function tlsError(e: NodeJS.ErrnoException & { host?: string; cert?: { subjectaltname?: string } }, target: ApiTarget): ActionError | undefined {
  const code = e.code ?? '';
  const at = `The TLS certificate of the Kubernetes API at ${target.server} (${target.source})`;
  const caHint = target.eks
    ? 'The EKS endpoint should present a certificate from the cluster CA; a proxy that intercepts TLS needs its CA trusted (NODE_EXTRA_CA_CERTS).'
    : "Set certificate-authority or certificate-authority-data in the kubeconfig's cluster to the CA that signed the API server's certificate (kubectl config view --raw shows what kubectl uses).";
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    const names = e.cert?.subjectaltname ? ` (it is for ${e.cert.subjectaltname})` : '';
    return new ActionError(`${at} is not valid for the name ${e.host ?? new URL(target.server).hostname}${names}.`, {
      hint: "Use a server address the certificate names, or set the cluster's tls-server-name to one of its names.",
      title: 'kubernetes tls',
    });
  }
  if (UNTRUSTED.has(code)) return new ActionError(`${at} is not signed by a trusted certificate authority (${code}: ${e.message}).`, { hint: caHint, title: 'kubernetes tls' });
  if (EXPIRED.has(code)) return new ActionError(`${at} is not valid now (${code}: ${e.message}).`, { hint: "Renew the API server's certificate, or check the runner's clock.", title: 'kubernetes tls' });
  if (/^ERR_SSL_.*(CERTIFICATE|ALERT)/.test(code)) {
    return new ActionError(`The Kubernetes API at ${target.server} (${target.source}) refused the TLS handshake (${code}).`, {
      hint: 'The server wants a client certificate it trusts: check client-certificate(-data) and client-key(-data) of the kubeconfig user.',
      title: 'kubernetes tls',
    });
  }
  return undefined;
}

/** A call that got no usable answer: TLS refused, no answer in time, or no connection. */
export function failedCallError(error: unknown, op: Operation, target: ApiTarget, outcome: RetryOutcome | undefined, policy: RetryPolicy): ActionError {
  const e = error as NodeJS.ErrnoException;
  const tls = tlsError(e, target);
  if (tls) return tls;
  if (error instanceof NoAnswerError) {
    return new KubeCallError(
      `The Kubernetes API at ${target.server} (${target.source}) accepted the connection but did not answer ${describeOp(op)}${attemptsText(outcome)}; ` +
        `each request may take ${policy.attemptTimeoutMs / 1000} s and each call ${policy.deadlineMs / 1000} s.`,
      { hint: 'The API server (or a proxy or firewall on the way) is hanging. Check the server address and the network path, then re-run the job.', retryable: true, title: 'kubernetes timeout', cause: error },
      { code: 'ETIMEDOUT' },
    );
  }
  return networkError(error, op, target, outcome?.attempts ?? 1);
}

export function networkError(error: unknown, op: Operation, target: ApiTarget, attempts: number): ActionError {
  const e = error as NodeJS.ErrnoException;
  const code = e?.code ?? e?.name ?? 'error';
  const what = e?.message ?? String(error);
  const hint = target.eks
    ? "The runner must reach the cluster endpoint: enable public endpoint access for the runner's address range, or use a self-hosted runner inside the cluster's VPC."
    : 'Check the server address in the kubeconfig and that the runner can reach it (VPN, firewall, proxy).';
  return new KubeCallError(
    `Cannot reach the Kubernetes API at ${target.server} (${target.source}) to ${describeOp(op)}: ${code}: ${what} (after ${attempts} attempt${attempts === 1 ? '' : 's'}).`,
    { hint, retryable: true, title: 'kubernetes unreachable', cause: error },
    { code: e?.code },
  );
}
