/**
 * One stack deployment with the AWS CDK CLI, synthesised just in time from the checkout:
 * `cdk deploy <stack> --exclusively --require-approval never --outputs-file <file>` in the
 * stack's folder (its `path`, which holds cdk.json). `--exclusively` deploys that stack only:
 * the order is the config's. The CLI is `cdk` on PATH, or APHEX_CDK.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, realpath, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { StackRef } from './args.js';
import { EXIT, ScriptError } from './cli.js';
import { runStreamed, type Streamed } from './exec.js';
import type { Redactor } from './redact.js';

export interface DeployRequest {
  checkoutDir: string;
  stack: StackRef;
  env: NodeJS.ProcessEnv;
  secrets: Redactor;
}

export interface DeployResult {
  run: Streamed;
  /** The stack's outputs when the deployment succeeded. */
  outputs?: Record<string, string>;
  /** The exact command line, for the log and the result. */
  command: string[];
}

export function cdkCommand(env: NodeJS.ProcessEnv): string {
  return env.APHEX_CDK?.trim() || 'cdk';
}

/** The stack's CDK app folder, inside the checkout, holding cdk.json. */
export async function appFolder(checkoutDir: string, stack: StackRef): Promise<string> {
  const where = `stack ${stack.name}: path ${JSON.stringify(stack.path)}`;
  const hint = 'A stack path names the folder of the CDK app that defines the stack (the folder with cdk.json), relative to the repository root.';
  if (path.isAbsolute(stack.path) || stack.path.split(/[\\/]/).includes('..')) throw new ScriptError(EXIT.failed, `${where} is not a relative path inside the repository.`, { hint });
  let dir: string;
  try {
    dir = await realpath(path.join(checkoutDir, stack.path));
  } catch {
    throw new ScriptError(EXIT.failed, `${where} does not exist at this revision.`, { hint });
  }
  const root = await realpath(checkoutDir);
  if (dir !== root && !dir.startsWith(`${root}${path.sep}`)) throw new ScriptError(EXIT.failed, `${where} leads out of the repository (to ${dir}).`, { hint });
  if (!(await stat(dir)).isDirectory()) {
    throw new ScriptError(EXIT.failed, `${where} is a file; aphex-deploy-stack deploys CDK apps.`, {
      hint: `${hint} To deploy a plain CloudFormation template, wrap it in a CDK app (aws-cdk-lib/cloudformation-include, CfnInclude).`,
    });
  }
  if (!existsSync(path.join(dir, 'cdk.json'))) throw new ScriptError(EXIT.failed, `${where} has no cdk.json, so the CDK CLI cannot tell how to run the app.`, { hint });
  return dir;
}

/** The outputs the CLI wrote: the entry for this stack (keyed by its artifact id). */
export function outputsOf(file: string, stack: string): Record<string, string> {
  if (!existsSync(file)) return {};
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
  const entries = Object.entries(doc);
  const entry = doc[stack] ?? (entries.length === 1 ? entries[0]?.[1] : Object.assign({}, ...entries.map(([, v]) => v)));
  return Object.fromEntries(Object.entries(entry ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
}

export async function deployStack(req: DeployRequest): Promise<DeployResult> {
  const dir = await appFolder(req.checkoutDir, req.stack);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'aphex-cdk-'));
  const outputsFile = path.join(tmp, 'outputs.json');
  const args = ['deploy', req.stack.name, '--exclusively', '--require-approval', 'never', '--outputs-file', outputsFile];
  const command = [cdkCommand(req.env), ...args];
  try {
    const run = await runStreamed(command[0] as string, args, { cwd: dir, env: req.env, secrets: req.secrets });
    if (run.code !== 0) return { run, command };
    let outputs: Record<string, string>;
    try {
      outputs = outputsOf(outputsFile, req.stack.name);
    } catch (e) {
      throw new ScriptError(EXIT.failed, `The CDK CLI deployed ${req.stack.name} but its --outputs-file is not JSON: ${(e as Error).message}.`, { hint: 'Check the CDK CLI version in the image (docs/images.md).' });
    }
    return { run, outputs, command };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
