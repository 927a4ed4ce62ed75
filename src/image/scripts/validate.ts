/**
 * aphex-validate: the config at `--revision` checked as the action's `validate` checks it
 * (schema, rules, credentials, and what Argo admits once rendered). Problems are printed as
 * `<file>:<line>:<col>: <message> [<rule>]`, exit code 1.
 */
import { checkPipeline } from '../../argo/index.js';
import { resolveRenderOptions } from '../../argo/options.js';
import { commonArgs } from '../args.js';
import { COMMON_OPTIONAL, COMMON_REQUIRED, EXIT, withExit, type Script } from '../cli.js';
import { loadCheckedOutConfig } from '../config.js';
import { prepareWorkspace } from '../workspace.js';

export const validateScript: Script = {
  name: 'aphex-validate',
  usage: '--pipeline <name> --repository <url> --revision <rev> --run-id <uid> [--artifact-bucket <bucket>] --config <path>',
  required: [...COMMON_REQUIRED, 'config'],
  optional: COMMON_OPTIONAL,
  async run(ctx) {
    const c = commonArgs(ctx);
    const file = ctx.args.config as string;
    const ws = await prepareWorkspace(ctx, c, { restore: false });
    const config = await loadCheckedOutConfig(ws.dir, file, ctx.secrets);
    await withExit(EXIT.failed, () => {
      const options = resolveRenderOptions(config, { pipeline: c.pipeline, namespace: 'argo', config: file, serviceAccount: '', artifactBucket: c.artifactBucket ?? '', images: [], repository: '', serverUrl: '' });
      checkPipeline(config, options);
    });
    const names = config.environments.map((e) => e.name);
    return {
      message: `${file} is valid at ${ws.commit}: ${config.build.commands.length} build command${config.build.commands.length === 1 ? '' : 's'}, ${names.length} environment${names.length === 1 ? '' : 's'} (${names.join(', ')}).`,
      details: { config: file, commit: ws.commit, environments: names },
    };
  },
};
