/**
 * aphex-build: the build commands (the arguments after `--`) in order in the repository root at
 * `--revision`, then, with `--artifact-bucket`, the files they produced uploaded to
 * s3://<bucket>/<pipeline>/<run id>/build.tar.gz (see ../artifacts.ts).
 */
import { commonArgs } from '../args.js';
import { uploadBuildArtifacts } from '../artifacts.js';
import { COMMON_OPTIONAL, COMMON_REQUIRED, EXIT, ScriptError, type Script } from '../cli.js';
import { runCommands } from '../commands.js';
import { elapsed, prepareWorkspace, runVariables } from '../workspace.js';

export const buildScript: Script = {
  name: 'aphex-build',
  usage: '--pipeline <name> --repository <url> --revision <rev> --run-id <uid> [--artifact-bucket <bucket>] -- <command>...',
  required: COMMON_REQUIRED,
  optional: COMMON_OPTIONAL,
  positionals: true,
  async run(ctx) {
    const c = commonArgs(ctx);
    const commands = ctx.positionals;
    if (commands.length === 0 || commands.some((cmd) => cmd.trim() === '')) {
      throw new ScriptError(EXIT.usage, 'aphex-build: no build commands after --, or an empty one.', { hint: 'build.commands in aphex-config.yaml lists at least one non-empty command; re-render the template.' });
    }
    const started = Date.now();
    const ws = await prepareWorkspace(ctx, c, { restore: false });
    await runCommands(ctx, { kind: 'build', commands, dir: ws.dir, env: { ...ctx.env, ...runVariables(c, ws.commit) } });
    const details: Record<string, unknown> = { commit: ws.commit, commands: commands.length };
    if (c.artifactBucket === undefined) {
      ctx.out.log('no artifact bucket: the build artifacts stay in this pod (the environment steps check the revision out afresh)');
      return { message: `Built ${ws.commit} with ${commands.length} command${commands.length === 1 ? '' : 's'} in ${elapsed(started)}.`, details };
    }
    const uploaded = await uploadBuildArtifacts({ bucket: c.artifactBucket, pipeline: c.pipeline, runId: c.runId, dir: ws.dir, commit: ws.commit, env: ctx.env, out: ctx.out, signal: ctx.signal });
    return {
      message: `Built ${ws.commit} with ${commands.length} command${commands.length === 1 ? '' : 's'} in ${elapsed(started)}; artifacts at ${uploaded.uri}.`,
      details: { ...details, artifact_path: uploaded.uri, artifact_files: uploaded.files, artifact_bytes: uploaded.bytes },
    };
  },
};
