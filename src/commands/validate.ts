/**
 * `validate`: checks aphex-config.yaml (schema, rules, credentials, Argo limits) and reports every
 * problem at its line. Sets no outputs.
 */
import type { CommandContext } from '../context.js';
import { checkPipeline } from '../argo/index.js';
import { loadConfigInput, renderOptionsOf } from '../pipeline-template.js';
import { logConfigValid, writeConfigSummary } from '../report/config-summary.js';

export default async function validateCommand(ctx: CommandContext): Promise<void> {
  const { config, file } = await loadConfigInput(ctx);
  // The config is also checked against what Argo admits once rendered (limits, names).
  const template = checkPipeline(config, renderOptionsOf(ctx, config));
  logConfigValid(config, file, template.metadata.name);
  await writeConfigSummary(ctx.env, config, file);
}
