/**
 * Kubeconfig `exec` credential plugins (client.authentication.k8s.io/v1 and v1beta1), as
 * kubectl runs them: never interactively, KUBERNETES_EXEC_INFO describing the request, the
 * result (a token or a client certificate) cached until its expirationTimestamp and fetched
 * again after a 401. Every token is masked before anything could print it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ActionError } from '../errors.js';
import type { ClientCertificate } from './agent.js';
import type { ClusterEntry, ExecConfig } from './kubeconfig-model.js';

export const EXEC_API_VERSIONS = ['client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1'];
/** A plugin that has not answered within this long is stopped. */
export const EXEC_TIMEOUT_MS = 60_000;
const MAX_STDOUT = 1 << 20;

export interface ExecCredential {
  token?: string;
  cert?: ClientCertificate;
  /** ms since the epoch; undefined: valid until the server refuses it. */
  expiresAt?: number;
}

export interface ExecPluginOptions {
  exec: ExecConfig;
  /** "user "ci" in /path/config", for messages. */
  owner: string;
  cluster: ClusterEntry;
  /** The cluster's CA (read from certificate-authority or -data), for provideClusterInfo. */
  clusterCa?: Buffer;
  env: NodeJS.ProcessEnv;
  setSecret(value: string): void;
  now?: () => number;
  timeoutMs?: number;
}

/** Checks what can be checked before running: the API version and interactiveMode. */
export function checkExecConfig(exec: ExecConfig, owner: string): void {
  const name = path.basename(exec.command);
  if (exec.apiVersion === 'client.authentication.k8s.io/v1alpha1') {
    throw new ActionError(`The exec plugin "${name}" of ${owner} uses apiVersion client.authentication.k8s.io/v1alpha1, which kubectl no longer supports.`, {
      hint: 'Set exec.apiVersion to client.authentication.k8s.io/v1 (or v1beta1); current plugin releases (aws eks get-token, kubelogin, gke-gcloud-auth-plugin) speak it.',
      title: 'kubeconfig',
    });
  }
  if (!EXEC_API_VERSIONS.includes(exec.apiVersion)) {
    throw new ActionError(`The exec plugin "${name}" of ${owner} has apiVersion "${exec.apiVersion || '(none)'}"; supported are ${EXEC_API_VERSIONS.join(' and ')}.`, {
      hint: 'Set exec.apiVersion to client.authentication.k8s.io/v1.',
      title: 'kubeconfig',
    });
  }
  if (exec.interactiveMode === 'Always') {
    throw new ActionError(`The exec plugin "${name}" of ${owner} needs a terminal (interactiveMode: Always), and a CI job has none.`, {
      hint: 'Configure the plugin to run without prompts (for example a service principal or a workload identity) and set interactiveMode: Never.',
      title: 'kubeconfig',
    });
  }
  if (!['', 'Never', 'IfAvailable'].includes(exec.interactiveMode)) {
    throw new ActionError(`The exec plugin "${name}" of ${owner} has interactiveMode "${exec.interactiveMode}"; expected Never, IfAvailable or Always.`, { hint: 'Set interactiveMode: Never.', title: 'kubeconfig' });
  }
}

/** KUBERNETES_EXEC_INFO: what the plugin is asked (never interactive; the cluster when provideClusterInfo). Pure. */
export function execInfo(exec: ExecConfig, cluster: ClusterEntry, clusterCa?: Buffer): string {
  const spec: Record<string, unknown> = { interactive: false };
  if (exec.provideClusterInfo) {
    spec.cluster = {
      server: cluster.server,
      ...(cluster.tlsServerName ? { 'tls-server-name': cluster.tlsServerName } : {}),
      ...(cluster.insecureSkipTlsVerify ? { 'insecure-skip-tls-verify': true } : {}),
      ...(clusterCa ? { 'certificate-authority-data': clusterCa.toString('base64') } : {}),
      ...(cluster.proxyUrl ? { 'proxy-url': cluster.proxyUrl } : {}),
      ...(cluster.execExtension !== undefined ? { config: cluster.execExtension } : {}),
    };
  }
  return JSON.stringify({ kind: 'ExecCredential', apiVersion: exec.apiVersion, spec });
}

/** Reads the plugin's answer. Throws a plain message (the caller adds who and how). Pure. */
export function parseExecOutput(stdout: string, apiVersion: string): ExecCredential {
  let v: { kind?: unknown; apiVersion?: unknown; status?: Record<string, unknown> };
  try {
    v = JSON.parse(stdout) as typeof v;
  } catch {
    throw new Error(`printed ${stdout.trim() === '' ? 'nothing' : `${Buffer.byteLength(stdout)} bytes that are not JSON`} on standard output, where an ExecCredential was expected`);
  }
  if (v === null || typeof v !== 'object' || v.kind !== 'ExecCredential') throw new Error('printed JSON that is not an ExecCredential (kind: ExecCredential)');
  if (v.apiVersion !== apiVersion) throw new Error(`answered with apiVersion ${String(v.apiVersion)}, but the kubeconfig asks for ${apiVersion}`);
  const s = v.status ?? {};
  const out: ExecCredential = {};
  if (typeof s.token === 'string' && s.token !== '') out.token = s.token;
  const cert = s.clientCertificateData;
  const key = s.clientKeyData;
  if ((typeof cert === 'string' && cert !== '') !== (typeof key === 'string' && key !== '')) throw new Error('returned only one of status.clientCertificateData and status.clientKeyData; both are needed');
  if (typeof cert === 'string' && cert !== '') out.cert = { cert: Buffer.from(cert), key: Buffer.from(key as string) };
  if (!out.token && !out.cert) throw new Error('returned neither status.token nor status.clientCertificateData/clientKeyData');
  if (s.expirationTimestamp !== undefined && s.expirationTimestamp !== null) {
    const at = Date.parse(String(s.expirationTimestamp));
    if (Number.isNaN(at)) throw new Error(`returned status.expirationTimestamp "${String(s.expirationTimestamp)}", which is not an RFC 3339 time`);
    out.expiresAt = at;
  }
  return out;
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  error?: NodeJS.ErrnoException;
  timedOut: boolean;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout.length < MAX_STDOUT ? (stdout += c) : undefined));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr = (stderr + c).slice(-4000)));
    child.on('error', (error: NodeJS.ErrnoException) => (clearTimeout(timer), resolve({ code: null, signal: null, stdout, stderr, error, timedOut })));
    child.on('close', (code, signal) => (clearTimeout(timer), resolve({ code, signal, stdout, stderr, timedOut })));
  });
}

/** The last lines of the plugin's stderr, for the message. */
function stderrTail(stderr: string): string {
  const lines = stderr.trim().split('\n').slice(-5).join('\n').slice(-800);
  return lines === '' ? ' It printed nothing on standard error.' : `\nIts standard error ends with:\n${lines}`;
}

export class ExecCredentials {
  private readonly o: ExecPluginOptions;
  private cached: ExecCredential | undefined;
  private inflight: Promise<ExecCredential> | undefined;
  /** How many times the plugin ran. */
  runs = 0;

  constructor(o: ExecPluginOptions) {
    checkExecConfig(o.exec, o.owner);
    this.o = o;
  }

  /** The cached credential while it has not expired; else runs the plugin (once for concurrent callers). */
  async get(): Promise<ExecCredential> {
    const now = (this.o.now ?? Date.now)();
    if (this.cached && (this.cached.expiresAt === undefined || now < this.cached.expiresAt)) return this.cached;
    this.inflight ??= this.fetch().finally(() => (this.inflight = undefined));
    this.cached = await this.inflight;
    return this.cached;
  }

  /** Forget the credential (after a 401): the next get() runs the plugin again. */
  invalidate(): void {
    this.cached = undefined;
  }

  private async fetch(): Promise<ExecCredential> {
    const { exec, owner } = this.o;
    const name = path.basename(exec.command);
    const env: NodeJS.ProcessEnv = { ...this.o.env, KUBERNETES_EXEC_INFO: execInfo(exec, this.o.cluster, this.o.clusterCa) };
    for (const e of exec.env) env[e.name] = e.value;
    const timeoutMs = this.o.timeoutMs ?? EXEC_TIMEOUT_MS;
    this.runs++;
    const r = await run(exec.command, exec.args, env, timeoutMs);
    const installHint = exec.installHint.trim();
    const fail = (what: string, hint: string): ActionError => new ActionError(`The exec plugin "${name}" of ${owner} ${what}`, { hint: installHint || hint, title: 'kubeconfig exec plugin' });
    if (r.error?.code === 'ENOENT') throw fail(`is not installed: ${exec.command.includes('/') ? `${exec.command} does not exist` : `no "${exec.command}" on PATH`}.`, 'Install it on the runner in an earlier step, or give exec.command as an absolute path.');
    if (r.error) throw fail(`could not be started: ${r.error.code ?? ''} ${r.error.message}.`, 'Check that exec.command is an executable file.');
    if (r.timedOut) throw fail(`did not finish within ${timeoutMs / 1000} s and was stopped.${stderrTail(r.stderr)}`, 'A plugin that waits for a login or a prompt cannot work in CI; configure it to run non-interactively.');
    if (r.code !== 0) {
      const how = r.code === null ? `was killed by ${r.signal ?? 'a signal'}` : `exited with code ${r.code}`;
      throw fail(`${how}.${stderrTail(r.stderr)}`, `Run "${[exec.command, ...exec.args].join(' ')}" in the job to see why; it must work non-interactively with the job's credentials.`);
    }
    let cred: ExecCredential;
    try {
      cred = parseExecOutput(r.stdout, exec.apiVersion);
    } catch (e) {
      throw fail(`exited with code 0 but ${(e as Error).message}.${stderrTail(r.stderr)}`, 'Check the plugin version and its arguments: it must print an ExecCredential JSON on standard output.');
    }
    if (cred.token) this.o.setSecret(cred.token);
    return cred;
  }
}
