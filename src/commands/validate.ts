/**
 * `validate`: checks aphex-config.yaml (schema, rules, credentials, Argo limits), or with
 * pipeline-definition a CodePipeline declaration, and reports every problem at its line. Sets no
 * outputs.
 */
import type { CommandContext } from '../context.js';
import { checkPipeline } from '../argo/index.js';
import { loadConfigInput, renderOptionsOf } from '../pipeline-template.js';
import { logConfigValid, writeConfigSummary } from '../report/config-summary.js';
import { loadDeclarationInput } from '../pipeline-declaration.js';
import { logDeclarationValid, writeDeclarationSummary } from '../report/pipeline-declaration.js';

export default async function validateCommand(ctx: CommandContext): Promise<void> {
  if (ctx.settings.pipelineDefinition !== '') {
    const { declaration, file, warnings } = await loadDeclarationInput(ctx);
    logDeclarationValid(file, declaration, warnings.length);
    await writeDeclarationSummary(ctx.env, file, declaration, warnings);
    return;
  }
  const { config, file } = await loadConfigInput(ctx);
  // The config is also checked against what Argo admits once rendered (limits, names).
  const template = checkPipeline(config, renderOptionsOf(ctx, config));
  logConfigValid(config, file, template.metadata.name);
  await writeConfigSummary(ctx.env, config, file);
}
