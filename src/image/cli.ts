/**
 * What every pipeline-image script shares: strict parsing of its arguments (docs/config.md,
 * "Script interface"), exit codes, one structured result line at the end, and redaction of
 * secrets from everything it prints. A script is a `Script` object; `runScript` runs it and
 * returns the exit code (main.ts sets it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ActionError, isActionError, messageOf, type Problem } from '../errors.js';
import { terminateChildren } from './exec.js';
import { Redactor } from './redact.js';

/** Exit codes (docs/images.md, "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** The work failed: a command, a stack deployment, the tests, or the config is invalid. */
  failed: 1,
  /** The script was called with missing or malformed arguments (template and image disagree). */
  usage: 2,
  /** The surroundings refused: git, AWS credentials or role, the cluster, the artifact bucket. */
  environment: 3,
  /** Stopped by SIGTERM/SIGINT (Argo stopping the step). */
  terminated: 143,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Prefix of the structured result line, the last line a script prints on stdout. */
export const RESULT_PREFIX = 'APHEX_RESULT ';

export interface ScriptErrorOptions {
  hint?: string;
  details?: Record<string, unknown>;
  problems?: Problem[];
  cause?: unknown;
}

/** A failure with its exit code; the message says what went wrong and where, the hint what to do. */
export class ScriptError extends Error {
  readonly exitCode: ExitCode;
  readonly hint?: string;
  readonly details: Record<string, unknown>;
  readonly problems: Problem[];
  constructor(exitCode: ExitCode, message: string, o: ScriptErrorOptions = {}) {
    super(message, o.cause === undefined ? undefined : { cause: o.cause });
    this.name = 'ScriptError';
    this.exitCode = exitCode;
    this.hint = o.hint;
    this.details = o.details ?? {};
    this.problems = o.problems ?? [];
  }
}

/** Runs fn; an ActionError of the reused core becomes a ScriptError with this exit code. */
export async function withExit<T>(exitCode: ExitCode, fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isActionError(e)) throw new ScriptError(exitCode, e.message, { hint: e.hint, problems: e.problems, cause: e });
    throw e;
  }
}

export interface Output {
  /** A line on stdout, `<script>: <text>`, secrets redacted. */
  log(text: string): void;
  /** A line on stderr, `<script>: warning: <text>`. */
  warn(text: string): void;
  /** A line on stderr, `<script>: error: <text>`. */
  error(text: string): void;
}

export interface ScriptContext {
  name: string;
  /** Option values by name; optional options that were not given are absent. */
  args: Record<string, string | undefined>;
  /** Arguments after `--` (aphex-build's commands). */
  positionals: string[];
  env: NodeJS.ProcessEnv;
  out: Output;
  secrets: Redactor;
  /** Aborted when the script receives SIGTERM or SIGINT. */
  signal: AbortSignal;
}

export interface ScriptOutcome {
  message: string;
  details?: Record<string, unknown>;
}

export interface Script {
  name: string;
  /** Usage text after the script's name. */
  usage: string;
  required: readonly string[];
  optional: readonly string[];
  /** Whether arguments after `--` are expected. */
  positionals?: boolean;
  run(ctx: ScriptContext): Promise<ScriptOutcome>;
}

/** The arguments every script receives (docs/config.md). */
export const COMMON_REQUIRED = ['pipeline', 'repository', 'revision', 'run-id'] as const;
export const COMMON_OPTIONAL = ['artifact-bucket'] as const;

function parse(script: Script, argv: string[]): { args: Record<string, string | undefined>; positionals: string[] } {
  const names = [...script.required, ...script.optional];
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])), strict: true, allowPositionals: script.positionals === true });
  } catch (e) {
    const unknown = /Unknown option '([^']+)'/.exec(messageOf(e))?.[1];
    throw usageError(script, unknown ? `unknown argument ${unknown}` : messageOf(e).replace(/\. To specify a positional argument.*$/s, ''), unknown !== undefined);
  }
  const args = parsed.values as Record<string, string | undefined>;
  const missing = script.required.filter((n) => args[n] === undefined);
  if (missing.length > 0) throw usageError(script, `missing ${missing.map((n) => `--${n}`).join(', ')}`, false);
  return { args, positionals: parsed.positionals };
}

function usageError(script: Script, problem: string, unknown: boolean): ScriptError {
  const hint = unknown
    ? 'The WorkflowTemplate passes an argument this image does not know: most likely the template was rendered by a newer aphex-pipeline-action than the image. Use the image that release names (docs/images.md), or re-render with the action that matches the image.'
    : 'The WorkflowTemplate and the image disagree about the script interface (docs/config.md, "Script interface of the pipeline images"): re-render the template with the action, or use the image that matches it.';
  return new ScriptError(EXIT.usage, `${problem}.\nUsage: ${script.name} ${script.usage}`, { hint });
}

function makeOutput(name: string, secrets: Redactor): Output {
  return {
    log: (text) => void process.stdout.write(`${secrets.redact(`${name}: ${text}`)}\n`),
    warn: (text) => void process.stderr.write(`${secrets.redact(`${name}: warning: ${text}`)}\n`),
    error: (text) => void process.stderr.write(`${secrets.redact(`${name}: error: ${text}`)}\n`),
  };
}

interface Result {
  success: boolean;
  script: string;
  data: { message: string; hint?: string; exit_code: number; details: Record<string, unknown> };
  timestamp: string;
}

function printResult(result: Result, secrets: Redactor, env: NodeJS.ProcessEnv, out: Output): void {
  const json = secrets.redact(JSON.stringify(result));
  const file = env.APHEX_RESULT_FILE?.trim();
  if (file) {
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, `${json}\n`);
    } catch (e) {
      out.warn(`could not write the result to ${file} (APHEX_RESULT_FILE): ${messageOf(e)}`);
    }
  }
  process.stdout.write(`${RESULT_PREFIX}${json}\n`);
}

function describeFailure(e: unknown, name: string): ScriptError {
  if (e instanceof ScriptError) return e;
  if (e instanceof ActionError) return new ScriptError(EXIT.environment, e.message, { hint: e.hint, problems: e.problems, cause: e });
  const stack = e instanceof Error && e.stack ? `\n${e.stack}` : '';
  return new ScriptError(EXIT.failed, `${name} failed unexpectedly: ${messageOf(e)}${stack}`, { hint: 'This is a defect in the pipeline image; please report it with this log.' });
}

function printFailure(err: ScriptError, out: Output, secrets: Redactor): void {
  for (const p of err.problems) process.stderr.write(`${secrets.redact(`${p.file}:${p.line}:${p.col}: ${p.message}${p.rule ? ` [${p.rule}]` : ''}`)}\n`);
  out.error(err.message);
  if (err.hint) process.stderr.write(`${secrets.redact(`hint: ${err.hint}`)}\n`);
}

/** Runs the script with argv (after the script name); prints the result line; returns the exit code. */
export async function runScript(script: Script, argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const secrets = new Redactor();
  const out = makeOutput(script.name, secrets);
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals): void => {
    out.warn(`received ${sig}: stopping`);
    controller.abort(new ScriptError(EXIT.terminated, `${script.name} was stopped by ${sig} (the step was terminated).`));
    terminateChildren();
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  const timestamp = (): string => new Date().toISOString();
  try {
    const { args, positionals } = parse(script, argv);
    const outcome = await script.run({ name: script.name, args, positionals, env, out, secrets, signal: controller.signal });
    if (controller.signal.aborted) throw controller.signal.reason;
    out.log(outcome.message);
    printResult({ success: true, script: script.name, data: { message: outcome.message, exit_code: EXIT.ok, details: outcome.details ?? {} }, timestamp: timestamp() }, secrets, env, out);
    return EXIT.ok;
  } catch (e) {
    const err = controller.signal.aborted && controller.signal.reason instanceof ScriptError ? controller.signal.reason : describeFailure(e, script.name);
    printFailure(err, out, secrets);
    const data = { message: err.message, ...(err.hint ? { hint: err.hint } : {}), exit_code: err.exitCode, details: { ...err.details, ...(err.problems.length ? { problems: err.problems } : {}) } };
    printResult({ success: false, script: script.name, data, timestamp: timestamp() }, secrets, env, out);
    return err.exitCode;
  } finally {
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('SIGINT', onSignal);
  }
}
