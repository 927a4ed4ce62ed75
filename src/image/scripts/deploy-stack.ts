/**
 * aphex-deploy-stack: the environment's stacks, in order, with the AWS CDK CLI (see ../cdk.ts),
 * in the environment's account and region — with `--role-arn`'s credentials when it is set
 * (assumed afresh before each stack), else the pod's. Each deployment sees the outputs of the
 * stacks deployed before it and of the upstream environments (../outputs.ts). All outputs are
 * written to `--outputs-file`; a failed stack prints its failed CloudFormation events.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { commonArgs, stacksArg, TARGET_REQUIRED, targetArgs, upstreamOutputsArg, type StackRef, type TargetArgs } from '../args.js';
import { assumeTargetRole, sdkCredentials, sessionName, targetEnv, type RoleCredentials } from '../aws.js';
import { deployStack } from '../cdk.js';
import { COMMON_OPTIONAL, COMMON_REQUIRED, EXIT, ScriptError, type Script, type ScriptContext } from '../cli.js';
import { failedEvents } from '../cloudformation.js';
import { howItEnded, type Streamed } from '../exec.js';
import { collisionLines, outputsDocumentPath, outputVariables, withOutputVariables, writeOutputsDocument, writeStackOutputs, type StackOutputs } from '../outputs.js';
import { elapsed, prepareWorkspace, runVariables } from '../workspace.js';

function saveOutputs(file: string, outputs: StackOutputs): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeStackOutputs(file, outputs);
  } catch (e) {
    throw new ScriptError(EXIT.environment, `Could not write the stack outputs to ${file} (--outputs-file): ${(e as Error).message}.`, { hint: 'The folder of --outputs-file must be writable by the image user.' });
  }
}

async function stackFailed(ctx: ScriptContext, t: TargetArgs, stack: StackRef, position: string, run: Streamed, creds: RoleCredentials | undefined): Promise<ScriptError> {
  if (run.spawnError) {
    return new ScriptError(EXIT.environment, `The AWS CDK CLI could not run for stack ${stack.name}: ${howItEnded(run)} (looked for ${ctx.env.APHEX_CDK || 'cdk'} on PATH).`, { hint: 'The image must provide the CDK CLI (docs/images.md); set APHEX_CDK to its path if it is elsewhere.' });
  }
  const events = await failedEvents({ stack: stack.name, region: t.region, credentials: sdkCredentials(creds), env: ctx.env, signal: ctx.signal });
  if (events.lines.length > 0) {
    process.stderr.write(`\nCloudFormation events of ${stack.name} that failed, first failure first:\n`);
    for (const line of events.lines) process.stderr.write(`  ${ctx.secrets.redact(line)}\n`);
  } else if (events.note) ctx.out.warn(events.note);
  return new ScriptError(EXIT.failed, `Stack ${stack.name} (${position}) of environment '${t.environment}' failed to deploy to ${t.account}/${t.region} (cdk ${howItEnded(run)}).${events.lines[0] ? `\nFirst failure: ${events.lines[0]}` : ''}`, {
    hint: 'The stacks before it stay deployed; the ones after it and later environments were not deployed. CloudFormation rolled the stack back. Fix the cause and push a new commit.',
    details: { environment: t.environment, stack: stack.name, failed_events: events.lines, ...(events.note ? { note: events.note } : {}), output_tail: run.tail },
  });
}

export const deployStackScript: Script = {
  name: 'aphex-deploy-stack',
  usage: '--pipeline <name> --repository <url> --revision <rev> --run-id <uid> [--artifact-bucket <bucket>] --environment <name> --region <r> --account <id> --role-arn <arn or empty> --stacks <json> --outputs-file <file> [--upstream-outputs <json>]',
  required: [...COMMON_REQUIRED, ...TARGET_REQUIRED, 'stacks', 'outputs-file'],
  optional: [...COMMON_OPTIONAL, 'upstream-outputs'],
  async run(ctx) {
    const c = commonArgs(ctx);
    const t = targetArgs(ctx);
    const stacks = stacksArg(ctx.args.stacks as string);
    const upstream = upstreamOutputsArg(ctx.args['upstream-outputs']);
    const outputsFile = ctx.args['outputs-file'] as string;
    const started = Date.now();
    const ws = await prepareWorkspace(ctx, c, { restore: true });
    const docFile = outputsDocumentPath(ws.dir);
    const outputs: StackOutputs = {};
    const warned = new Set<string>();
    for (const [i, stack] of stacks.entries()) {
      const position = `${i + 1} of ${stacks.length}`;
      const creds = t.roleArn ? await assumeTargetRole({ target: t, sessionName: sessionName(c.pipeline, c.runId), env: ctx.env, secrets: ctx.secrets, signal: ctx.signal }) : undefined;
      const identity = creds ? creds.assumedRoleArn : "the pod's credentials";
      writeOutputsDocument(docFile, t.environment, outputs, upstream);
      const vars = outputVariables(outputs, upstream);
      for (const line of collisionLines(vars)) {
        if (warned.has(line)) continue;
        warned.add(line);
        ctx.out.warn(line);
      }
      const env = withOutputVariables(targetEnv({ ...ctx.env, ...runVariables(c, ws.commit) }, t, creds), docFile, vars);
      ctx.out.log(`[${i + 1}/${stacks.length}] deploying ${stack.name} (${stack.path}) to ${t.account}/${t.region} as ${identity}`);
      const stackStarted = Date.now();
      const r = await deployStack({ checkoutDir: ws.dir, stack, env, secrets: ctx.secrets });
      if (ctx.signal.aborted) break;
      if (r.run.code !== 0 || r.outputs === undefined) {
        saveOutputs(outputsFile, outputs);
        throw await stackFailed(ctx, t, stack, position, r.run, creds);
      }
      outputs[stack.name] = r.outputs;
      const keys = Object.keys(r.outputs);
      ctx.out.log(`[${i + 1}/${stacks.length}] ${stack.name} deployed in ${elapsed(stackStarted)}; outputs: ${keys.length ? keys.join(', ') : 'none'}`);
    }
    saveOutputs(outputsFile, outputs);
    return {
      message: `Deployed ${stacks.length} stack${stacks.length === 1 ? '' : 's'} of environment '${t.environment}' to ${t.account}/${t.region} in ${elapsed(started)}; outputs in ${outputsFile}.`,
      details: { environment: t.environment, account: t.account, region: t.region, commit: ws.commit, stacks: stacks.map((s) => ({ name: s.name, outputs: Object.keys(outputs[s.name] ?? {}) })), outputs_file: outputsFile },
    };
  },
};
