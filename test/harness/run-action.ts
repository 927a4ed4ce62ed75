/**
 * Runs the bundled action the way the GitHub runner does: INPUT_* variables (with action.yml
 * defaults), GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE / GITHUB_STEP_SUMMARY files, a workspace,
 * and cancellation by SIGINT (then SIGTERM 7.5 s later, as the runner does).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { parseFileCommands, parseWorkflowCommand, type WorkflowCommand } from './workflow-commands.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The bundle under test: $APHEX_DIST/index.js when set (a private build), else dist/index.js. */
export function actionEntry(): string {
  const dir = process.env.APHEX_DIST ? path.resolve(ROOT, process.env.APHEX_DIST) : path.join(ROOT, 'dist');
  return path.join(dir, 'index.js');
}

interface ActionInputSpec {
  default?: string;
}

let defaultsCache: Record<string, string> | undefined;
/** Input defaults from action.yml, as the runner applies them. */
export function actionDefaults(): Record<string, string> {
  if (!defaultsCache) {
    const doc = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, ActionInputSpec> };
    defaultsCache = {};
    for (const [name, spec] of Object.entries(doc.inputs)) if (spec.default !== undefined) defaultsCache[name] = String(spec.default);
  }
  return defaultsCache;
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  /** Extra environment; undefined values remove a default. */
  env?: Record<string, string | undefined>;
  /** Workspace folder (GITHUB_WORKSPACE and cwd). Default: a fresh temp folder. */
  workspace?: string;
  /** Kill the process (SIGKILL) after this long. Default 60 s. */
  timeoutMs?: number;
  /** Apply action.yml defaults (the runner does). Default true. */
  applyDefaults?: boolean;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout lines that are not workflow commands. */
  lines: string[];
  commands: WorkflowCommand[];
  errors: WorkflowCommand[];
  warnings: WorkflowCommand[];
  notices: WorkflowCommand[];
  masks: string[];
  outputs: Record<string, string>;
  exportedEnv: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  durationMs: number;
  workspace: string;
  timedOut: boolean;
}

export interface ActionProcess {
  pid: number;
  result: Promise<RunResult>;
  /** Resolves when stdout has a line matching re (rejects after timeoutMs). Returns ms since start. */
  waitForLine(re: RegExp, timeoutMs?: number): Promise<number>;
  /** The runner's cancel: SIGINT now, SIGTERM after 7.5 s if still running. */
  cancel(): void;
  kill(signal: NodeJS.Signals): void;
  startedAt: number;
}

const DEFAULT_GITHUB_ENV: Record<string, string> = {
  GITHUB_ACTIONS: 'true',
  CI: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_REPOSITORY_OWNER: 'acme',
  GITHUB_RUN_ID: '9876543210',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_RUN_NUMBER: '42',
  GITHUB_JOB: 'deploy',
  GITHUB_WORKFLOW: 'Deploy',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REF_NAME: 'main',
  GITHUB_ACTOR: 'octocat',
  GITHUB_EVENT_NAME: 'push',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
  // Keep the host's AWS configuration and instance metadata out of the action's way.
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_CONFIG_FILE: '/nonexistent/aws-config',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
};

export function startAction(options: RunOptions = {}): ActionProcess {
  const workspace = options.workspace ?? mkdtempSync(path.join(os.tmpdir(), 'aphex-ws-'));
  const files = mkdtempSync(path.join(os.tmpdir(), 'aphex-runner-'));
  const runnerTemp = path.join(files, 'temp');
  mkdirSync(runnerTemp);
  const fileCommand = (name: string): string => {
    const p = path.join(files, name);
    writeFileSync(p, '');
    return p;
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: files,
    ...DEFAULT_GITHUB_ENV,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: fileCommand('output'),
    GITHUB_ENV: fileCommand('env'),
    GITHUB_STATE: fileCommand('state'),
    GITHUB_PATH: fileCommand('path'),
    GITHUB_STEP_SUMMARY: fileCommand('summary'),
  };
  const inputs = { ...(options.applyDefaults === false ? {} : actionDefaults()), ...(options.inputs ?? {}) };
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const entry = actionEntry();
  if (!existsSync(entry)) throw new Error(`${entry} does not exist: run 'npm run build' first`);
  const startedAt = performance.now();
  const child = spawn(process.execPath, [entry], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: { re: RegExp; resolve: (ms: number) => void }[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    for (const w of [...waiters]) {
      if (stdout.split('\n').some((l) => w.re.test(l))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(performance.now() - startedAt);
      }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let timedOut = false;
  const killer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 60000);
  const timers: NodeJS.Timeout[] = [killer];
  const result = new Promise<RunResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      timers.forEach(clearTimeout);
      const durationMs = performance.now() - startedAt;
      const all = stdout.split('\n').filter((l, i, a) => !(i === a.length - 1 && l === ''));
      const commands: WorkflowCommand[] = [];
      const lines: string[] = [];
      for (const l of all) {
        const c = parseWorkflowCommand(l);
        if (c) commands.push(c);
        else lines.push(l);
      }
      const read = (name: string): string => readFileSync(path.join(files, name), 'utf8');
      resolve({
        code,
        signal,
        stdout,
        stderr,
        lines,
        commands,
        errors: commands.filter((c) => c.command === 'error'),
        warnings: commands.filter((c) => c.command === 'warning'),
        notices: commands.filter((c) => c.command === 'notice'),
        masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
        outputs: parseFileCommands(read('output')),
        exportedEnv: parseFileCommands(read('env')),
        state: parseFileCommands(read('state')),
        summary: read('summary'),
        durationMs,
        workspace,
        timedOut,
      });
    });
  });
  return {
    pid: child.pid ?? -1,
    result,
    startedAt,
    waitForLine(re: RegExp, timeoutMs = 30000): Promise<number> {
      if (stdout.split('\n').some((l) => re.test(l))) return Promise.resolve(performance.now() - startedAt);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no stdout line matched ${re} within ${timeoutMs} ms; stdout so far:\n${stdout}`)), timeoutMs);
        waiters.push({ re, resolve: (ms) => (clearTimeout(t), resolve(ms)) });
      });
    },
    cancel(): void {
      child.kill('SIGINT');
      const t = setTimeout(() => child.kill('SIGTERM'), 7500);
      timers.push(t);
    },
    kill(signal: NodeJS.Signals): void {
      child.kill(signal);
    },
  };
}

export function runAction(options: RunOptions = {}): Promise<RunResult> {
  return startAction(options).result;
}

/** Every place a secret could leak to the user: stdout, stderr, outputs, summary, state. */
export function leaks(result: RunResult, secrets: string[]): string[] {
  const places: [string, string][] = [
    ['stdout', result.stdout],
    ['stderr', result.stderr],
    ['outputs', JSON.stringify(result.outputs)],
    ['summary', result.summary],
    ['state', JSON.stringify(result.state)],
  ];
  const found: string[] = [];
  for (const secret of secrets) {
    if (secret === '') continue;
    for (const [where, text] of places) {
      // An ::add-mask:: line is how a secret is masked: it is the one place it may appear.
      const visible = where === 'stdout' ? text.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') : text;
      if (visible.includes(secret)) found.push(`${where} contains ${secret.slice(0, 4)}…`);
    }
  }
  return found;
}
