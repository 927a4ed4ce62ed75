/** What a command receives from `main`: its settings and the few runner effects it may cause. */
import type { Settings } from './inputs/index.js';

export const OUTPUTS = [
  'aws-account-id',
  'assumed-role-arn',
  'credentials-expiration',
  'execution-id',
  'execution-status',
  'execution-url',
  'output-variables',
  'stack-outputs',
  'started-at',
  'ended-at',
  'artifact-revisions',
  'stages',
  'matched',
  'event-type',
  'stage-name',
  'action-name',
  'template-name',
  'template-path',
  'template-digest',
  'apply-result',
  'pipeline-version',
  'workflow-name',
  'workflow-status',
  'pending-approval',
  'delete-result',
] as const;
export type OutputName = (typeof OUTPUTS)[number];

export interface CommandContext {
  settings: Settings;
  env: NodeJS.ProcessEnv;
  /** The folder relative paths are resolved against (GITHUB_WORKSPACE, else the current directory). */
  workspace: string;
  /** Aborted when the runner cancels the job (SIGINT, then SIGTERM 7.5 s later). */
  signal: AbortSignal;
  /** Set a declared output now (commands set outputs as soon as they are known). */
  setOutput(name: OutputName, value: string): void;
  /** Set a dynamic output (one per unique stack OutputKey). */
  setDynamicOutput(name: string, value: string): void;
  /** Mask a value in the log from now on. Call before anything that could print it. */
  setSecret(value: string): void;
  /** Export an environment variable for later steps of the job (and this process). */
  exportVariable(name: string, value: string): void;
}

/** A command: a short script over the modules. Returns nothing; sets outputs through ctx. */
export type CommandRunner = (ctx: CommandContext) => Promise<void>;
