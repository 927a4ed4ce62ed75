/**
 * How a kubeconfig user authenticates each request: a bearer token (inline, or a tokenFile
 * read again before each request so rotated tokens are picked up), basic auth, a client
 * certificate, or an exec plugin. Precedence follows client-go: static credentials win over
 * exec; a token and basic auth together are refused.
 */
import { ActionError } from '../errors.js';
import { readRegularFileSync, UnreadableFile } from '../util/regular-file.js';
import type { ClientCertificate } from './agent.js';
import { ExecCredentials } from './exec-plugin.js';
import type { ClusterEntry, Sourced, UserEntry } from './kubeconfig-model.js';

export interface Credentials {
  headers: Record<string, string>;
  cert?: ClientCertificate;
}

export interface CredentialSource {
  get(): Promise<Credentials>;
  /** After a 401: true when fresh credentials were obtained and a retry may succeed. */
  renew?(): Promise<boolean>;
}

/** Reads a file a setting names; the error says which setting and which file. */
export function readSetting(file: string, setting: string, where: string): Buffer {
  try {
    return readRegularFileSync(file, 1024 * 1024);
  } catch (e) {
    const why = e instanceof UnreadableFile ? e.message : String(e);
    throw new ActionError(`Cannot read ${file} (${setting} of ${where}): ${why}.`, { hint: 'Relative paths in a kubeconfig are relative to the kubeconfig file itself; make sure the file is present on the runner.', title: 'kubeconfig' });
  }
}

/** A token in a file, read again before each request (projected service-account tokens rotate). */
export class TokenFile {
  private last = '';
  private readonly path: string;
  private readonly setting: string;
  private readonly where: string;
  private readonly setSecret: (v: string) => void;
  private readonly fallback: string | undefined;

  constructor(o: { path: string; setting: string; where: string; setSecret(v: string): void; fallback?: string }) {
    this.path = o.path;
    this.setting = o.setting;
    this.where = o.where;
    this.setSecret = o.setSecret;
    this.fallback = o.fallback;
  }

  read(): string {
    let token: string;
    try {
      token = readSetting(this.path, this.setting, this.where).toString('utf8').trim();
    } catch (e) {
      if (this.fallback === undefined) throw e;
      token = this.fallback;
    }
    if (token === '') throw new ActionError(`${this.path} (${this.setting} of ${this.where}) is empty.`, { hint: 'The file must hold a bearer token.', title: 'kubeconfig' });
    if (token !== this.last) this.setSecret(token);
    this.last = token;
    return token;
  }

  /** True when the file now holds another token than the one last used. */
  changed(): boolean {
    const before = this.last;
    try {
      return this.read() !== before;
    } catch {
      return false;
    }
  }
}

export interface UserAuthOptions {
  name: string;
  user: Sourced<UserEntry> | undefined;
  cluster: ClusterEntry;
  clusterCa?: Buffer;
  env: NodeJS.ProcessEnv;
  setSecret(value: string): void;
}

function clientCertificate(u: UserEntry, where: string): ClientCertificate | undefined {
  const cert = u.clientCertificateData ?? (u.clientCertificate ? readSetting(u.clientCertificate, 'client-certificate', where) : undefined);
  const key = u.clientKeyData ?? (u.clientKey ? readSetting(u.clientKey, 'client-key', where) : undefined);
  if ((cert === undefined) !== (key === undefined)) {
    throw new ActionError(`The kubeconfig ${where} has a client ${cert ? 'certificate but no key' : 'key but no certificate'}.`, { hint: 'Set both client-certificate(-data) and client-key(-data).', title: 'kubeconfig' });
  }
  return cert && key ? { cert, key } : undefined;
}

export function userAuth(o: UserAuthOptions): CredentialSource {
  if (!o.user) return { get: async () => ({ headers: {} }) };
  const u = o.user.value;
  const where = `user "${o.name}" in ${o.user.file}`;
  if (u.authProvider !== undefined) {
    throw new ActionError(`The kubeconfig ${where} uses auth-provider "${u.authProvider}", which is not supported (kubectl itself removed the built-in providers).`, {
      hint: 'Use an exec credential plugin instead: kubelogin (Azure AD / OIDC), aws eks get-token or the cluster-name input (EKS), gke-gcloud-auth-plugin (GKE).',
      title: 'kubeconfig',
    });
  }
  const hasToken = u.token !== undefined || u.tokenFile !== undefined;
  const hasBasic = u.username !== undefined || u.password !== undefined;
  if (hasToken && hasBasic) {
    throw new ActionError(`The kubeconfig ${where} sets both a token and username/password; only one authentication method is allowed.`, { hint: 'Remove one of them, as kubectl requires.', title: 'kubeconfig' });
  }
  if (u.token) o.setSecret(u.token);
  if (u.password) o.setSecret(u.password);
  const cert = clientCertificate(u, where);
  const tokenFile = u.tokenFile ? new TokenFile({ path: u.tokenFile, setting: 'tokenFile', where, setSecret: o.setSecret, fallback: u.token }) : undefined;
  if (tokenFile) tokenFile.read();
  if (hasToken || hasBasic || cert || !u.exec) {
    const basic = hasBasic ? `Basic ${Buffer.from(`${u.username ?? ''}:${u.password ?? ''}`).toString('base64')}` : undefined;
    return {
      get: async (): Promise<Credentials> => {
        const token = tokenFile ? tokenFile.read() : u.token;
        const authorization = token ? `Bearer ${token}` : basic;
        const headers: Record<string, string> = authorization ? { authorization } : {};
        return { headers, ...(cert ? { cert } : {}) };
      },
      ...(tokenFile ? { renew: async () => tokenFile.changed() } : {}),
    };
  }
  const plugin = new ExecCredentials({ exec: u.exec, owner: where, cluster: o.cluster, clusterCa: o.clusterCa, env: o.env, setSecret: o.setSecret });
  return {
    get: async (): Promise<Credentials> => {
      const c = await plugin.get();
      const headers: Record<string, string> = c.token ? { authorization: `Bearer ${c.token}` } : {};
      return { headers, ...(c.cert ? { cert: c.cert } : {}) };
    },
    renew: async () => {
      plugin.invalidate();
      await plugin.get();
      return true;
    },
  };
}
