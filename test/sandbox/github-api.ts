/**
 * Loopback GitHub REST API emulator for Deployments and their statuses.
 * Reach it with GITHUB_API_URL=<server.url>.
 */
import { startEmulator, type Emulator, type LoopbackServer, type SandboxRequest, type SandboxResponse } from './server.ts';

export interface DeploymentRecordSeen {
  id: number;
  repository: string;
  body: Record<string, unknown>;
  statuses: Record<string, unknown>[];
}

export class GitHubApiEmulator implements Emulator {
  readonly deployments: DeploymentRecordSeen[] = [];
  /** The token the emulator accepts (401 otherwise). */
  token: string;
  /** Answer createDeployment with this status (e.g. 403 to test missing permissions). */
  denyWith: number | undefined;

  constructor(token: string) {
    this.token = token;
    this.denyWith = undefined;
  }

  operationOf(req: SandboxRequest): string {
    const p = req.url.pathname;
    if (req.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/deployments$/.test(p)) return 'createDeployment';
    if (req.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/deployments\/\d+\/statuses$/.test(p)) return 'createDeploymentStatus';
    return `${req.method} ${p}`;
  }

  faultResponse(kind: 'throttle' | '5xx'): SandboxResponse {
    return kind === 'throttle' ? json(403, { message: 'API rate limit exceeded' }) : json(502, { message: 'Server Error' });
  }

  handle(req: SandboxRequest, operation: string): SandboxResponse {
    if (req.headers.authorization !== `token ${this.token}` && req.headers.authorization !== `Bearer ${this.token}`) return json(401, { message: 'Bad credentials' });
    const parts = req.url.pathname.split('/');
    const repository = `${parts[2]}/${parts[3]}`;
    const body = JSON.parse(req.body || '{}') as Record<string, unknown>;
    if (operation === 'createDeployment') {
      if (this.denyWith) return json(this.denyWith, { message: 'Resource not accessible by integration' });
      const d = { id: 1000 + this.deployments.length, repository, body, statuses: [] };
      this.deployments.push(d);
      return json(201, { id: d.id, ref: body.ref, environment: body.environment, sha: body.ref });
    }
    if (operation === 'createDeploymentStatus') {
      const d = this.deployments.find((x) => x.id === Number(parts[5]));
      if (!d) return json(404, { message: 'Not Found' });
      d.statuses.push(body);
      return json(201, { id: d.statuses.length, state: body.state });
    }
    return json(404, { message: 'Not Found' });
  }
}

function json(status: number, body: unknown): SandboxResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

export async function startGitHubApi(token: string): Promise<{ server: LoopbackServer; emulator: GitHubApiEmulator }> {
  const emulator = new GitHubApiEmulator(token);
  return { server: await startEmulator(emulator), emulator };
}
