/**
 * Runs the pipeline image's scripts as programs on this machine: from the TypeScript sources
 * through tsx (fast, no build), or from a bundle built by scripts/build-image.mjs (its
 * bin/aphex-<script> wrappers, as the image runs them). A clean environment: PATH with the
 * stand-in cdk, a fresh HOME and APHEX_WORKSPACE, nothing of the developer's AWS settings.
 * Also local git repositories to check out (file:// URLs).
 */
import { afterAll } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../harness/run-action.ts';

export { ROOT };
export const FIXTURES = path.join(ROOT, 'test/image/fixtures');
const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The APHEX_RESULT line, parsed (undefined when there was none). */
  result?: { success: boolean; script: string; data: { message: string; hint?: string; exit_code: number; details: Record<string, unknown> }; timestamp: string };
  /** Whether the APHEX_RESULT line is the last line of stdout. */
  resultLast: boolean;
  workspace: string;
  durationMs: number;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** A bundle folder (bin/aphex-<script>) instead of the sources. */
  bundle?: string;
  timeoutMs?: number;
  /** Sends this signal to the script once its stdout matches the pattern. */
  signalOn?: { pattern: RegExp; signal: NodeJS.Signals };
}

const made: string[] = [];
// Every folder a test file made goes when the file is done.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `aphex-image-${prefix}-`));
  made.push(dir);
  return dir;
}

/** PATH: the stand-in cdk first, then the folder of this Node (24), then the system's. */
export function testPath(): string {
  return [path.join(FIXTURES, 'bin'), path.dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':');
}

export function runImageScript(script: string, args: string[], o: RunOptions = {}): Promise<ScriptResult> {
  const workspace = tempDir('ws');
  const home = path.join(workspace, 'home');
  mkdirSync(home);
  const env: Record<string, string> = { PATH: testPath(), HOME: home, APHEX_WORKSPACE: workspace, AWS_EC2_METADATA_DISABLED: 'true', LANG: 'C.UTF-8' };
  for (const [k, v] of Object.entries(o.env ?? {})) if (v === undefined) delete env[k];
  else env[k] = v;
  const [file, argv] = o.bundle ? [path.join(o.bundle, 'bin', `aphex-${script}`), args] : [process.execPath, ['--import', TSX, path.join(ROOT, 'src/image/main.ts'), script, ...args]];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
      if (o.signalOn && !signalled && o.signalOn.pattern.test(stdout)) {
        signalled = true;
        child.kill(o.signalOn.signal);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const lines = stdout.trimEnd().split('\n');
      const line = lines.findLast((l) => l.startsWith('APHEX_RESULT '));
      resolve({
        code,
        stdout,
        stderr,
        ...(line ? { result: JSON.parse(line.slice('APHEX_RESULT '.length)) as ScriptResult['result'] } : {}),
        resultLast: line !== undefined && lines.at(-1) === line,
        workspace,
        durationMs: Date.now() - started,
      });
    });
  });
}

/** Where a secret shows up in a run's output (empty when nowhere). */
export function leaks(r: ScriptResult, secrets: string[]): string[] {
  return secrets.filter((s) => s.length >= 4).flatMap((s) => [['stdout', r.stdout], ['stderr', r.stderr]].filter(([, text]) => (text as string).includes(s)).map(([where]) => `${where} contains ${s.slice(0, 4)}…`));
}

const GIT_ENV = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: os.tmpdir() };

function git(dir: string, args: string[]): string {
  const r = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

export interface TestRepo {
  dir: string;
  /** file:// URL to clone. */
  url: string;
  /** Commits in order; each entry's files are written on top of the previous tree. */
  commits: string[];
  /** Adds a commit with these files (a null content deletes the file); returns its id. */
  commit(files: Record<string, string | null>, message?: string): string;
}

/** A git repository on disk with one commit per entry of `history`. */
export function makeRepo(history: Record<string, string | null>[]): TestRepo {
  const dir = tempDir('repo');
  git(dir, ['init', '--quiet', '--initial-branch', 'main']);
  const repo: TestRepo = {
    dir,
    url: pathToFileURL(dir).href,
    commits: [],
    commit(files, message = `commit ${repo.commits.length + 1}`) {
      for (const [name, content] of Object.entries(files)) {
        const file = path.join(dir, name);
        if (content === null) {
          git(dir, ['rm', '--quiet', name]);
          continue;
        }
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, content, { mode: name.endsWith('.sh') ? 0o755 : 0o644 });
      }
      git(dir, ['add', '--all']);
      git(dir, ['commit', '--quiet', '--allow-empty', '-m', message]);
      const id = git(dir, ['rev-parse', 'HEAD']);
      repo.commits.push(id);
      return id;
    },
  };
  for (const files of history) repo.commit(files);
  return repo;
}

/** The arguments every script receives. */
export function commonArgs(repo: TestRepo, revision: string, extra: { pipeline?: string; runId?: string; bucket?: string } = {}): string[] {
  return [
    '--pipeline',
    extra.pipeline ?? 'shop',
    '--repository',
    repo.url,
    '--revision',
    revision,
    '--run-id',
    extra.runId ?? '6f1c2a9e-1b2c-4d5e-8f90-0123456789ab',
    ...(extra.bucket ? ['--artifact-bucket', extra.bucket] : []),
  ];
}

export const MINIMAL_CONFIG = `version: "1.0"
build:
  commands:
    - make
environments:
  - name: dev
    region: eu-west-1
    account: "111111111111"
    stacks:
      - name: App
        path: infra
`;
