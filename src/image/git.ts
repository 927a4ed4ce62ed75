/**
 * The checkout every script starts from: the repository at `--revision`, fetched shallowly
 * (one commit, no tags), into a fresh folder. Servers that refuse a commit that no branch or tag
 * advertises get a full fetch instead. Git never prompts (GIT_TERMINAL_PROMPT=0): a private
 * repository without credentials fails at once with a message.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXIT, ScriptError, type Output } from './cli.js';
import { runCaptured, howItEnded, type Captured } from './exec.js';
import { displayUrl, urlPassword, type Redactor } from './redact.js';

export interface Checkout {
  /** Absolute path of the work tree. */
  dir: string;
  /** The full commit id checked out. */
  commit: string;
}

export interface CheckoutRequest {
  repository: string;
  revision: string;
  env: NodeJS.ProcessEnv;
  out: Output;
  secrets: Redactor;
}

/** A revision git cannot mistake for an option, and without characters no ref or commit has. */
const REVISION = /^[A-Za-z0-9_][A-Za-z0-9_./@{}^~+-]{0,254}$/;

export function checkRevision(revision: string): void {
  if (!REVISION.test(revision) || revision.includes('..')) {
    throw new ScriptError(EXIT.usage, `--revision ${JSON.stringify(revision)} is not a commit id, branch, tag or HEAD.`, {
      hint: 'Submit the Workflow with revision=<commit sha> (or a branch or tag name); the default is HEAD.',
    });
  }
}

export function checkRepository(repository: string): void {
  if (repository.trim() === '' || repository.startsWith('-') || /\s/.test(repository)) {
    throw new ScriptError(EXIT.usage, `--repository ${JSON.stringify(displayUrl(repository))} is not a clone URL.`, {
      hint: "Set the Workflow parameter 'repository' to the clone URL, for example https://github.com/acme/shop.git (the action's render sets it as the default).",
    });
  }
}

/** `$APHEX_WORKSPACE/repo` when free, else a fresh `repo-…` folder beside it. */
export function checkoutFolder(env: NodeJS.ProcessEnv): string {
  const workspace = env.APHEX_WORKSPACE?.trim() || os.tmpdir();
  mkdirSync(workspace, { recursive: true });
  const preferred = path.join(workspace, 'repo');
  if (!existsSync(preferred) || readdirSync(preferred).length === 0) {
    mkdirSync(preferred, { recursive: true });
    return preferred;
  }
  return mkdtempSync(path.join(workspace, 'repo-'));
}

function gitEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: env.GIT_ASKPASS ?? '', GCM_INTERACTIVE: 'never' };
}

async function git(dir: string, env: NodeJS.ProcessEnv, args: string[]): Promise<Captured> {
  return runCaptured('git', ['-c', 'advice.detachedHead=false', '-C', dir, ...args], { cwd: dir, env });
}

function lastLines(text: string, secrets: Redactor, n = 6): string {
  return secrets.redact(text.trim().split('\n').slice(-n).join('\n')) || '(git printed nothing)';
}

function fetchFailed(req: CheckoutRequest, r: Captured): ScriptError {
  const url = displayUrl(req.repository);
  const text = `${r.stderr}\n${r.stdout}`;
  const auth = /Authentication failed|could not read Username|terminal prompts disabled|403|401/i.test(text);
  const missing = /couldn't find remote ref|not our ref|unadvertised object|no such remote ref|did not match any/i.test(text);
  const hint = auth
    ? 'The repository needs credentials the pod does not have. Public repositories need none; for a private one give git a credential (docs/images.md, "Private repositories").'
    : missing
      ? `No commit, branch or tag '${req.revision}' in ${url}: submit the Workflow with an existing revision (a commit of the repository, or a branch name).`
      : `Check the Workflow parameter 'repository' (${url}) and that the pod can reach it (network policy, proxy: HTTPS_PROXY / NO_PROXY).`;
  return new ScriptError(EXIT.environment, `Could not fetch revision '${req.revision}' of ${url} (git ${howItEnded(r)}):\n${lastLines(text, req.secrets)}`, { hint, details: { repository: url, revision: req.revision } });
}

/** Fetches the one commit; falls back to all branches and tags when the server refuses that. */
async function fetchRevision(dir: string, req: CheckoutRequest, env: NodeJS.ProcessEnv): Promise<string> {
  const shallow = await git(dir, env, ['fetch', '--quiet', '--depth', '1', '--no-tags', 'origin', req.revision]);
  if (shallow.code === 0) return 'FETCH_HEAD';
  if (shallow.spawnError) throw new ScriptError(EXIT.environment, `git could not run: ${howItEnded(shallow)}.`, { hint: 'The image must have git on PATH.' });
  req.out.log(`the shallow fetch of ${req.revision} was refused; fetching all branches and tags`);
  const full = await git(dir, env, ['fetch', '--quiet', '--tags', 'origin', '+refs/heads/*:refs/remotes/origin/*']);
  if (full.code !== 0) throw fetchFailed(req, full);
  for (const candidate of [req.revision, `origin/${req.revision}`]) {
    const found = await git(dir, env, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${candidate}^{commit}`]);
    if (found.code === 0) return found.stdout.trim();
  }
  throw fetchFailed(req, shallow);
}

/** Clones `repository` at `revision` into a fresh folder. */
export async function checkout(req: CheckoutRequest): Promise<Checkout> {
  checkRepository(req.repository);
  checkRevision(req.revision);
  req.secrets.add(urlPassword(req.repository));
  const dir = checkoutFolder(req.env);
  const env = gitEnv(req.env);
  req.out.log(`checking out ${req.revision} of ${displayUrl(req.repository)} into ${dir}`);
  for (const args of [['init', '--quiet'], ['remote', 'add', 'origin', req.repository]]) {
    const r = await git(dir, env, args);
    if (r.code !== 0) throw new ScriptError(EXIT.environment, `git ${args[0]} failed in ${dir} (${howItEnded(r)}):\n${lastLines(r.stderr, req.secrets)}`, { hint: 'The image must have git on PATH and a writable workspace (APHEX_WORKSPACE).' });
  }
  const target = await fetchRevision(dir, req, env);
  const co = await git(dir, env, ['checkout', '--quiet', '--detach', target]);
  if (co.code !== 0) throw new ScriptError(EXIT.environment, `git checkout of ${req.revision} failed (${howItEnded(co)}):\n${lastLines(co.stderr, req.secrets)}`, { hint: 'Check that the workspace has room and is writable.' });
  const head = await git(dir, env, ['rev-parse', 'HEAD']);
  const commit = head.stdout.trim();
  req.out.log(`checked out ${commit}`);
  return { dir, commit };
}
