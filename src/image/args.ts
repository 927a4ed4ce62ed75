/**
 * The values of the script arguments, checked: the common ones every script gets, and the JSON
 * ones (stacks, commands, stack outputs). A malformed value is a usage error (exit code 2): the
 * template and the image disagree.
 */
import { EXIT, ScriptError, type ScriptContext } from './cli.js';
import { isStackOutputs, isUpstreamOutputs, type StackOutputs, type UpstreamOutputs } from './outputs.js';

export interface CommonArgs {
  pipeline: string;
  repository: string;
  revision: string;
  runId: string;
  artifactBucket?: string;
}

const PIPELINE = /^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/;
/** A Workflow uid (a UUID); anything that is safe in an S3 key and a file name. */
const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

function bad(name: string, value: string, expected: string): ScriptError {
  return new ScriptError(EXIT.usage, `--${name} ${JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value)} is not ${expected}.`, {
    hint: 'The WorkflowTemplate passes these values: re-render it with aphex-pipeline-action (docs/config.md, "Script interface of the pipeline images").',
  });
}

export function commonArgs(ctx: ScriptContext): CommonArgs {
  const a = ctx.args as Record<string, string>;
  if (!PIPELINE.test(a.pipeline ?? '')) throw bad('pipeline', a.pipeline ?? '', 'a pipeline name (a DNS label of at most 40 characters)');
  if (!RUN_ID.test(a['run-id'] ?? '')) throw bad('run-id', a['run-id'] ?? '', "the Workflow's uid");
  const bucket = ctx.args['artifact-bucket'];
  if (bucket !== undefined && bucket !== '' && !BUCKET.test(bucket)) throw bad('artifact-bucket', bucket, 'an S3 bucket name');
  return { pipeline: a.pipeline as string, repository: a.repository as string, revision: a.revision as string, runId: a['run-id'] as string, ...(bucket ? { artifactBucket: bucket } : {}) };
}

function json(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw bad(name, text, `JSON (${(e as Error).message})`);
  }
}

export interface StackRef {
  name: string;
  path: string;
}

/** `--stacks`: `[{"name": …, "path": …}]`, at least one, in deployment order. */
export function stacksArg(text: string): StackRef[] {
  const v = json('stacks', text);
  const ok = (s: unknown): s is StackRef => s !== null && typeof s === 'object' && typeof (s as StackRef).name === 'string' && (s as StackRef).name !== '' && typeof (s as StackRef).path === 'string';
  if (!Array.isArray(v) || v.length === 0 || !v.every(ok)) throw bad('stacks', text, 'a JSON list of {"name": …, "path": …}');
  return v.map((s) => ({ name: s.name, path: s.path }));
}

/** `--commands`: a JSON list of strings (may be empty). */
export function commandsArg(text: string): string[] {
  const v = json('commands', text);
  if (!Array.isArray(v) || !v.every((c) => typeof c === 'string')) throw bad('commands', text, 'a JSON list of command strings');
  return v as string[];
}

/** `--stack-outputs`: `{"<Stack>": {"<Key>": "<value>"}}`; absent (older templates) is `{}`. */
export function stackOutputsArg(text: string | undefined): StackOutputs {
  if (text === undefined || text.trim() === '') return {};
  const v = json('stack-outputs', text);
  if (!isStackOutputs(v)) throw bad('stack-outputs', text, 'JSON {"<Stack>": {"<Key>": "<value>"}}');
  return v;
}

/** `--upstream-outputs`: `{"<environment>": {"<Stack>": {"<Key>": "<value>"}}}`; absent is `{}`. */
export function upstreamOutputsArg(text: string | undefined): UpstreamOutputs {
  if (text === undefined || text.trim() === '') return {};
  const v = json('upstream-outputs', text);
  if (!isUpstreamOutputs(v)) throw bad('upstream-outputs', text, 'JSON {"<environment>": {"<Stack>": {"<Key>": "<value>"}}}');
  return v;
}

/** The target of aphex-deploy-stack and aphex-test. */
export interface TargetArgs {
  environment: string;
  region: string;
  account: string;
  /** Empty: the pod's own credentials. */
  roleArn: string;
}

export function targetArgs(ctx: ScriptContext): TargetArgs {
  const a = ctx.args as Record<string, string>;
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(a.region ?? '')) throw bad('region', a.region ?? '', 'an AWS region code');
  if (!/^\d{12}$/.test(a.account ?? '')) throw bad('account', a.account ?? '', 'a 12-digit AWS account id');
  const roleArn = a['role-arn'] ?? '';
  if (roleArn !== '' && !/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(roleArn)) throw bad('role-arn', roleArn, 'an IAM role ARN or empty');
  if ((a.environment ?? '') === '') throw bad('environment', '', 'an environment name');
  return { environment: a.environment as string, region: a.region as string, account: a.account as string, roleArn };
}

export const TARGET_REQUIRED = ['environment', 'region', 'account', 'role-arn'] as const;
