/**
 * Kubeconfig files read and merged with kubectl's rules (`kubectl config view --merge`):
 * the first file to name a cluster, user or context wins (the whole entry, never field by
 * field), the first non-empty current-context wins, duplicate names across files are fine,
 * and relative paths resolve against the directory of the file that holds them.
 * Pure: file texts in, a merged model out; errors name the file and the entry.
 */
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { ActionError } from '../errors.js';
import { isObj, type Obj } from '../util/guards.js';

export interface ExecEnvVar {
  name: string;
  value: string;
}

export interface ExecConfig {
  command: string;
  args: string[];
  env: ExecEnvVar[];
  apiVersion: string;
  /** Never | IfAvailable | Always; '' when unset. */
  interactiveMode: string;
  provideClusterInfo: boolean;
  installHint: string;
}

export interface ClusterEntry {
  server: string;
  /** Absolute path. */
  certificateAuthority?: string;
  /** Decoded PEM. */
  certificateAuthorityData?: Buffer;
  insecureSkipTlsVerify: boolean;
  tlsServerName?: string;
  proxyUrl?: string;
  /** The `client.authentication.k8s.io/exec` extension, handed to exec plugins. */
  execExtension?: unknown;
}

export interface UserEntry {
  token?: string;
  /** Absolute path. */
  tokenFile?: string;
  clientCertificate?: string;
  clientCertificateData?: Buffer;
  clientKey?: string;
  clientKeyData?: Buffer;
  username?: string;
  password?: string;
  exec?: ExecConfig;
  /** Name of a legacy auth-provider (unsupported). */
  authProvider?: string;
}

export interface ContextEntry {
  cluster: string;
  user: string;
  namespace?: string;
}

/** An entry and the file it came from. */
export interface Sourced<T> {
  value: T;
  file: string;
}

export interface KubeconfigFile {
  file: string;
  currentContext: string;
  clusters: Map<string, ClusterEntry>;
  users: Map<string, UserEntry>;
  contexts: Map<string, ContextEntry>;
}

export interface MergedKubeconfig {
  files: string[];
  currentContext: string;
  clusters: Map<string, Sourced<ClusterEntry>>;
  users: Map<string, Sourced<UserEntry>>;
  contexts: Map<string, Sourced<ContextEntry>>;
}

function problem(file: string, where: string, what: string): ActionError {
  return new ActionError(`Kubeconfig ${file}: ${where} ${what}.`, { hint: 'Fix the file (kubectl config view shows how kubectl reads it), or point kubeconfig / KUBECONFIG at another file.', title: 'kubeconfig' });
}

/** Reads typed fields of one YAML mapping, naming the field in errors. */
class Fields {
  constructor(
    private readonly o: Obj,
    private readonly file: string,
    private readonly where: string,
  ) {}

  str(key: string): string | undefined {
    const v = this.o[key];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v !== 'string') throw problem(this.file, `${this.where}.${key}`, 'must be a string');
    return v;
  }

  bool(key: string): boolean {
    const v = this.o[key];
    if (v === undefined || v === null) return false;
    if (typeof v !== 'boolean') throw problem(this.file, `${this.where}.${key}`, 'must be true or false');
    return v;
  }

  /** A file path, resolved against the kubeconfig's directory. */
  path(key: string): string | undefined {
    const v = this.str(key);
    return v === undefined ? undefined : path.resolve(path.dirname(this.file), v);
  }

  data(key: string): Buffer | undefined {
    const v = this.str(key);
    if (v === undefined) return undefined;
    const clean = v.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw problem(this.file, `${this.where}.${key}`, 'is not base64 (the -data fields hold base64-encoded PEM)');
    return Buffer.from(clean, 'base64');
  }
}

function readCluster(o: Obj, file: string, where: string): ClusterEntry {
  const f = new Fields(o, file, where);
  const server = f.str('server');
  if (server === undefined) throw problem(file, where, 'has no server');
  const extensions = Array.isArray(o.extensions) ? (o.extensions as unknown[]) : [];
  const exec = extensions.find((e) => isObj(e) && e.name === 'client.authentication.k8s.io/exec') as Obj | undefined;
  return {
    server,
    certificateAuthority: f.path('certificate-authority'),
    certificateAuthorityData: f.data('certificate-authority-data'),
    insecureSkipTlsVerify: f.bool('insecure-skip-tls-verify'),
    tlsServerName: f.str('tls-server-name'),
    proxyUrl: f.str('proxy-url'),
    ...(exec ? { execExtension: exec.extension } : {}),
  };
}

function readExec(o: Obj, file: string, where: string): ExecConfig {
  const f = new Fields(o, file, where);
  const command = f.str('command');
  if (command === undefined) throw problem(file, where, 'has no command');
  const args = o.args ?? [];
  if (!Array.isArray(args) || args.some((a) => typeof a !== 'string')) throw problem(file, `${where}.args`, 'must be a list of strings');
  const env = o.env ?? [];
  if (!Array.isArray(env) || env.some((e) => !isObj(e) || typeof e.name !== 'string' || typeof e.value !== 'string')) {
    throw problem(file, `${where}.env`, 'must be a list of {name, value} strings');
  }
  const apiVersion = f.str('apiVersion') ?? '';
  return {
    // kubectl resolves a command against the kubeconfig's directory only when it is a path, not a PATH lookup.
    command: command.includes('/') ? path.resolve(path.dirname(file), command) : command,
    args: args as string[],
    env: (env as Obj[]).map((e) => ({ name: e.name as string, value: e.value as string })),
    apiVersion,
    // client-go's default for v1beta1; v1 requires the field (we treat it as IfAvailable: never interactive anyway).
    interactiveMode: f.str('interactiveMode') ?? (apiVersion.endsWith('/v1beta1') ? 'IfAvailable' : ''),
    provideClusterInfo: f.bool('provideClusterInfo'),
    installHint: f.str('installHint') ?? '',
  };
}

function readUser(o: Obj, file: string, where: string): UserEntry {
  const f = new Fields(o, file, where);
  const user: UserEntry = {
    token: f.str('token'),
    tokenFile: f.path('tokenFile'),
    clientCertificate: f.path('client-certificate'),
    clientCertificateData: f.data('client-certificate-data'),
    clientKey: f.path('client-key'),
    clientKeyData: f.data('client-key-data'),
    username: f.str('username'),
    password: f.str('password'),
  };
  if (isObj(o.exec)) user.exec = readExec(o.exec, file, `${where}.exec`);
  if (isObj(o['auth-provider'])) user.authProvider = String(o['auth-provider'].name ?? '(unnamed)');
  return user;
}

function readContext(o: Obj, file: string, where: string): ContextEntry {
  const f = new Fields(o, file, where);
  return { cluster: f.str('cluster') ?? '', user: f.str('user') ?? '', namespace: f.str('namespace') };
}

/** A named list (`clusters:`, `users:`, `contexts:`) into a map; the same name twice in one file is an error, as in kubectl. */
function namedList<T>(doc: Obj, key: string, inner: string, file: string, read: (o: Obj, file: string, where: string) => T): Map<string, T> {
  const out = new Map<string, T>();
  const list = doc[key];
  if (list === undefined || list === null) return out;
  if (!Array.isArray(list)) throw problem(file, key, 'must be a list');
  list.forEach((item, i) => {
    if (!isObj(item) || typeof item.name !== 'string' || item.name === '') throw problem(file, `${key}[${i}]`, 'needs a name');
    if (out.has(item.name)) throw problem(file, key, `names "${item.name}" twice (kubectl refuses that too; across files it is fine)`);
    out.set(item.name, read(isObj(item[inner]) ? item[inner] : {}, file, `${key}[${item.name}].${inner}`));
  });
  return out;
}

export function parseKubeconfig(file: string, text: string): KubeconfigFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, lineCounter: lines });
  const err = doc.errors[0];
  if (err) {
    const line = lines.linePos(err.pos[0]);
    throw new ActionError(`Kubeconfig ${file} is not valid YAML (line ${line.line}, column ${line.col}): ${err.message.split('\n')[0]}`, {
      hint: 'Fix the file, or point kubeconfig / KUBECONFIG at another file.',
      title: 'kubeconfig',
      position: { file, line: line.line, col: line.col },
    });
  }
  const value = doc.toJS() as unknown;
  if (value !== null && value !== undefined && !isObj(value)) throw problem(file, 'the document', 'must be a mapping (apiVersion: v1, kind: Config)');
  const o = (value ?? {}) as Obj;
  const cc = o['current-context'];
  return {
    file,
    currentContext: typeof cc === 'string' ? cc : '',
    clusters: namedList(o, 'clusters', 'cluster', file, readCluster),
    users: namedList(o, 'users', 'user', file, readUser),
    contexts: namedList(o, 'contexts', 'context', file, readContext),
  };
}

/** kubectl's merge: the first file to set a name (or current-context) wins. */
export function mergeKubeconfigs(files: KubeconfigFile[]): MergedKubeconfig {
  const merged: MergedKubeconfig = { files: files.map((f) => f.file), currentContext: '', clusters: new Map(), users: new Map(), contexts: new Map() };
  for (const f of files) {
    if (merged.currentContext === '' && f.currentContext !== '') merged.currentContext = f.currentContext;
    for (const [k, v] of f.clusters) if (!merged.clusters.has(k)) merged.clusters.set(k, { value: v, file: f.file });
    for (const [k, v] of f.users) if (!merged.users.has(k)) merged.users.set(k, { value: v, file: f.file });
    for (const [k, v] of f.contexts) if (!merged.contexts.has(k)) merged.contexts.set(k, { value: v, file: f.file });
  }
  return merged;
}

export interface Selection {
  contextName: string;
  context: Sourced<ContextEntry>;
  clusterName: string;
  cluster: Sourced<ClusterEntry>;
  userName: string;
  /** Undefined for a context without a user (anonymous). */
  user: Sourced<UserEntry> | undefined;
}

/** The context to use (`contextOverride`, like kubectl --context, else current-context), its cluster and user. */
export function selectContext(m: MergedKubeconfig, contextOverride = ''): Selection {
  const files = m.files.join(', ');
  const fail = (msg: string, hint: string): ActionError => new ActionError(`Kubeconfig ${files}: ${msg}`, { hint, title: 'kubeconfig' });
  const names = [...m.contexts.keys()];
  const known = names.length > 0 ? `It defines the contexts ${names.join(', ')}.` : 'It defines no contexts.';
  const contextName = contextOverride || m.currentContext;
  if (contextName === '') throw fail('no current-context is set.', `Set current-context in the file (kubectl config use-context <name>) or choose one with the kube-context input. ${known}`);
  const context = m.contexts.get(contextName);
  if (!context) {
    const from = contextOverride ? "the kube-context input" : 'current-context';
    throw fail(`context "${contextName}" (from ${from}) is not defined.`, `Choose a defined context. ${known}`);
  }
  const clusterName = context.value.cluster;
  const cluster = m.clusters.get(clusterName);
  if (!cluster) throw fail(`context "${contextName}" names cluster "${clusterName}", which is not defined.`, 'Add the cluster to the kubeconfig or fix the context (kubectl config get-clusters lists them).');
  const userName = context.value.user;
  const user = userName === '' ? undefined : m.users.get(userName);
  if (userName !== '' && !user) throw fail(`context "${contextName}" names user "${userName}", which is not defined.`, 'Add the user to the kubeconfig or fix the context (kubectl config get-users lists them).');
  return { contextName, context, clusterName, cluster, userName, user };
}
