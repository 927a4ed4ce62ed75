/**
 * run(): inputs -> command -> outputs. The only place that sets the exit code.
 */
import * as core from '@actions/core';
import path from 'node:path';
import { NETWORK_COMMANDS, readInputs, secretInputs, type Command, type Settings } from './inputs/index.js';
import { checkProxyEnv } from './inputs/proxy-env.js';
import type { CommandContext, CommandRunner, OutputName } from './context.js';
import { ActionError, messageOf } from './errors.js';
import { reportFailure } from './report/failure.js';
import { writeFailureSummary } from './report/failure-summary.js';
import { maskSecret } from './report/secrets.js';

/** Commands load lazily, so `validate` never loads the AWS SDK or the Kubernetes client. */
const COMMAND_MODULES: Record<Command, () => Promise<{ default: CommandRunner }>> = {
  credentials: () => import('./commands/credentials.js'),
  start: () => import('./commands/start.js'),
  await: () => import('./commands/await.js'),
  approve: () => import('./commands/approve.js'),
  stop: () => import('./commands/stop.js'),
  retry: () => import('./commands/retry.js'),
  rollback: () => import('./commands/rollback.js'),
  status: () => import('./commands/status.js'),
  event: () => import('./commands/event.js'),
  'update-pipeline': () => import('./commands/update-pipeline.js'),
  validate: () => import('./commands/validate.js'),
  render: () => import('./commands/render.js'),
  apply: () => import('./commands/apply.js'),
  delete: () => import('./commands/delete.js'),
};

/** await and approve with workflow-name follow or answer an Argo Workflow; without it, a CodePipeline execution. */
const WORKFLOW_MODULES: Partial<Record<Command, () => Promise<{ default: CommandRunner }>>> = {
  await: () => import('./commands/await-workflow.js'),
  approve: () => import('./commands/approve-workflow.js'),
};

/** The module that runs the command these settings ask for (loaded only when called). */
function commandModule(settings: Pick<Settings, 'command' | 'workflowName'>): () => Promise<{ default: CommandRunner }> {
  return (settings.workflowName !== '' ? WORKFLOW_MODULES[settings.command] : undefined) ?? COMMAND_MODULES[settings.command];
}

/** After a cancel signal, how long the command may take to clean up before we exit anyway. */
const CANCEL_GRACE_MS = 6000;

/**
 * Errors that escape every await (a throwing timer, a promise nobody awaits) are defects: reported
 * like any other, never as Node's raw stack trace. A thrown exception leaves the process in an
 * unknown state, so it exits at once.
 */
function reportStrayErrors(env: NodeJS.ProcessEnv): void {
  process.on('unhandledRejection', (error: unknown) => {
    reportFailure(error, env);
    process.exitCode = 1;
  });
  process.on('uncaughtException', (error: unknown) => {
    reportFailure(error, env);
    process.exit(1);
  });
}

/** GITHUB_OUTPUT and GITHUB_ENV are the runner's side of the contract: failing to write them is no defect of ours. */
function toRunnerFile(variable: string, write: () => void): void {
  try {
    write();
  } catch (e) {
    throw new ActionError(`Could not write to ${variable}: ${messageOf(e)}`, {
      hint: `The runner creates ${variable} for every step; check that nothing earlier in the job removed or replaced it.`,
      title: 'runner',
      cause: e,
    });
  }
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  reportStrayErrors(env);
  const controller = new AbortController();
  let command = '';
  const onSignal = (signal: NodeJS.Signals): void => {
    if (!controller.signal.aborted) {
      core.warning(`Received ${signal}: the job was cancelled. Cleaning up...`);
      controller.abort(new Error(`cancelled by ${signal}`));
      setTimeout(() => process.exit(1), CANCEL_GRACE_MS).unref();
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const read = (name: string): string => core.getInput(name);
    for (const secret of secretInputs(read)) maskSecret(secret);
    const { settings, warnings } = readInputs(read, env);
    command = settings.command;
    for (const w of warnings) core.warning(w.message, { title: `input ${w.input}` });
    // Before any request: Node would throw on some proxy settings and silently ignore others.
    if (NETWORK_COMMANDS.includes(settings.command)) for (const w of checkProxyEnv(env)) core.warning(w, { title: 'proxy' });
    const ctx: CommandContext = {
      settings,
      env,
      workspace: path.resolve(env.GITHUB_WORKSPACE || process.cwd()),
      signal: controller.signal,
      setOutput: (name: OutputName, value: string) => toRunnerFile('GITHUB_OUTPUT', () => core.setOutput(name, value)),
      setDynamicOutput: (name: string, value: string) => toRunnerFile('GITHUB_OUTPUT', () => core.setOutput(name, value)),
      setSecret: (value: string) => maskSecret(value),
      exportVariable: (name: string, value: string) => toRunnerFile('GITHUB_ENV', () => core.exportVariable(name, value)),
    };
    const runner = (await commandModule(settings)()).default;
    await runner(ctx);
    if (controller.signal.aborted) process.exitCode = 1;
  } catch (error) {
    reportFailure(error, env);
    process.exitCode = 1;
    await writeFailureSummary(env, error, command);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
