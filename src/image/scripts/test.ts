/**
 * aphex-test: the environment's test commands, in order, in the repository root at
 * `--revision` (with the build's artifacts restored when there is an artifact bucket), in the
 * environment's account and region (with `--role-arn`'s credentials when it is set), with the
 * stack outputs of this environment and of the upstream ones available (../outputs.ts).
 */
import { commandsArg, commonArgs, stackOutputsArg, TARGET_REQUIRED, targetArgs, upstreamOutputsArg } from '../args.js';
import { assumeTargetRole, sessionName, targetEnv } from '../aws.js';
import { COMMON_OPTIONAL, COMMON_REQUIRED, type Script } from '../cli.js';
import { runCommands } from '../commands.js';
import { collisionLines, outputsDocumentPath, outputVariables, withOutputVariables, writeOutputsDocument } from '../outputs.js';
import { elapsed, prepareWorkspace, runVariables } from '../workspace.js';

export const testScript: Script = {
  name: 'aphex-test',
  usage: '--pipeline <name> --repository <url> --revision <rev> --run-id <uid> [--artifact-bucket <bucket>] --environment <name> --region <r> --account <id> --role-arn <arn or empty> --commands <json> [--stack-outputs <json>] [--upstream-outputs <json>]',
  required: [...COMMON_REQUIRED, ...TARGET_REQUIRED, 'commands'],
  optional: [...COMMON_OPTIONAL, 'stack-outputs', 'upstream-outputs'],
  async run(ctx) {
    const c = commonArgs(ctx);
    const t = targetArgs(ctx);
    const commands = commandsArg(ctx.args.commands as string);
    const stacks = stackOutputsArg(ctx.args['stack-outputs']);
    const upstream = upstreamOutputsArg(ctx.args['upstream-outputs']);
    if (commands.length === 0) return { message: `No test commands for environment '${t.environment}'.`, details: { environment: t.environment, commands: 0 } };
    const started = Date.now();
    const ws = await prepareWorkspace(ctx, c, { restore: true });
    const creds = t.roleArn ? await assumeTargetRole({ target: t, sessionName: sessionName(c.pipeline, c.runId), env: ctx.env, secrets: ctx.secrets, signal: ctx.signal }) : undefined;
    if (creds) ctx.out.log(`testing as ${creds.assumedRoleArn} (credentials valid until ${creds.expiration.toISOString()})`);
    const docFile = outputsDocumentPath(ws.dir);
    writeOutputsDocument(docFile, t.environment, stacks, upstream);
    const vars = outputVariables(stacks, upstream);
    for (const line of collisionLines(vars)) ctx.out.warn(line);
    const env = withOutputVariables(targetEnv({ ...ctx.env, ...runVariables(c, ws.commit) }, t, creds), docFile, vars);
    await runCommands(ctx, { kind: 'test', commands, dir: ws.dir, env });
    return {
      message: `${commands.length} test command${commands.length === 1 ? '' : 's'} of environment '${t.environment}' passed in ${elapsed(started)}.`,
      details: { environment: t.environment, commit: ws.commit, commands: commands.length },
    };
  },
};
