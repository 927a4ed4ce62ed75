/**
 * Running programs from a script: user commands and the CDK CLI with their output streamed line
 * by line through the redactor (so a command that prints its environment does not print the
 * credentials the script gave it), and helpers (git, tar) with their output captured. Each child
 * runs in its own process group, so stopping the script stops everything it started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import type { Redactor } from './redact.js';

const running = new Set<ChildProcess>();

/** Sends SIGTERM to every process group the script started (on SIGTERM/SIGINT of the script). */
export function terminateChildren(): void {
  for (const child of running) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

export interface ExecOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface Finished {
  /** Exit code; null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Spawning failed (e.g. ENOENT: the program is not installed). */
  spawnError?: NodeJS.ErrnoException;
}

export interface Streamed extends Finished {
  /** The last lines the program printed (stdout and stderr), redacted. */
  tail: string[];
}

const TAIL_LINES = 20;

function start(file: string, args: string[], o: ExecOptions, stdin: 'ignore' | 'pipe'): ChildProcess {
  const child = spawn(file, args, { cwd: o.cwd, env: o.env, stdio: [stdin, 'pipe', 'pipe'], detached: true });
  running.add(child);
  return child;
}

/**
 * Resolves when the program exits (not when its output closes: a background process it left
 * behind may hold the pipes open). `drain` then waits briefly for the rest of the output.
 */
function finished(child: ChildProcess): Promise<Finished> {
  return new Promise((resolve) => {
    child.once('error', (e: NodeJS.ErrnoException) => {
      running.delete(child);
      resolve({ code: null, signal: null, spawnError: e });
    });
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
}

const DRAIN_MS = 2000;

/** Waits for the output copies, at most DRAIN_MS after the exit, then closes the pipes. */
async function drain(child: ChildProcess, copies: Promise<unknown>[]): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all(copies), new Promise((r) => (timer = setTimeout(r, DRAIN_MS)))]);
  clearTimeout(timer);
  child.stdout?.destroy();
  child.stderr?.destroy();
  await Promise.all(copies);
}

/** Copies a stream to `to` line by line, redacted; remembers the last lines in `tail`. */
function pipeLines(from: Readable, to: Writable, secrets: Redactor, tail: string[]): Promise<void> {
  let partial = '';
  const emit = (line: string): void => {
    const clean = secrets.redact(line);
    to.write(`${clean}\n`);
    tail.push(clean);
    if (tail.length > TAIL_LINES) tail.shift();
  };
  from.setEncoding('utf8');
  from.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) emit(line.replace(/\r$/, ''));
  });
  return new Promise((resolve) => {
    from.once('close', () => {
      if (partial !== '') emit(partial);
      resolve();
    });
  });
}

/** Runs a program with its output streamed (redacted) to this process's stdout and stderr. */
export async function runStreamed(file: string, args: string[], o: ExecOptions & { secrets: Redactor }): Promise<Streamed> {
  const child = start(file, args, o, 'ignore');
  const tail: string[] = [];
  const done = finished(child);
  const copies = [pipeLines(child.stdout as Readable, process.stdout, o.secrets, tail), pipeLines(child.stderr as Readable, process.stderr, o.secrets, tail)];
  const result = await done;
  await drain(child, copies);
  return { ...result, tail };
}

/** Runs a shell command line with `/bin/sh -c` (one shell per command), output streamed. */
export function runShell(command: string, o: ExecOptions & { secrets: Redactor }): Promise<Streamed> {
  return runStreamed('/bin/sh', ['-c', command], o);
}

export interface Captured extends Finished {
  stdout: string;
  stderr: string;
}

/** Runs a helper program (git, tar) with its output captured; `input` is written to its stdin. */
export async function runCaptured(file: string, args: string[], o: ExecOptions & { input?: string | Buffer }): Promise<Captured> {
  const child = start(file, args, o, o.input === undefined ? 'ignore' : 'pipe');
  const collected = collect(child);
  if (o.input !== undefined) {
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(o.input);
  }
  const result = await finished(child);
  return { ...result, ...(await collected.read()) };
}

/** Collects a helper's output; read() waits for it (bounded, see drain). */
function collect(child: ChildProcess): { read(): Promise<{ stdout: string; stderr: string }> } {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const closed = (s: Readable | null): Promise<void> => (s ? new Promise((r) => s.once('close', () => r())) : Promise.resolve());
  child.stdout?.on('data', (c: Buffer) => out.push(c));
  child.stderr?.on('data', (c: Buffer) => err.push(c));
  const copies = [closed(child.stdout), closed(child.stderr)];
  return {
    async read() {
      await drain(child, copies);
      return { stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
    },
  };
}

/** `exit code 2`, `signal SIGKILL`, or why it could not start. */
export function howItEnded(f: Finished): string {
  if (f.spawnError) return f.spawnError.code === 'ENOENT' ? 'the program was not found' : `it could not start (${f.spawnError.message})`;
  if (f.signal) return `it was killed by ${f.signal}`;
  return `exit code ${f.code}`;
}

/** Exposes a child's stdin for streaming (tar reading an S3 download). */
export function spawnWithStdin(file: string, args: string[], o: ExecOptions): { stdin: Writable; done: Promise<Captured> } {
  const child = start(file, args, o, 'pipe');
  const collected = collect(child);
  child.stdin?.on('error', () => undefined);
  const done = finished(child).then(async (r) => ({ ...r, ...(await collected.read()) }));
  return { stdin: child.stdin as Writable, done };
}
